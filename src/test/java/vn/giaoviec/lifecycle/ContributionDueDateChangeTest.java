package vn.giaoviec.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.lifecycle.coordination.Coordination;
import vn.giaoviec.register.Transition;
import vn.giaoviec.register.TransitionKind;

/**
 * The lead agency's leader changes one coordinating agency's due date while its request is open
 * (issue 14, "per-agency due dates … editable by the lead agency's leader"): that request's reminder,
 * overdue and escalation timers move with it and no other request's do, the change is in the task's
 * history with who made it, the agency is told; anyone else, or a date out of bounds, is refused.
 */
@SpringBootTest
@ActiveProfiles("test")
class ContributionDueDateChangeTest extends LifecycleTestSupport {

    static final UserAccess LEAD_LEADER = new UserAccess("snv-lanhdao", Set.of("snv", "snv-lanhdao"));

    @Autowired Coordination coordination;
    @Autowired JdbcTemplate jdbc;

    ProcessInstance instance;
    String code;

    @BeforeEach
    void assignWithTwoCoordinatorsDueOn20March() {
        setClock(LocalDateTime.of(2030, 3, 1, 9, 0)); // a Friday
        code = issue("snv", List.of("stp", "stc"), "Rà soát thủ tục hành chính", LocalDate.of(2030, 6, 28));
        instance = instanceOf(code);
        completeAs("snv-lanhdao", openTask(instance, PlanTaskProcess.ASSIGN), Map.of(Var.OFFICER, "snv-chuyenvien",
                Var.COORDINATING_AGENCIES, List.of("stp", "stc"), Var.CONTRIBUTION_DUE_DATE, "2030-03-20"));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theNewDateMovesThatAgencysTimersOnly() {
        coordination.changeDueDate(code, "stp", LocalDate.of(2030, 4, 5), LEAD_LEADER);

        assertThat(requestOf("stp").getDueDate()).isEqualTo(at(LocalDateTime.of(2030, 4, 5, 23, 59, 59)));
        assertThat(timersOf(instance)).containsEntry(PlanTaskProcess.EVENT_CONTRIBUTION_OVERDUE + "@stp",
                        at(LocalDateTime.of(2030, 4, 6, 0, 0)))
                // two working days before Friday 05/04/2030: Wednesday 03/04, 08:00
                .containsEntry(PlanTaskProcess.EVENT_CONTRIBUTION_REMINDER + "@stp", at(LocalDateTime.of(2030, 4, 3, 8, 0)))
                .containsEntry(PlanTaskProcess.EVENT_CONTRIBUTION_OVERDUE + "@stc", at(LocalDateTime.of(2030, 3, 21, 0, 0)));
        assertThat(requestOf("stc").getDueDate()).isEqualTo(at(LocalDateTime.of(2030, 3, 20, 23, 59, 59)));
        assertTimersAsTheStateNeeds(instance);
        assertThat(changes()).singleElement().satisfies(change -> {
            assertThat(change.actor()).isEqualTo("snv-lanhdao");
            assertThat(change.note()).isEqualTo("Sở Tư pháp: hạn gửi ý kiến 20/03/2030 → 05/04/2030");
        });
        // nobody of Sở Tư pháp holds the request yet: the whole agency hears of it
        assertThat(jdbc.queryForList("select recipient from notification where task_code = ? and event = ?",
                String.class, code, "CONTRIBUTION_DUE_DATE_CHANGED")).contains("stp-chuyenvien", "stp-lanhdao")
                .noneMatch(r -> r.startsWith("stc-"));
    }

    @Test
    void aRequestAlreadyRemindedIsRemindedAgainBeforeItsNewDate() {
        passTimeThrough(instance, timer("stp", PlanTaskProcess.EVENT_CONTRIBUTION_REMINDER));
        assertThat(timersOf(instance)).doesNotContainKey(PlanTaskProcess.EVENT_CONTRIBUTION_REMINDER + "@stp");

        coordination.changeDueDate(code, "stp", LocalDate.of(2030, 4, 5), LEAD_LEADER);

        assertThat(timersOf(instance)).containsEntry(PlanTaskProcess.EVENT_CONTRIBUTION_REMINDER + "@stp",
                at(LocalDateTime.of(2030, 4, 3, 8, 0)));
        assertTimersAsTheStateNeeds(instance);
    }

    @Test
    void anOverdueRequestGivenALaterDateStopsEscalatingUntilItIsOverdueAgain() {
        passTimeThrough(instance, timer("stp", PlanTaskProcess.EVENT_CONTRIBUTION_OVERDUE));
        assertThat(timersOf(instance)).containsKey(PlanTaskProcess.EVENT_CONTRIBUTION_ESCALATION_CYCLE + "@stp");
        assertThat(overdueNotes()).hasSize(2); // both agencies were due on 20/03

        coordination.changeDueDate(code, "stp", LocalDate.of(2030, 4, 5), LEAD_LEADER);

        assertThat(timersOf(instance)).doesNotContainKey(PlanTaskProcess.EVENT_CONTRIBUTION_ESCALATION_CYCLE + "@stp")
                .containsKeys(PlanTaskProcess.EVENT_CONTRIBUTION_OVERDUE + "@stp",
                        PlanTaskProcess.EVENT_CONTRIBUTION_ESCALATION_CYCLE + "@stc");
        assertTimersAsTheStateNeeds(instance);

        passTimeThrough(instance, timer("stp", PlanTaskProcess.EVENT_CONTRIBUTION_OVERDUE));
        assertThat(overdueNotes()).contains("Cơ quan phối hợp Sở Tư pháp chưa gửi ý kiến, quá hạn 05/04/2030");
        assertTimersAsTheStateNeeds(instance);

        completeAs("stp-chuyenvien", requestOf("stp"), Map.of(Var.CONTRIBUTION, "Đồng ý"));
        assertThat(timersOf(instance)).doesNotContainKeys(PlanTaskProcess.EVENT_CONTRIBUTION_ESCALATION_CYCLE + "@stp",
                PlanTaskProcess.EVENT_CONTRIBUTION_OVERDUE + "@stp");
        assertTimersAsTheStateNeeds(instance);
    }

    @Test
    void onlyALeaderOfTheLeadAgencyMayChangeTheDate() {
        UserAccess coordinatingLeader = new UserAccess("stp-lanhdao", Set.of("stp", "stp-lanhdao"));
        UserAccess leadOfficer = new UserAccess("snv-chuyenvien", Set.of("snv"));

        assertThatThrownBy(() -> coordination.changeDueDate(code, "stp", LocalDate.of(2030, 4, 5), coordinatingLeader))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Chỉ lãnh đạo Sở Nội vụ được đổi hạn gửi ý kiến phối hợp");
        assertThatThrownBy(() -> coordination.changeDueDate(code, "stp", LocalDate.of(2030, 4, 5), leadOfficer))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(requestOf("stp").getDueDate()).isEqualTo(at(LocalDateTime.of(2030, 3, 20, 23, 59, 59)));
        assertThat(changes()).isEmpty();
        assertTimersAsTheStateNeeds(instance);
    }

    @Test
    void aDateNotAfterTodayOrAfterTheTasksDueDateIsRefused() {
        assertThatThrownBy(() -> coordination.changeDueDate(code, "stp", LocalDate.of(2030, 3, 1), LEAD_LEADER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Hạn gửi ý kiến phối hợp phải sau hôm nay (01/03/2030)");
        assertThatThrownBy(() -> coordination.changeDueDate(code, "stp", LocalDate.of(2030, 7, 1), LEAD_LEADER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Hạn gửi ý kiến phối hợp không được sau thời hạn của nhiệm vụ (28/06/2030)");
        assertThatThrownBy(() -> coordination.changeDueDate(code, "stp", null, LEAD_LEADER))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Cần chọn hạn gửi ý kiến mới");
        assertThat(changes()).isEmpty();
        assertTimersAsTheStateNeeds(instance);
    }

    @Test
    void onlyAnOpenRequestGetsANewDate() {
        completeAs("stp-chuyenvien", requestOf("stp"), Map.of(Var.CONTRIBUTION, "Đồng ý"));

        assertThatThrownBy(() -> coordination.changeDueDate(code, "stp", LocalDate.of(2030, 4, 5), LEAD_LEADER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Sở Tư pháp không còn việc gửi ý kiến phối hợp đang mở (đã gửi ý kiến, hoặc việc phối hợp đã kết thúc).");
        assertThatThrownBy(() -> coordination.changeDueDate(code, "syt", LocalDate.of(2030, 4, 5), LEAD_LEADER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Sở Y tế không còn việc");
        assertThat(changes()).isEmpty();
        assertTimersAsTheStateNeeds(instance);
    }

    private Task requestOf(String agency) {
        return openTasks(instance, PlanTaskProcess.CONTRIBUTE).stream()
                .filter(t -> agency.equals(taskService.getVariable(t.getId(), Var.COORDINATING_AGENCY)))
                .findFirst().orElseThrow();
    }

    /** The one timer of that agency's request at that event, looked up through {@link #timersOf}. */
    private Job timer(String agency, String activityId) {
        Date due = timersOf(instance).get(activityId + "@" + agency);
        assertThat(due).as("timer %s of %s", activityId, agency).isNotNull();
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
                .filter(j -> j.getDuedate().equals(due) && agency.equals(
                        runtimeService.getVariable(j.getExecutionId(), Var.COORDINATING_AGENCY)))
                .findFirst().orElseThrow();
    }

    private List<Transition> changes() {
        return register.transitions(code).stream()
                .filter(t -> t.kind() == TransitionKind.CONTRIBUTION_DUE_DATE_CHANGED).toList();
    }

    private List<String> overdueNotes() {
        return register.transitions(code).stream().filter(t -> t.kind() == TransitionKind.CONTRIBUTION_OVERDUE)
                .map(Transition::note).toList();
    }
}
