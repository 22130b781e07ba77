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

    public ReportStarter(ReportingProperties properties, WorkingTime workingTime,
                         AgencyDirectory directory, RuntimeService runtimeService, HistoryService historyService) {
        this.properties = properties;
        this.workingTime = workingTime;
        this.directory = directory;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    /** Returns the process instance ids, one per period; a plan's reporting starts once. */
    @Transactional
    public List<String> start(Plan plan) {
        if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY)
                .processInstanceBusinessKeyLike(businessKeyPrefix(plan.id()) + "%").count() > 0) {
            throw new IllegalStateException("Kế hoạch số " + plan.id() + " đã bắt đầu báo cáo định kỳ");
        }
        return properties.periods().stream().map(period -> runtimeService.startProcessInstanceByKey(
                PeriodicReportProcess.KEY, businessKeyPrefix(plan.id()) + period.code(),
                variables(plan, period)).getId()).toList();
    }

    static String businessKeyPrefix(long planId) {
        return "BC-KH" + planId + "-";
    }

    private Map<String, Object> variables(Plan plan, ReportingProperties.Period period) {
        int year = plan.year();
        // a report has no coordination step: its coordination instant is its due day
        Schedule dates = workingTime.schedule(period.dueDate(year), properties.reminderWorkingDays(), 0);
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
