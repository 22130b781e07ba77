package vn.giaoviec.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.giaoviec.report.PeriodicReportProcess.Var;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.deadline.DeadlineParser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.plan.Plans;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.TaskLauncher;
import vn.giaoviec.register.TaskProgress;
import vn.giaoviec.register.TaskProgressLog;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.register.TransitionKind;

/**
 * A whole plan year of periodic CCHC reports under clock control: four periods; reports on time,
 * late, returned by the leader, missing at compile time; one escalation per late report.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReportingYearTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int YEAR = 2031;

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired DeadlineParser deadlines;
    @Autowired ProvinceClock clock;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskLauncher launcher;
    @Autowired TaskRegister register;
    @Autowired TaskProgressLog progressLog;
    @Autowired ReportStarter starter;
    @Autowired PeriodReports reports;
    @Autowired Plans plans;

    long planId;
    String recurringSnv;
    String periodicStp;
    String datedStc;
    String eventSnv;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        setClock(LocalDateTime.of(YEAR, 1, 2, 9, 0));
        planId = insertPlan(YEAR);
        recurringSnv = issue("snv", "Thường xuyên", LocalDate.of(YEAR, 12, 31));
        periodicStp = issue("stp", "Theo định kỳ", LocalDate.of(YEAR, 12, 31));
        datedStc = issue("stc", "Quý IV/" + YEAR, LocalDate.of(YEAR, 12, 31));
        eventSnv = issue("snv", "Sau khi có kết quả công bố", null);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void wholePlanYearOfReports() {
        List<ProcessInstance> periods = starter.start(plans.get(planId)).stream().map(this::instance).toList();
        assertThat(periods).hasSize(4);
        assertThat(timer(periods.get(0), PeriodicReportProcess.EVENT_CUTOFF_REACHED).getDuedate())
                .isEqualTo(at(LocalDateTime.of(YEAR, 3, 15, 8, 0)));

        quarterOneOnTimeReturnedAndLate(periods.get(0));
        halfYearWithAMissingReport(periods.get(1));
        everyoneOnTime(periods.get(2), LocalDateTime.of(YEAR, 9, 16, 9, 0));
        everyoneOnTime(periods.get(3), LocalDateTime.of(YEAR, 12, 16, 9, 0));

        List<TaskProgress> snvProgress = progressLog.of(recurringSnv);
        assertThat(snvProgress).extracting(TaskProgress::period).containsExactly("Q1", "H1", "Q3", "YEAR");
        assertThat(snvProgress).extracting(TaskProgress::text).doesNotHaveDuplicates();
        assertThat(progressLog.of(periodicStp)).extracting(TaskProgress::period).containsExactly("Q1", "H1", "Q3", "YEAR");
        assertThat(register.transitions(recurringSnv)).filteredOn(t -> t.kind() == TransitionKind.PROGRESS_REPORTED)
                .hasSize(4);
        assertThat(progressLog.of(datedStc)).extracting(TaskProgress::period).containsExactly("Q1", "Q3", "YEAR");
        assertThat(reports.ofPlan(planId)).hasSize(12);
    }

    private void quarterOneOnTimeReturnedAndLate(ProcessInstance q1) {
        fire(timer(q1, PeriodicReportProcess.EVENT_CUTOFF_REACHED));
        assertThat(q1).hasPassed(PeriodicReportProcess.OPEN_REPORTS);
        assertThat(reportTasks(q1)).hasSize(3);
        assertThat(taskCodes(reportTask(q1, "snv"))).containsExactlyInAnyOrder(recurringSnv, eventSnv);
        assertThat(taskCodes(reportTask(q1, "stp"))).containsExactly(periodicStp);
        assertThat(taskCodes(reportTask(q1, "stc"))).containsExactly(datedStc);

        setClock(LocalDateTime.of(YEAR, 3, 16, 9, 0));
        report(q1, "snv", "Q1");
        approve(q1, "snv", true);
        report(q1, "stp", "Q1");
        approve(q1, "stp", false);
        assertThat(reportTask(q1, "stp").getTaskDefinitionKey()).isEqualTo(PeriodicReportProcess.SUBMIT);
        assertThat(taskService.getVariable(reportTask(q1, "stp").getId(), Var.RETURN_REASON))
                .isEqualTo("Bổ sung số liệu");
        report(q1, "stp", "Q1");
        approve(q1, "stp", true);

        Job reminder = agencyTimer(q1, PeriodicReportProcess.EVENT_REMINDER, "stc");
        assertThat(reminder.getDuedate()).isEqualTo(at(LocalDateTime.of(YEAR, 3, 17, 8, 0)));
        fire(reminder);
        fire(agencyTimer(q1, PeriodicReportProcess.EVENT_OVERDUE, "stc"));
        assertThat(taskService.createTaskQuery().processInstanceId(q1.getId())
                .taskDefinitionKey(PeriodicReportProcess.URGE).taskCandidateGroup("chanh-van-phong").count()).isOne();

        report(q1, "stc", "Q1");
        approve(q1, "stc", true);
        assertThat(taskService.createTaskQuery().processInstanceId(q1.getId())
                .taskDefinitionKey(PeriodicReportProcess.URGE).count()).as("urge ends with the report").isZero();

        assertThat(q1).isWaitingAt(PeriodicReportProcess.COMPILE);
        assertThat(variable(q1, Var.REPORTED_COUNT)).isEqualTo(3L);
        assertThat(variable(q1, Var.LATE_COUNT)).isEqualTo(1L);
        assertThat(variable(q1, Var.MISSING_COUNT)).isEqualTo(0L);
        assertThat(reports.get(planId, "Q1", "stc").onTime()).isFalse();
        assertThat(reports.get(planId, "Q1", "stc").escalated()).isTrue();
        assertThat(reports.get(planId, "Q1", "stp").onTime()).isTrue();
        assertThat(reports.get(planId, "Q1", "stp").submittedBy()).isEqualTo("stp-chuyenvien");
        compileAndAcknowledge(q1);
        assertThat(managementService.createJobQuery().processInstanceId(q1.getId()).count()).isZero();
    }

    private void halfYearWithAMissingReport(ProcessInstance h1) {
        setClock(LocalDateTime.of(YEAR, 6, 15, 9, 0));
        fire(timer(h1, PeriodicReportProcess.EVENT_CUTOFF_REACHED));
        report(h1, "snv", "H1");
        approve(h1, "snv", true);
        report(h1, "stp", "H1");
        approve(h1, "stp", true);
        fire(agencyTimer(h1, PeriodicReportProcess.EVENT_OVERDUE, "stc"));

        Job compile = timer(h1, PeriodicReportProcess.EVENT_COMPILE_DATE);
        assertThat(compile.getDuedate()).isEqualTo(at(LocalDateTime.of(YEAR, 6, 27, 8, 0)));
        fire(compile);

        assertThat(h1).isWaitingAt(PeriodicReportProcess.COMPILE);
        assertThat(openTasks(h1, PeriodicReportProcess.SUBMIT)).isEmpty();
        assertThat(openTasks(h1, PeriodicReportProcess.URGE)).isEmpty();
        assertThat(reports.get(planId, "H1", "stc").status()).isEqualTo(ReportStatus.MISSING);
        assertThat(variable(h1, Var.MISSING_COUNT)).isEqualTo(1L);
        assertThat(h1).hasPassed(PeriodicReportProcess.MARK_OVERDUE);
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(h1.getId())
                .activityId(PeriodicReportProcess.MARK_OVERDUE).count()).as("one escalation").isOne();
        compileAndAcknowledge(h1);
    }

    private void everyoneOnTime(ProcessInstance period, LocalDateTime when) {
        fire(timer(period, PeriodicReportProcess.EVENT_CUTOFF_REACHED));
        setClock(when);
        String code = (String) runtimeService.getVariable(period.getId(), Var.PERIOD);
        for (String agency : List.of("snv", "stp", "stc")) {
            report(period, agency, code);
            approve(period, agency, true);
        }
        assertThat(variable(period, Var.LATE_COUNT)).isEqualTo(0L);
        compileAndAcknowledge(period);
    }

    private void compileAndAcknowledge(ProcessInstance period) {
        Task compile = openTasks(period, PeriodicReportProcess.COMPILE).get(0);
        assertThat(compile).hasCandidateGroup("snv-lanhdao");
        completeAs("snv-lanhdao", compile, Map.of(Var.COMPILED_REPORT, "Báo cáo tổng hợp",
                Var.COMPILED_REPORT_LINK, "25/BC-SNV"));
        Task acknowledge = openTasks(period, PeriodicReportProcess.ACKNOWLEDGE).get(0);
        assertThat(acknowledge).hasCandidateGroup("vpubnd-lanhdao");
        completeAs("vpubnd-lanhdao", acknowledge, Map.of(Var.REPORT_ACKNOWLEDGED, true));
        assertThat(period).isEnded().hasPassed(PeriodicReportProcess.END);
    }

    private void report(ProcessInstance period, String agency, String periodCode) {
        Task task = reportTask(period, agency);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(PeriodicReportProcess.SUBMIT);
        assertThat(task).hasCandidateGroup(agency);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> item : items(task)) {
            Map<String, Object> filled = new HashMap<>(item);
            filled.put("progressPercent", 50);
            filled.put("progressText", agency + " " + periodCode + " đã thực hiện " + item.get("taskCode"));
            items.add(filled);
        }
        completeAs(agency + "-chuyenvien", task, Map.of(Var.PROGRESS_ITEMS, ProgressItems.toVariable(items),
                Var.REPORT_TEXT, "Kết quả CCHC " + periodCode, Var.REPORT_LINK, "12/BC-" + agency));
    }

    private void approve(ProcessInstance period, String agency, boolean approved) {
        Task task = reportTask(period, agency);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(PeriodicReportProcess.APPROVE);
        assertThat(task).hasCandidateGroup(agency + "-lanhdao");
        Map<String, Object> values = new HashMap<>(Map.of(Var.REPORT_APPROVED, approved));
        if (!approved) {
            values.put(Var.RETURN_REASON, "Bổ sung số liệu");
        }
        completeAs(agency + "-lanhdao", task, values);
    }

    private Task reportTask(ProcessInstance period, String agency) {
        return reportTasks(period).stream()
                .filter(t -> agency.equals(taskService.getVariable(t.getId(), Var.AGENCY))).findFirst().orElseThrow();
    }

    private List<Task> reportTasks(ProcessInstance period) {
        return taskService.createTaskQuery().processInstanceId(period.getId())
                .taskDefinitionKeyIn(PeriodicReportProcess.SUBMIT, PeriodicReportProcess.APPROVE).list();
    }

    private List<Task> openTasks(ProcessInstance period, String activityId) {
        return taskService.createTaskQuery().processInstanceId(period.getId()).taskDefinitionKey(activityId).list();
    }

    private List<Map<String, Object>> items(Task task) {
        return ProgressItems.read(taskService.getVariable(task.getId(), Var.PROGRESS_ITEMS));
    }

    private List<Object> taskCodes(Task task) {
        return items(task).stream().map(i -> i.get("taskCode")).toList();
    }

    private Object variable(ProcessInstance instance, String name) {
        Object value = runtimeService.getVariable(instance.getId(), name);
        return value instanceof Number n ? n.longValue() : value;
    }

    private Job timer(ProcessInstance instance, String activityId) {
        List<Job> jobs = managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).timers().list();
        assertThat(jobs).as("timers at %s", activityId).hasSize(1);
        return jobs.get(0);
    }

    private Job agencyTimer(ProcessInstance instance, String activityId, String agency) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .timers().list().stream()
                .filter(j -> agency.equals(runtimeService.getVariable(j.getExecutionId(), Var.AGENCY)))
                .findFirst().orElseThrow();
    }

    private void fire(Job job) {
        if (job.getDuedate().after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
        }
        managementService.executeJob(job.getId());
    }

    private void completeAs(String userId, Task task, Map<String, Object> values) {
        identityService.setAuthentication(userId, identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(g -> g.getId()).toList());
        try {
            taskService.complete(task.getId(), values);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private ProcessInstance instance(String id) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private String issue(String lead, String deadlineText, LocalDate due) {
        String code = "R-" + UUID.randomUUID().toString().substring(0, 8);
        launcher.start(new NewTask(code, planId, null, null, "Nhiệm vụ " + deadlineText, "I", lead, List.of(),
                "Báo cáo", deadlineText, due,
                deadlines.parse(deadlineText, due == null ? clock.today().getYear() : due.getYear()).kind()), "demo");
        return code;
    }

    private long insertPlan(int year) {
        String unique = UUID.randomUUID().toString();
        jdbc.update("insert into plan (decision_number, title, issuer, plan_year, monitoring_agency, source_file,"
                        + " source_sha256, task_count, imported_by, imported_at) values (?,?,?,?,?,?,?,?,?,?)",
                unique.substring(0, 20), "Kế hoạch CCHC năm " + year, "UBND tỉnh", year, "snv", "test.docx",
                unique.replace("-", ""), 0, "demo", Timestamp.valueOf(LocalDateTime.of(year, 1, 2, 9, 0)));
        return jdbc.queryForObject("select id from plan where source_sha256 = ?", Long.class, unique.replace("-", ""));
    }

    static void setClock(LocalDateTime localTime) {
        ClockUtil.setCurrentTime(at(localTime));
    }

    static Date at(LocalDateTime localTime) {
        return Date.from(localTime.atZone(VIETNAM).toInstant());
    }
}
