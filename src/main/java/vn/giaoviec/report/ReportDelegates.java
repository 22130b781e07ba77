package vn.giaoviec.report;

import static vn.giaoviec.report.PeriodicReportProcess.Var;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;

/**
 * The service tasks of bpmn/bao-cao-dinh-ky.bpmn: each maps process variables to a call on the
 * period reports, the report items or {@link AgencyReports} (the rules, tested without the engine).
 * Bean names are the diagram's delegate expressions.
 */
@Configuration
class ReportDelegates {

    private final PeriodReports reports;
    private final ReportItems items;
    private final AgencyReports agencyReports;
    private final AgencyDirectory directory;

    ReportDelegates(PeriodReports reports, ReportItems items, AgencyReports agencyReports, AgencyDirectory directory) {
        this.reports = reports;
        this.items = items;
        this.agencyReports = agencyReports;
        this.directory = directory;
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
        return execution -> agencyReports.record(new SubmittedReport(planId(execution), period(execution),
                (String) execution.getVariable(Var.PERIOD_NAME), agency(execution),
                (String) execution.getVariable(Var.REPORTED_BY), ProgressItems.read(execution.getVariable(Var.PROGRESS_ITEMS)),
                (String) execution.getVariable(Var.REPORT_TEXT), (String) execution.getVariable(Var.REPORT_LINK)));
    }

    /** Compile time: who reported, who is late, who is missing, and each agency's task figures. */
    @Bean
    JavaDelegate reportSummaryDelegate() {
        return execution -> {
            PeriodSummary summary = agencyReports.summarize(planId(execution), period(execution));
            execution.setVariable(Var.AGENCY_FIGURES, ProgressItems.toVariable(summary.agencyFigures()));
            execution.setVariable(Var.AGENCY_COUNT, summary.agencyCount());
            execution.setVariable(Var.REPORTED_COUNT, summary.reportedCount());
            execution.setVariable(Var.LATE_COUNT, summary.lateCount());
            execution.setVariable(Var.MISSING_COUNT, summary.missingCount());
            execution.setVariable(Var.SUMMARIZED, true);
        };
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
