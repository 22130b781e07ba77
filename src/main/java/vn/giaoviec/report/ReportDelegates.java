package vn.giaoviec.report;

import static vn.giaoviec.report.PeriodicReportProcess.Var;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.register.TaskProgress;
import vn.giaoviec.register.TaskProgressLog;

/**
 * The service tasks of bpmn/bao-cao-dinh-ky.bpmn: each maps process variables to a call on the
 * period reports, the report items or the progress log. Bean names are the diagram's delegate expressions.
 */
@Configuration
class ReportDelegates {

    private final PeriodReports reports;
    private final ReportItems items;
    private final TaskProgressLog progress;
    private final AgencyDirectory directory;
    private final ProvinceClock clock;

    ReportDelegates(PeriodReports reports, ReportItems items, TaskProgressLog progress, AgencyDirectory directory,
                    ProvinceClock clock) {
        this.reports = reports;
        this.items = items;
        this.progress = progress;
        this.directory = directory;
        this.clock = clock;
    }

    @Bean
    JavaDelegate openReportsDelegate() {
        return execution -> {
            List<String> agencies = items.reportingAgencies(planId(execution));
            agencies.forEach(agency -> reports.open(planId(execution), period(execution), agency,
                    java.time.LocalDate.parse((String) execution.getVariable("dueDate")),
                    execution.getProcessInstanceId()));
            execution.setVariable(Var.REPORTING_AGENCIES, ProgressItems.toVariable(agencies));
        };
    }

    @Bean
    JavaDelegate reportItemsDelegate() {
        return execution -> {
            Agency agency = directory.get(agency(execution));
            execution.setVariable(Var.AGENCY_NAME, agency.name());
            execution.setVariable(Var.AGENCY_LEADER_GROUP, agency.leaderGroup());
            execution.setVariable(Var.PROGRESS_ITEMS,
                    ProgressItems.toVariable(items.itemsFor(planId(execution), agency.code())));
        };
    }

    @Bean
    JavaDelegate reportReminderDelegate() {
        return execution -> reports.reminded(planId(execution), period(execution), agency(execution));
    }

    /** The compile date came before the agency wrote its report. */
    @Bean
    JavaDelegate reportMissingDelegate() {
        return execution -> reports.missing(planId(execution), period(execution), agency(execution));
    }

    @Bean
    JavaDelegate reportOverdueDelegate() {
        return execution -> reports.escalated(planId(execution), period(execution), agency(execution));
    }

    /** The leader approved: the report counts as submitted now, and each task's progress joins its history. */
    @Bean
    JavaDelegate recordReportDelegate() {
        return execution -> {
            String reportedBy = (String) execution.getVariable(Var.REPORTED_BY);
            for (Map<String, Object> item : ProgressItems.read(execution.getVariable(Var.PROGRESS_ITEMS))) {
                Integer percent = ProgressItems.percent(item);
                String text = ProgressItems.text(item);
                if (percent != null || text != null) {
                    progress.add(new TaskProgress((String) item.get("taskCode"), period(execution),
                            planId(execution), agency(execution), percent, text, clock.localNow(), reportedBy),
                            (String) execution.getVariable(Var.PERIOD_NAME));
                }
            }
            reports.submitted(planId(execution), period(execution), agency(execution), reportedBy,
                    (String) execution.getVariable(Var.REPORT_TEXT), (String) execution.getVariable(Var.REPORT_LINK));
        };
    }

    /** Compile time: who reported, who is late, who is missing, and each agency's task figures. */
    @Bean
    JavaDelegate reportSummaryDelegate() {
        return execution -> {
            reports.markMissing(planId(execution), period(execution));
            List<PeriodReport> period = reports.ofPeriod(planId(execution), period(execution));
            List<Map<String, Object>> figures = new ArrayList<>();
            period.forEach(report -> figures.add(figures(report)));
            execution.setVariable(Var.AGENCY_FIGURES, ProgressItems.toVariable(figures));
            execution.setVariable(Var.AGENCY_COUNT, period.size());
            execution.setVariable(Var.REPORTED_COUNT, count(period, r -> r.status() == ReportStatus.SUBMITTED));
            execution.setVariable(Var.LATE_COUNT, count(period, r -> Boolean.FALSE.equals(r.onTime())));
            execution.setVariable(Var.MISSING_COUNT, count(period, r -> r.status() == ReportStatus.MISSING));
            execution.setVariable(Var.SUMMARIZED, true);
        };
    }

    private Map<String, Object> figures(PeriodReport report) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("agency", report.agency());
        row.put("agencyName", directory.nameOf(report.agency()));
        row.put("statusLabel", report.status().label());
        row.put("submittedAt", report.submittedAt() == null ? "" : report.submittedAt().toLocalDate().toString());
        row.put("timeliness", report.timeliness());
        row.putAll(items.figuresFor(report.planId(), report.agency()));
        return row;
    }

    private static long count(List<PeriodReport> reports, java.util.function.Predicate<PeriodReport> test) {
        return reports.stream().filter(test).count();
    }

    private static long planId(DelegateExecution execution) {
        return ((Number) execution.getVariable(Var.PLAN_ID)).longValue();
    }

    private static String period(DelegateExecution execution) {
        return (String) execution.getVariable(Var.PERIOD);
    }

    private static String agency(DelegateExecution execution) {
        return (String) execution.getVariable(Var.AGENCY);
    }
}
