package vn.giaoviec.lifecycle;

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
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.register.TaskStatus;
import vn.giaoviec.register.TransitionKind;

/**
 * One clock per open task, always (issue 14, items 3–5): whatever happens to a task, it has exactly
 * the timers its state needs ({@link #timersTheStateNeeds}). Time moves with the engine clock.
 */
@SpringBootTest
@ActiveProfiles("test")
class TaskClockTest extends LifecycleTestSupport {

    static final LocalDate DUE = LocalDate.of(2030, 3, 29); // a Friday
    static final String CHIEF = "chanhvanphong";

    @Autowired TaskActions actions;

    ProcessInstance instance;
    String code;

    @BeforeEach
    void issueTask() {
        setClock(LocalDateTime.of(2030, 3, 1, 9, 0));
        code = issue("snv", List.of(), "Rà soát thủ tục hành chính", DUE);
        instance = instanceOf(code);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aNewTaskHasItsReminderAndOverdueTimers() {
        assertThat(timersOf(instance)).containsOnlyKeys(PlanTaskProcess.EVENT_REMINDER, PlanTaskProcess.EVENT_OVERDUE);
        assertTimersAsTheStateNeeds(instance);
    }

    @Test
    void ignoredEscalationEscalatesAgainAfterOneCycle() {
        passTimeThrough(instance, timer(instance, PlanTaskProcess.EVENT_OVERDUE));
        Task escalation = openTask(instance, PlanTaskProcess.HANDLE_OVERDUE);
        // overdue at 00:00 on Saturday 30/03: five working days on is Friday 05/04, 08:00
        assertThat(escalation.getDueDate()).isEqualTo(at(LocalDateTime.of(2030, 4, 5, 8, 0)));
        assertTimersAsTheStateNeeds(instance);

        fire(timer(instance, PlanTaskProcess.EVENT_ESCALATION_IGNORED));

        assertThat(openTasks(instance, PlanTaskProcess.HANDLE_OVERDUE)).hasSize(1);
        assertThat(register.get(code).escalationCount()).isEqualTo(2);
        assertThat(trail(code)).filteredOn(k -> k == TransitionKind.ESCALATED).hasSize(2);
        // fired on Friday 05/04: five working days on, skipping Giỗ Tổ Hùng Vương (Friday 12/04/2030)
        assertThat(openTask(instance, PlanTaskProcess.HANDLE_OVERDUE).getDueDate())
                .isEqualTo(at(LocalDateTime.of(2030, 4, 15, 8, 0)));
        assertTimersAsTheStateNeeds(instance);
        assertRegisterAgreesWithEngine(instance);
    }

    @Test
    void explanationRequestHasADueDateAndEscalatesAgainWhenNotAnswered() {
        passTimeThrough(instance, timer(instance, PlanTaskProcess.EVENT_OVERDUE));
        setClock(LocalDateTime.of(2030, 4, 1, 10, 0)); // Monday
        completeAs(CHIEF, openTask(instance, PlanTaskProcess.HANDLE_OVERDUE), Map.of(Var.OVERDUE_ACTION, "EXPLAIN"));

        Task explain = openTask(instance, PlanTaskProcess.EXPLAIN);
        assertThat(explain.getDueDate()).isEqualTo(at(LocalDateTime.of(2030, 4, 8, 8, 0)));
        assertTimersAsTheStateNeeds(instance);

        fire(timer(instance, PlanTaskProcess.EVENT_EXPLANATION_MISSING));

        assertThat(openTasks(instance, PlanTaskProcess.EXPLAIN)).isEmpty();
        assertThat(openTasks(instance, PlanTaskProcess.HANDLE_OVERDUE)).hasSize(1);
        assertThat(register.get(code).escalationCount()).isEqualTo(2);
        assertTimersAsTheStateNeeds(instance);
    }

    @Test
    void urgedTaskWaitsOneCycleThenEscalatesAgain() {
        passTimeThrough(instance, timer(instance, PlanTaskProcess.EVENT_OVERDUE));
        completeAs(CHIEF, openTask(instance, PlanTaskProcess.HANDLE_OVERDUE),
                Map.of(Var.OVERDUE_ACTION, "URGE", Var.URGE_NOTE, "Đề nghị hoàn thành ngay"));
        assertTimersAsTheStateNeeds(instance);

        fire(timer(instance, PlanTaskProcess.EVENT_ESCALATION_CYCLE));

        assertThat(openTasks(instance, PlanTaskProcess.HANDLE_OVERDUE)).hasSize(1);
        assertTimersAsTheStateNeeds(instance);
    }

    @Test
    void extensionGrantedWhileAnEscalationIsOpenArmsTheOverdueTimerAtTheNewDate() {
        passTimeThrough(instance, timer(instance, PlanTaskProcess.EVENT_OVERDUE));
        setClock(LocalDateTime.of(2030, 4, 1, 10, 0));
        actions.requestExtension(code, LocalDate.of(2030, 4, 30), "Chờ số liệu của Bộ", officerOf("snv"));
        completeAs(CHIEF, openTask(instance, PlanTaskProcess.DECIDE_EXTENSION),
                Map.of(Var.EXTENSION_APPROVED, true, Var.NEW_DUE_DATE, "2030-04-26"));

        assertThat(register.get(code).status()).isEqualTo(TaskStatus.IN_PROGRESS_ON_TIME);
        assertThat(openTasks(instance, PlanTaskProcess.HANDLE_OVERDUE)).as("the escalation is settled").isEmpty();
        assertThat(timer(instance, PlanTaskProcess.EVENT_OVERDUE).getDuedate())
                .isEqualTo(at(LocalDateTime.of(2030, 4, 27, 0, 0)));
        assertTimersAsTheStateNeeds(instance);
        assertRegisterAgreesWithEngine(instance);

        fire(timer(instance, PlanTaskProcess.EVENT_REMINDER));
        passTimeThrough(instance, timer(instance, PlanTaskProcess.EVENT_OVERDUE));
        assertThat(openTasks(instance, PlanTaskProcess.HANDLE_OVERDUE)).hasSize(1);
        assertThat(register.get(code).status()).isEqualTo(TaskStatus.IN_PROGRESS_OVERDUE);
        assertTimersAsTheStateNeeds(instance);
    }

    @Test
    void afterANewDueDateTheReminderFiresAgainBeforeIt() {
        fire(timer(instance, PlanTaskProcess.EVENT_REMINDER));
        assertThat(trail(code)).filteredOn(k -> k == TransitionKind.REMINDED).hasSize(1);
        actions.requestExtension(code, LocalDate.of(2030, 4, 30), "Chờ số liệu của Bộ", officerOf("snv"));
        completeAs(CHIEF, openTask(instance, PlanTaskProcess.DECIDE_EXTENSION),
                Map.of(Var.EXTENSION_APPROVED, true, Var.NEW_DUE_DATE, "2030-04-26"));

        assertThat(timer(instance, PlanTaskProcess.EVENT_REMINDER).getDuedate())
                .isEqualTo(at(LocalDateTime.of(2030, 4, 19, 8, 0)));
        assertTimersAsTheStateNeeds(instance);
        fire(timer(instance, PlanTaskProcess.EVENT_REMINDER));
        assertThat(trail(code)).filteredOn(k -> k == TransitionKind.REMINDED).hasSize(2);
        assertTimersAsTheStateNeeds(instance);
    }

    @Test
    void newDueDateFromTheChiefOfOfficeArmsReminderAndOverdue() {
        passTimeThrough(instance, timer(instance, PlanTaskProcess.EVENT_OVERDUE));
        completeAs(CHIEF, openTask(instance, PlanTaskProcess.HANDLE_OVERDUE),
                Map.of(Var.OVERDUE_ACTION, "NEW_DATE", Var.NEW_DUE_DATE, "2030-04-26"));

        assertThat(timersOf(instance)).containsOnlyKeys(PlanTaskProcess.EVENT_REMINDER, PlanTaskProcess.EVENT_OVERDUE);
        assertTimersAsTheStateNeeds(instance);
        assertRegisterAgreesWithEngine(instance);
    }

    @Test
    void extensionRefusedKeepsTheClockAsItWas() {
        var before = timersOf(instance);
        actions.requestExtension(code, LocalDate.of(2030, 4, 30), "Chờ số liệu của Bộ", officerOf("snv"));
        completeAs(CHIEF, openTask(instance, PlanTaskProcess.DECIDE_EXTENSION),
                Map.of(Var.EXTENSION_APPROVED, false, Var.DECISION_NOTE, "Không có căn cứ"));

        assertThat(timersOf(instance)).isEqualTo(before);
        assertTimersAsTheStateNeeds(instance);
    }

    @Test
    void withdrawnTaskKeepsNoTimerWhateverItsState() {
        passTimeThrough(instance, timer(instance, PlanTaskProcess.EVENT_OVERDUE));
        actions.withdraw(code, "Nhiệm vụ không còn phù hợp", new UserAccess(CHIEF, Set.of("vpubnd", "chanh-van-phong")));

        assertThat(timersOf(instance)).isEmpty();
        assertTimersAsTheStateNeeds(instance);
    }

    private static UserAccess officerOf(String agency) {
        return new UserAccess(agency + "-chuyenvien", Set.of(agency));
    }
}
