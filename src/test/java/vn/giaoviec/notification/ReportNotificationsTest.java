package vn.giaoviec.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.plan.Plans;
import vn.giaoviec.report.PeriodicReportProcess;
import vn.giaoviec.report.ReportStarter;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.lifecycle.NewTask;

/**
 * The periodic report's news reaches the agency that reports, its leaders, the Chánh Văn phòng when
 * it is late, Sở Nội vụ's leaders to compile and the office's leaders once compiled — and no other agency.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReportNotificationsTest extends LifecycleTestSupport {

    static final int YEAR = 2033; // Quý I due 20/03, a Sunday: the report is due Monday 21/03

    @Autowired JdbcTemplate jdbc;
    @Autowired ReportStarter starter;
    @Autowired Plans plans;

    long planId;
    long before;

    @BeforeEach
    void setUp() {
        setClock(LocalDateTime.of(YEAR, 1, 2, 9, 0));
        planId = insertPlan();
        launcher.start(new NewTask("BC-" + UUID.randomUUID().toString().substring(0, 8), planId, null, null,
                "Báo cáo tình hình CCHC định kỳ", "I", "stp", List.of(), "Báo cáo", "Theo định kỳ",
                LocalDate.of(YEAR, 12, 31), null), "demo");
        before = jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void dueToApproveLateToCompileAndCompiledEachReachTheirPeople() {
        ProcessInstance q1 = runtimeService.createProcessInstanceQuery()
                .processInstanceId(starter.start(plans.get(planId)).get(0)).singleResult();
        fire(timer(q1, PeriodicReportProcess.EVENT_CUTOFF_REACHED));

        assertThat(recipients(NotificationEvent.REPORT_DUE)).containsExactlyInAnyOrder("stp-chuyenvien", "stp-lanhdao");
        String due = row(NotificationEvent.REPORT_DUE, "stp-chuyenvien");
        assertThat(due).contains("Đến kỳ báo cáo CCHC Quý I: hạn nộp 21/03/" + YEAR,
                "Sở Tư pháp lập báo cáo kết quả cải cách hành chính kỳ Quý I");
        assertThat(link(NotificationEvent.REPORT_DUE, "stp-chuyenvien")).startsWith("/camunda/app/tasklist/default/#/?task=");

        fire(agencyTimer(q1, PeriodicReportProcess.EVENT_OVERDUE));
        assertThat(recipients(NotificationEvent.REPORT_LATE)).containsExactlyInAnyOrder("chanhvanphong", "stp-lanhdao");
        assertThat(row(NotificationEvent.REPORT_LATE, "stp-lanhdao"))
                .contains("Sở Tư pháp chưa nộp báo cáo CCHC kỳ Quý I (hạn 21/03/" + YEAR + ")");

        Task submit = taskService.createTaskQuery().processInstanceId(q1.getId())
                .taskDefinitionKey(PeriodicReportProcess.SUBMIT).singleResult();
        completeAs("stp-chuyenvien", submit, Map.of(PeriodicReportProcess.Var.REPORT_TEXT, "Kết quả quý I"));
        assertThat(recipients(NotificationEvent.REPORT_TO_APPROVE)).containsExactly("stp-lanhdao");

        fire(timer(q1, PeriodicReportProcess.EVENT_COMPILE_DATE));
        assertThat(recipients(NotificationEvent.REPORT_TO_COMPILE)).containsExactly("snv-lanhdao");
        Task compile = taskService.createTaskQuery().processInstanceId(q1.getId())
                .taskDefinitionKey(PeriodicReportProcess.COMPILE).singleResult();
        completeAs("snv-lanhdao", compile, Map.of(PeriodicReportProcess.Var.COMPILED_REPORT, "Báo cáo tổng hợp",
                PeriodicReportProcess.Var.COMPILED_REPORT_LINK, "25/BC-SNV"));
        assertThat(recipients(NotificationEvent.REPORT_COMPILED)).containsExactlyInAnyOrder("vpubnd-lanhdao", "chanhvanphong");

        assertThat(jdbc.queryForList("select distinct recipient from notification where id > ?", String.class, before))
                .as("no other agency hears of Sở Tư pháp's report")
                .allMatch(r -> r.startsWith("stp-") || r.startsWith("vpubnd-") || r.equals("chanhvanphong")
                        || r.equals("snv-lanhdao"));
    }

    private List<String> recipients(NotificationEvent event) {
        return jdbc.queryForList("select recipient from notification where id > ? and event = ?", String.class, before,
                event.name());
    }

    private String row(NotificationEvent event, String recipient) {
        return jdbc.queryForObject("select subject || ' ' || body from notification where id > ? and event = ?"
                + " and recipient = ?", String.class, before, event.name(), recipient);
    }

    private String link(NotificationEvent event, String recipient) {
        return jdbc.queryForObject("select link from notification where id > ? and event = ? and recipient = ?",
                String.class, before, event.name(), recipient);
    }

    private Job agencyTimer(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers()
                .singleResult();
    }

    private long insertPlan() {
        String unique = UUID.randomUUID().toString();
        jdbc.update("insert into plan (decision_number, title, issuer, plan_year, monitoring_agency, source_file,"
                        + " source_sha256, task_count, imported_by, imported_at) values (?,?,?,?,?,?,?,?,?,?)",
                unique.substring(0, 20), "Kế hoạch CCHC năm " + YEAR, "UBND tỉnh", YEAR, "snv", "test.docx",
                unique.replace("-", ""), 0, "demo", Timestamp.valueOf(LocalDateTime.of(YEAR, 1, 2, 9, 0)));
        return jdbc.queryForObject("select id from plan where source_sha256 = ?", Long.class, unique.replace("-", ""));
    }
}
