package vn.giaoviec.report;

import static vn.giaoviec.report.PeriodicReportProcess.Var;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.agency.AgencyRole;
import vn.giaoviec.calendar.WorkingTime;
import vn.giaoviec.calendar.WorkingTime.Schedule;
import vn.giaoviec.engine.ScheduleVariables;
import vn.giaoviec.plan.Plan;

/**
 * Starts a plan year's reporting: one process per configured period, each waiting for its data
 * cut-off. Due, reminder and overdue instants follow the same rule as a task's ({@link WorkingTime#schedule}).
 */
@Service
public class ReportStarter {

    private final ReportingProperties properties;
    private final WorkingTime workingTime;
    private final AgencyDirectory directory;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final PeriodReports reports;

    public ReportStarter(ReportingProperties properties, WorkingTime workingTime, AgencyDirectory directory,
                         RuntimeService runtimeService, HistoryService historyService, PeriodReports reports) {
        this.reports = reports;
        this.properties = properties;
        this.workingTime = workingTime;
        this.directory = directory;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    /**
     * Returns the process instance ids, one per period the plan lives through ({@link #applies}); a
     * plan's reporting starts once, and never after its year has ended.
     */
    @Transactional
    public List<String> start(Plan plan) {
        if (plan.closed()) {
            throw new ReportingConflictException("Kế hoạch số " + plan.id()
                    + " đã kết thúc năm kế hoạch; không bắt đầu báo cáo định kỳ");
        }
        if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY)
                .processInstanceBusinessKeyLike(businessKeyPrefix(plan.id()) + "%").count() > 0) {
            throw new ReportingConflictException("Kế hoạch số " + plan.id()
                    + " đã bắt đầu báo cáo định kỳ; không bắt đầu lần nữa");
        }
        return properties.periods().stream().filter(period -> applies(plan, period))
                .map(period -> runtimeService.startProcessInstanceByKey(PeriodicReportProcess.KEY,
                        businessKeyPrefix(plan.id()) + period.code(), variables(plan, period)).getId()).toList();
    }

    /**
     * A period applies to a plan unless its data cut-off ended before the plan was registered: a plan
     * imported mid-year has no report for the periods it did not live through (not "Không báo cáo").
     */
    public boolean applies(Plan plan, ReportingProperties.Period period) {
        return plan.importedAt() == null || !period.cutoffEnd(plan.year()).isBefore(plan.importedAt().toLocalDate());
    }

    /** The periods the plan did not live through. */
    public List<ReportingProperties.Period> notApplicable(Plan plan) {
        return properties.periods().stream().filter(period -> !applies(plan, period)).toList();
    }

    /** The day the agencies' reports are really due: the configured day, or the next working day. */
    public LocalDate dueDate(ReportingProperties.Period period, int year) {
        return schedule(period, year).dueDate();
    }

    /** The plan's year has ended: its report processes stop, and reports still open are no longer asked for. */
    @Transactional
    public void stop(long planId) {
        runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY)
                .processInstanceBusinessKeyLike(businessKeyPrefix(planId) + "%").list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(),
                        "Kế hoạch đã kết thúc năm kế hoạch"));
        reports.stop(planId);
    }

    static String businessKeyPrefix(long planId) {
        return "BC-KH" + planId + "-";
    }

    private Map<String, Object> variables(Plan plan, ReportingProperties.Period period) {
        int year = plan.year();
        Schedule dates = schedule(period, year);
        Map<String, Object> variables = new HashMap<>(ScheduleVariables.of(dates));
        variables.put(Var.PLAN_ID, plan.id());
        variables.put(Var.PLAN_YEAR, year);
        variables.put(Var.PERIOD, period.code());
        variables.put(Var.PERIOD_NAME, period.name());
        variables.put(Var.CUTOFF_START, period.cutoffStart(year).toString());
        variables.put(Var.CUTOFF_END, period.cutoffEnd(year).toString());
        variables.put(Var.REPORT_OPENS_AT, workingTime.startOf(period.cutoffEnd(year).plusDays(1)));
        variables.put(Var.COMPILE_AT, workingTime.startOf(compileDate(dates.dueDate())));
        variables.put(Var.COMPILER_GROUP, compilingAgency().leaderGroup());
        variables.put(Var.OFFICE_LEADER_GROUP, agencyWithRole(AgencyRole.OFFICE).leaderGroup());
        return variables;
    }

    private Schedule schedule(ReportingProperties.Period period, int year) {
        // a report has no coordination step: its coordination instant is its due day
        return workingTime.schedule(period.dueDate(year), properties.reminderWorkingDays(), 0);
    }

    private LocalDate compileDate(LocalDate dueDate) {
        return workingTime.addWorkingDays(dueDate, properties.compileWorkingDays());
    }

    private Agency compilingAgency() {
        String code = properties.compilingAgency();
        return code == null || code.isBlank() ? agencyWithRole(AgencyRole.CCHC) : directory.get(code);
    }

    private Agency agencyWithRole(AgencyRole role) {
        return directory.withRole(role).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Danh bạ chưa có cơ quan với vai trò " + role));
    }
}
