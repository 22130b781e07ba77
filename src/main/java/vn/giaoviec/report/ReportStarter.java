package vn.giaoviec.report;

import static vn.giaoviec.report.PeriodicReportProcess.Var;

import java.time.LocalDate;
import java.time.LocalTime;
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
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.calendar.WorkingDayCalendar;
import vn.giaoviec.plan.Plan;
import vn.giaoviec.lifecycle.DeadlineSchedule;

/**
 * Starts a plan year's reporting: one process per configured period, each waiting for its data
 * cut-off. Due, reminder and overdue instants come from the tasks' own {@link DeadlineSchedule}.
 */
@Service
public class ReportStarter {

    static final LocalTime OPENING_TIME = LocalTime.of(8, 0);

    private final ReportingProperties properties;
    private final DeadlineSchedule schedule;
    private final WorkingDayCalendar calendar;
    private final AgencyDirectory directory;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final ProvinceClock clock;

    public ReportStarter(ReportingProperties properties, DeadlineSchedule schedule, WorkingDayCalendar calendar,
                         AgencyDirectory directory, RuntimeService runtimeService, HistoryService historyService,
                         ProvinceClock clock) {
        this.properties = properties;
        this.schedule = schedule;
        this.calendar = calendar;
        this.directory = directory;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.clock = clock;
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
        DeadlineSchedule.Schedule dates = schedule.of(period.dueDate(year), properties.reminderWorkingDays());
        Map<String, Object> variables = new HashMap<>(dates.asVariables());
        variables.put(Var.PLAN_ID, plan.id());
        variables.put(Var.PLAN_YEAR, year);
        variables.put(Var.PERIOD, period.code());
        variables.put(Var.PERIOD_NAME, period.name());
        variables.put(Var.CUTOFF_START, period.cutoffStart(year).toString());
        variables.put(Var.CUTOFF_END, period.cutoffEnd(year).toString());
        variables.put(Var.REPORT_OPENS_AT, clock.at(period.cutoffEnd(year).plusDays(1), OPENING_TIME));
        variables.put(Var.COMPILE_AT, clock.at(compileDate(dates.dueDate()), OPENING_TIME));
        variables.put(Var.COMPILER_GROUP, compilingAgency().leaderGroup());
        variables.put(Var.OFFICE_LEADER_GROUP, agencyWithRole(AgencyRole.OFFICE).leaderGroup());
        return variables;
    }

    private LocalDate compileDate(LocalDate dueDate) {
        return calendar.addWorkingDays(dueDate, properties.compileWorkingDays());
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
