package vn.giaoviec.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.register.TaskProgress;
import vn.giaoviec.register.TaskProgressLog;

/**
 * The rules of a period's reports, apart from the engine: an approved report is submitted now (on time
 * or late) and each task's progress joins its history; at compile time whoever has not written a report
 * is not reporting, and Sở Nội vụ gets the figures by agency.
 */
@Service
class AgencyReports {

    private final PeriodReports reports;
    private final ReportItems items;
    private final TaskProgressLog progress;
    private final AgencyDirectory directory;
    private final ProvinceClock clock;
    private final ReportingProperties properties;

    AgencyReports(PeriodReports reports, ReportItems items, TaskProgressLog progress, AgencyDirectory directory,
                  ProvinceClock clock, ReportingProperties properties) {
        this.properties = properties;
        this.reports = reports;
        this.items = items;
        this.progress = progress;
        this.directory = directory;
        this.clock = clock;
    }

    /** The leader approved: rows with a percentage or a text join their task's history; the report is submitted. */
    void record(SubmittedReport report) {
        for (Map<String, Object> item : report.items()) {
            Integer percent = ProgressItems.percent(item);
            String text = ProgressItems.text(item);
            if (percent != null || text != null) {
                progress.add(new TaskProgress((String) item.get("taskCode"), report.period(), report.planId(),
                        report.agency(), percent, text, clock.localNow(), report.reportedBy()), report.periodName());
            }
        }
        reports.submitted(report.planId(), report.period(), report.agency(), report.reportedBy(), report.text(),
                report.link());
    }

    /** Compile time: agencies still writing are not reporting; the figures by agency and the counts. */
    PeriodSummary summarize(long planId, String period) {
        reports.markMissing(planId, period);
        List<PeriodReport> all = reports.ofPeriod(planId, period);
        return new PeriodSummary(all.stream().map(this::figures).toList(), all.size(),
                count(all, r -> r.status() == ReportStatus.SUBMITTED), count(all, r -> Boolean.FALSE.equals(r.onTime())),
                count(all, r -> r.status() == ReportStatus.MISSING));
    }

    private Map<String, Object> figures(PeriodReport report) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("agency", report.agency());
        row.put("agencyName", directory.nameOf(report.agency()));
        row.put("statusLabel", report.status().label());
        row.put("submittedAt", report.submittedAt() == null ? "" : report.submittedAt().toLocalDate().toString());
        row.put("timeliness", report.timeliness());
        row.putAll(items.figuresFor(report.planId(), report.agency()));
        int year = report.dueDate().getYear();
        row.putAll(items.milestoneFiguresFor(report.planId(), report.agency(),
                properties.period(report.period()).cutoffStart(year), report.dueDate(), clock.today()));
        return row;
    }

    private static long count(List<PeriodReport> reports, Predicate<PeriodReport> test) {
        return reports.stream().filter(test).count();
    }
}
