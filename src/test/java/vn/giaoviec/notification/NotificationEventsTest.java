package vn.giaoviec.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.lifecycle.TaskActions;

/**
 * Each event of a task's life tells the right people and no one else: the demo users of Sở Nội vụ
 * (lead), Sở Tư pháp (coordinating) and the Chánh Văn phòng; Sở Tài chính and every other agency hear
 * nothing. Messages say what, which task (code, title, due date dd/mm/yyyy), why, and link to the task.
 */
@SpringBootTest
@ActiveProfiles("test")
class NotificationEventsTest extends LifecycleTestSupport {

    static final LocalDate DUE = LocalDate.of(2030, 3, 29); // a Friday
    static final String LEADER = "snv-lanhdao";
    static final String OFFICER = "snv-chuyenvien";
    static final String CHIEF = "chanhvanphong";
    /** Everyone who may see a Sở Nội vụ task coordinated by Sở Tư pháp, among the demo users. */
    static final Set<String> MAY_SEE = Set.of(LEADER, OFFICER, "stp-lanhdao", "stp-chuyenvien", CHIEF,
            "vpubnd-lanhdao", "vpubnd-chuyenvien", "demo");

    @Autowired JdbcTemplate jdbc;
    @Autowired TaskActions actions;

    Told told;
    String code;

    @BeforeEach
    void setUp() {
        setClock(LocalDateTime.of(2030, 3, 1, 9, 0));
        told = new Told(jdbc);
        code = newCode();
    }

    @AfterEach
    void resetClock() {
        // another agency's people never receive a word about the task, whatever happened in the test
        assertThat(told.inApp(code)).extracting(Told.Row::recipient).allMatch(MAY_SEE::contains);
        ClockUtil.reset();
    }

    @Test
    void newTaskIsToldToTheLeadAgencysLeadersOnly() {
        start(task(code, "snv", List.of("stp"), DUE));

        assertThat(told.byEvent(code)).containsOnlyKeys(NotificationEvent.NEW_TASK);
        assertThat(told.recipients(code, NotificationEvent.NEW_TASK)).containsExactlyInAnyOrder(LEADER);
        Told.Row row = told.one(code, NotificationEvent.NEW_TASK, LEADER);
        assertThat(row.subject()).startsWith("Nhiệm vụ mới " + code + " — Xây dựng kế hoạch kiểm tra CCHC");
        assertThat(row.body()).contains("Sở Nội vụ được giao chủ trì nhiệm vụ " + code + ", hạn hoàn thành 29/03/2030",
                "Bạn là lãnh đạo Sở Nội vụ; việc này chờ lãnh đạo cơ quan xử lý");
        assertThat(row.link()).isEqualTo("/giaoviec/nhiem-vu/" + code);
        assertThat(told.outbox(code)).containsExactly("EMAIL snv-lanhdao snv-lanhdao@giaoviec.example NEW_TASK");
    }

    @Test
    void assignmentTellsTheOfficerAndAsksTheCoordinatingAgency() {
        ProcessInstance instance = start(task(code, "snv", List.of("stp"), DUE));
        assign(instance, List.of("stp"));

        assertThat(told.recipients(code, NotificationEvent.ASSIGNED)).containsExactlyInAnyOrder(OFFICER);
        assertThat(told.one(code, NotificationEvent.ASSIGNED, OFFICER).body())
                .contains("(Lãnh đạo Sở Nội vụ) đã phân công bạn xử lý nhiệm vụ " + code + ", hạn hoàn thành 29/03/2030");
        // the request goes to Sở Tư pháp's group (whoever may take it), with its own due date
        assertThat(told.recipients(code, NotificationEvent.COORDINATION_REQUESTED))
                .containsExactly("stp-chuyenvien", "stp-lanhdao");
        assertThat(told.one(code, NotificationEvent.COORDINATION_REQUESTED, "stp-chuyenvien").body())
                .contains("Sở Nội vụ đề nghị Sở Tư pháp gửi ý kiến phối hợp trước ngày 15/03/2030",
                        "Hạn gửi ý kiến phối hợp: 15/03/2030");
    }

    @Test
    void contributionSubmissionAndReturnReachWhoMustActNext() {
        ProcessInstance instance = start(task(code, "snv", List.of("stp"), DUE));
        assign(instance, List.of("stp"));
        Task request = openTask(instance, PlanTaskProcess.CONTRIBUTE);
        completeAs("stp-chuyenvien", request, Map.of(Var.CONTRIBUTION, "Thống nhất dự thảo"));
        completeAs(OFFICER, openTask(instance, PlanTaskProcess.SUBMIT), Map.of(Var.DOCUMENT_NUMBER, "12/KH-SNV",
                Var.DOCUMENT_DATE, "2030-03-10", Var.PRODUCT_SUMMARY, "Kế hoạch kiểm tra CCHC"));
        completeAs(LEADER, openTask(instance, PlanTaskProcess.REVIEW),
                Map.of(Var.PRODUCT_APPROVED, false, Var.RETURN_REASON, "Thiếu số liệu quý I"));

        assertThat(told.recipients(code, NotificationEvent.CONTRIBUTION_RECEIVED)).containsExactlyInAnyOrder(OFFICER);
        assertThat(told.one(code, NotificationEvent.CONTRIBUTION_RECEIVED, OFFICER).body())
                .contains("Sở Tư pháp: Thống nhất dự thảo");
        assertThat(told.recipients(code, NotificationEvent.PRODUCT_SUBMITTED)).containsExactlyInAnyOrder(LEADER);
        assertThat(told.recipients(code, NotificationEvent.PRODUCT_RETURNED)).containsExactlyInAnyOrder(OFFICER);
        assertThat(told.one(code, NotificationEvent.PRODUCT_RETURNED, OFFICER).body())
                .contains("trả lại sản phẩm để hoàn thiện. Lý do: Thiếu số liệu quý I");
    }

    @Test
    void reminderGoesToTheLeadersBeforeAssignmentAndToTheOfficerAfter() {
        ProcessInstance instance = start(task(code, "snv", List.of(), DUE));
        fire(timer(instance, PlanTaskProcess.EVENT_REMINDER));
        assertThat(told.recipients(code, NotificationEvent.REMINDER)).containsExactlyInAnyOrder(LEADER);
        assertThat(told.one(code, NotificationEvent.REMINDER, LEADER).subject())
                .startsWith("Nhắc hạn: nhiệm vụ " + code + " đến hạn ngày 29/03/2030");

        String other = newCode();
        ProcessInstance assigned = start(task(other, "snv", List.of(), DUE));
        assign(assigned, List.of());
        fire(timer(assigned, PlanTaskProcess.EVENT_REMINDER));
        assertThat(told.recipients(other, NotificationEvent.REMINDER)).containsExactlyInAnyOrder(OFFICER);
        assertThat(told.one(other, NotificationEvent.REMINDER, OFFICER).body()).contains("còn 5 ngày làm việc");
    }

    @Test
    void everyEscalationIsToldToTheLeadersAndTheChiefThenUrgeAndExplanation() {
        ProcessInstance instance = start(task(code, "snv", List.of(), DUE));
        assign(instance, List.of());
        fire(timer(instance, PlanTaskProcess.EVENT_OVERDUE));
        assertThat(told.recipients(code, NotificationEvent.OVERDUE)).containsExactlyInAnyOrder(CHIEF, LEADER);
        assertThat(told.one(code, NotificationEvent.OVERDUE, CHIEF).subject()).startsWith("Quá hạn: nhiệm vụ " + code + " (lần 1)");

        completeAs(CHIEF, openTask(instance, PlanTaskProcess.HANDLE_OVERDUE),
                Map.of(Var.OVERDUE_ACTION, "URGE", Var.URGE_NOTE, "Đề nghị hoàn thành trong tuần"));
        assertThat(told.recipients(code, NotificationEvent.URGED)).containsExactlyInAnyOrder(LEADER, OFFICER);
        assertThat(told.one(code, NotificationEvent.URGED, OFFICER).body()).contains("Đề nghị hoàn thành trong tuần");

        fire(timer(instance, PlanTaskProcess.EVENT_ESCALATION_CYCLE));
        assertThat(told.inApp(code)).filteredOn(r -> r.event() == NotificationEvent.OVERDUE).hasSize(4)
                .filteredOn(r -> r.subject().contains("(lần 2)")).extracting(Told.Row::recipient)
                .containsExactlyInAnyOrder(CHIEF, LEADER);

        completeAs(CHIEF, openTask(instance, PlanTaskProcess.HANDLE_OVERDUE), Map.of(Var.OVERDUE_ACTION, "EXPLAIN"));
        assertThat(told.recipients(code, NotificationEvent.EXPLANATION_REQUESTED)).containsExactlyInAnyOrder(LEADER);
    }

    @Test
    void extensionRequestGoesToTheChiefAndHisDecisionBack() {
        ProcessInstance instance = start(task(code, "snv", List.of(), DUE));
        assign(instance, List.of());
        actions.requestExtension(code, LocalDate.of(2030, 4, 30), "Chờ số liệu của Bộ",
                new UserAccess(OFFICER, Set.of("snv")));
        assertThat(told.recipients(code, NotificationEvent.EXTENSION_REQUESTED)).containsExactlyInAnyOrder(CHIEF);
        assertThat(told.one(code, NotificationEvent.EXTENSION_REQUESTED, CHIEF).body())
                .contains("đề nghị gia hạn đến 30/04/2030. Lý do: Chờ số liệu của Bộ").doesNotContain("2030-04-30");

        completeAs(CHIEF, openTask(instance, PlanTaskProcess.DECIDE_EXTENSION),
                Map.of(Var.EXTENSION_APPROVED, "true", Var.NEW_DUE_DATE, "2030-04-26"));
        assertThat(told.recipients(code, NotificationEvent.EXTENSION_DECIDED)).containsExactlyInAnyOrder(LEADER, OFFICER);
        Told.Row decided = told.one(code, NotificationEvent.EXTENSION_DECIDED, OFFICER);
        assertThat(decided.subject()).startsWith("Thời hạn mới của nhiệm vụ " + code + ": 26/04/2030");
        assertThat(decided.body()).contains("Thời hạn: 26/04/2030").doesNotContain("2030-04-26");
    }

    @Test
    void withdrawalIsToldToTheLeadAgencyAndTheCoordinatorsLeaders() {
        ProcessInstance instance = start(task(code, "snv", List.of("stp"), DUE));
        assign(instance, List.of("stp"));
        actions.withdraw(code, "Nhiệm vụ không còn phù hợp",
                new UserAccess(CHIEF, Set.of("vpubnd", "vpubnd-lanhdao", "chanh-van-phong")));

        assertThat(told.recipients(code, NotificationEvent.WITHDRAWN)).containsExactlyInAnyOrder(LEADER, OFFICER, "stp-lanhdao");
        assertThat(told.one(code, NotificationEvent.WITHDRAWN, "stp-lanhdao").body())
                .contains("Lý do: Nhiệm vụ không còn phù hợp", "Bạn là lãnh đạo Sở Tư pháp, cơ quan phối hợp");
    }

    private void assign(ProcessInstance instance, List<String> coordinators) {
        completeAs(LEADER, openTask(instance, PlanTaskProcess.ASSIGN),
                Map.of(Var.OFFICER, OFFICER, Var.COORDINATING_AGENCIES, coordinators));
    }
}
