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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.deadline.DeadlineParser;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.TaskLauncher;
import vn.giaoviec.plan.Plans;
import vn.giaoviec.register.TaskProgressLog;
import vn.giaoviec.register.TaskRegister;

/**
 * A plan of {@link #YEAR} with four tasks — Sở Nội vụ's recurring one and its event-driven one, Sở Tư
 * pháp's periodic one, Sở Tài chính's dated one — and the steps of bpmn/bao-cao-dinh-ky.bpmn under
 * clock control: write, approve or return, fire a timer, compile and acknowledge.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class ReportProcessTestSupport {

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
    void setUpPlan() {
        BpmnAwareTests.init(processEngine);
        setClock(LocalDateTime.of(YEAR, 1, 2, 9, 0));
        planId = insertPlan(YEAR, LocalDateTime.of(YEAR, 1, 2, 9, 0));
        recurringSnv = issue("snv", "Thường xuyên", LocalDate.of(YEAR, 12, 31));
        periodicStp = issue("stp", "Theo định kỳ", LocalDate.of(YEAR, 12, 31));
        datedStc = issue("stc", "Quý IV/" + YEAR, LocalDate.of(YEAR, 12, 31));
        eventSnv = issue("snv", "Sau khi có kết quả công bố", null);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** The plan's four period processes, Q1, H1, Q3, YEAR. */
    List<ProcessInstance> startReporting() {
        return starter.start(plans.get(planId)).stream().map(this::instance).toList();
    }

    /** The period's agencies receive "Lập báo cáo CCHC" the morning after the data cut-off. */
    void cutoffPasses(ProcessInstance period) {
        fire(timer(period, PeriodicReportProcess.EVENT_CUTOFF_REACHED));
    }

    void report(ProcessInstance period, String agency, String periodCode) {
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

    void approve(ProcessInstance period, String agency, boolean approved) {
        Task task = reportTask(period, agency);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(PeriodicReportProcess.APPROVE);
        assertThat(task).hasCandidateGroup(agency + "-lanhdao");
        Map<String, Object> values = new HashMap<>(Map.of(Var.REPORT_APPROVED, approved));
        if (!approved) {
            values.put(Var.RETURN_REASON, "Bổ sung số liệu");
        }
        completeAs(agency + "-lanhdao", task, values);
    }

    void reportAndApprove(ProcessInstance period, String agency) {
        String code = (String) runtimeService.getVariable(period.getId(), Var.PERIOD);
        report(period, agency, code);
        approve(period, agency, true);
    }

    void compileAndAcknowledge(ProcessInstance period) {
        Task compile = openTasks(period, PeriodicReportProcess.COMPILE).get(0);
        assertThat(compile).hasCandidateGroup("snv-lanhdao");
        completeAs("snv-lanhdao", compile, Map.of(Var.COMPILED_REPORT, "Báo cáo tổng hợp",
                Var.COMPILED_REPORT_LINK, "25/BC-SNV"));
        Task acknowledge = openTasks(period, PeriodicReportProcess.ACKNOWLEDGE).get(0);
        assertThat(acknowledge).hasCandidateGroup("vpubnd-lanhdao");
        completeAs("vpubnd-lanhdao", acknowledge, Map.of(Var.REPORT_ACKNOWLEDGED, true));
    }

    Task reportTask(ProcessInstance period, String agency) {
        return reportTasks(period).stream()
                .filter(t -> agency.equals(taskService.getVariable(t.getId(), Var.AGENCY))).findFirst().orElseThrow();
    }

    List<Task> reportTasks(ProcessInstance period) {
        return taskService.createTaskQuery().processInstanceId(period.getId())
                .taskDefinitionKeyIn(PeriodicReportProcess.SUBMIT, PeriodicReportProcess.APPROVE).list();
    }

    List<Task> openTasks(ProcessInstance period, String activityId) {
        return taskService.createTaskQuery().processInstanceId(period.getId()).taskDefinitionKey(activityId).list();
    }

    List<Map<String, Object>> items(Task task) {
        return ProgressItems.read(taskService.getVariable(task.getId(), Var.PROGRESS_ITEMS));
    }

    List<Object> taskCodes(Task task) {
        return items(task).stream().map(i -> i.get("taskCode")).toList();
    }

    Object variable(ProcessInstance instance, String name) {
        Object value = runtimeService.getVariable(instance.getId(), name);
        return value instanceof Number n ? n.longValue() : value;
    }

    Job timer(ProcessInstance instance, String activityId) {
        List<Job> jobs = managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).timers().list();
        assertThat(jobs).as("timers at %s", activityId).hasSize(1);
        return jobs.get(0);
    }

    Job agencyTimer(ProcessInstance instance, String activityId, String agency) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .timers().list().stream()
                .filter(j -> agency.equals(runtimeService.getVariable(j.getExecutionId(), Var.AGENCY)))
                .findFirst().orElseThrow();
    }

    void fire(Job job) {
        if (job.getDuedate().after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
        }
        managementService.executeJob(job.getId());
    }

    void completeAs(String userId, Task task, Map<String, Object> values) {
        identityService.setAuthentication(userId, identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(g -> g.getId()).toList());
        try {
            taskService.complete(task.getId(), values);
        } finally {
            identityService.clearAuthentication();
        }
    }

    ProcessInstance instance(String id) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    String issue(String lead, String deadlineText, LocalDate due) {
        String code = "R-" + UUID.randomUUID().toString().substring(0, 8);
        launcher.start(new NewTask(code, planId, null, null, "Nhiệm vụ " + deadlineText, "I", lead, List.of(),
                "Báo cáo", deadlineText, due,
                deadlines.parse(deadlineText, due == null ? clock.today().getYear() : due.getYear()).kind()), "demo");
        return code;
    }

    long insertPlan(int year, LocalDateTime importedAt) {
        String unique = UUID.randomUUID().toString();
        jdbc.update("insert into plan (decision_number, title, issuer, plan_year, monitoring_agency, source_file,"
                        + " source_sha256, task_count, imported_by, imported_at) values (?,?,?,?,?,?,?,?,?,?)",
                unique.substring(0, 20), "Kế hoạch CCHC năm " + year, "UBND tỉnh", year, "snv", "test.docx",
                unique.replace("-", ""), 0, "demo", Timestamp.valueOf(importedAt));
        return jdbc.queryForObject("select id from plan where source_sha256 = ?", Long.class, unique.replace("-", ""));
    }

    static void setClock(LocalDateTime localTime) {
        ClockUtil.setCurrentTime(at(localTime));
    }

    static Date at(LocalDateTime localTime) {
        return Date.from(localTime.atZone(VIETNAM).toInstant());
    }
}
