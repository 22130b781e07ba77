package vn.giaoviec.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.identity.UserAccess;

import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskPhase;
import vn.giaoviec.register.TaskStatus;
import vn.giaoviec.register.Transition;
import vn.giaoviec.register.TransitionKind;

/** One test per path through bpmn/nhiem-vu.bpmn; time is moved with the engine clock, never slept. */
@SpringBootTest
@ActiveProfiles("test")
class PlanTaskLifecycleTest extends LifecycleTestSupport {

    static final LocalDate DUE = LocalDate.of(2030, 3, 29); // a Friday
    static final String SNV_LEADER = "snv-lanhdao";
    static final String SNV_OFFICER = "snv-chuyenvien";
    static final String CHIEF = "chanhvanphong";

    @Autowired ProcessEngine processEngine;
    @Autowired TaskActions actions;

    String code;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        setClock(LocalDateTime.of(2030, 3, 1, 9, 0));
        code = newCode();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void approvedFirstTimeClosesOnTime() {
        ProcessInstance instance = start(task(code, "snv", List.of(), DUE));
        assertThat(instance).isWaitingAt(PlanTaskProcess.ASSIGN);
        assertThat(openTask(instance, PlanTaskProcess.ASSIGN)).hasCandidateGroup("snv-lanhdao");
        assertRegisterAgreesWithEngine(instance);

        assign(instance, List.of());
        assertThat(openTask(instance, PlanTaskProcess.SUBMIT)).isAssignedTo(SNV_OFFICER);
        submit(instance);
        review(instance, true, null);

        assertThat(instance).isEnded().hasPassed(PlanTaskProcess.CLOSE, PlanTaskProcess.END_CLOSED)
                .hasNotPassed(PlanTaskProcess.CONTRIBUTE);
        RegisterEntry entry = register.get(code);
        assertThat(entry.status()).isEqualTo(TaskStatus.DONE_ON_TIME);
        assertThat(entry.completedDate()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(trail(code)).contains(TransitionKind.ISSUED, TransitionKind.ASSIGNED, TransitionKind.SUBMITTED,
                TransitionKind.APPROVED, TransitionKind.CLOSED);
        assertRegisterAgreesWithEngine(instance);
    }

    @Test
    void returnedProductGoesBackToOfficerWithReasonThenApproved() {
        ProcessInstance instance = start(task(code, "snv", List.of(), DUE));
        assign(instance, List.of());
        submit(instance);
        review(instance, false, "Thiếu số liệu quý I");

        assertThat(instance).isWaitingAt(PlanTaskProcess.SUBMIT);
        assertThat(openTask(instance, PlanTaskProcess.SUBMIT)).isAssignedTo(SNV_OFFICER);
        assertThat(taskService.getVariable(openTask(instance, PlanTaskProcess.SUBMIT).getId(), Var.RETURN_REASON))
                .isEqualTo("Thiếu số liệu quý I");
        assertThat(register.get(code).phase()).isEqualTo(TaskPhase.SUBMIT);
        assertRegisterAgreesWithEngine(instance);

        submit(instance);
        review(instance, false, "Sai thể thức");
        submit(instance);
        review(instance, true, null);
        assertThat(instance).isEnded();
        assertThat(register.transitions(code)).filteredOn(t -> t.kind() == TransitionKind.RETURNED)
                .extracting(Transition::note).containsExactly("Thiếu số liệu quý I", "Sai thể thức");
        assertRegisterAgreesWithEngine(instance);
    }

    @Test
    void eachCoordinatingAgencyGetsItsOwnRequestBeforeTheDueDate() {
        ProcessInstance instance = start(task(code, "snv", List.of("stp", "stc"), DUE));
        assign(instance, List.of("stp", "stc"));

        List<Task> requests = openTasks(instance, PlanTaskProcess.CONTRIBUTE);
        assertThat(requests).hasSize(2);
        // by default 10 working days from the assignment (Friday 01/03/2030), sooner than 5 before the task's
        assertThat(requests).allSatisfy(t ->
                assertThat(t.getDueDate()).isEqualTo(at(LocalDateTime.of(2030, 3, 15, 23, 59, 59))));
        assertThat(register.get(code).phase()).isEqualTo(TaskPhase.COORDINATE);
        assertRegisterAgreesWithEngine(instance);

        contribute(instance, "stp-chuyenvien", "Sở Tư pháp góp ý dự thảo");
        contribute(instance, "stc-lanhdao", "Sở Tài chính thống nhất kinh phí");

        assertThat(instance).isWaitingAt(PlanTaskProcess.SUBMIT);
        String summary = (String) runtimeService.getVariable(instance.getId(), Var.CONTRIBUTIONS);
        assertThat(summary).contains("Sở Tư pháp", "góp ý dự thảo", "Sở Tài chính", "thống nhất kinh phí");
        assertThat(trail(code)).filteredOn(k -> k == TransitionKind.CONTRIBUTION).hasSize(2);
        assertRegisterAgreesWithEngine(instance);
    }

    @Test
    void leaderCanDropTheCoordinatorsAndCoordinationIsSkipped() {
        ProcessInstance instance = start(task(code, "snv", List.of("stp"), DUE));
        assign(instance, List.of());
        assertThat(instance).isWaitingAt(PlanTaskProcess.SUBMIT).hasNotPassed(PlanTaskProcess.CONTRIBUTE);
        assertRegisterAgreesWithEngine(instance);
    }

    @Test
    void reminderFiresFiveWorkingDaysBeforeTheDueDate() {
        ProcessInstance instance = start(task(code, "snv", List.of(), DUE));
        Job reminder = timer(instance, PlanTaskProcess.EVENT_REMINDER);
        assertThat(reminder.getDuedate()).isEqualTo(at(LocalDateTime.of(2030, 3, 22, 8, 0)));

        fire(reminder);

        assertThat(instance).hasPassed(PlanTaskProcess.REMIND).isWaitingAt(PlanTaskProcess.ASSIGN);
        assertThat(trail(code)).contains(TransitionKind.REMINDED);
        assertThat(register.get(code).status()).isEqualTo(TaskStatus.IN_PROGRESS_ON_TIME);
        assertRegisterAgreesWithEngine(instance);
    }

    @Test
    void overdueTaskEscalatesToChiefOfOfficeWhoUrges() {
        ProcessInstance instance = start(task(code, "snv", List.of(), DUE));
        Job overdue = timer(instance, PlanTaskProcess.EVENT_OVERDUE);
        assertThat(overdue.getDuedate()).isEqualTo(at(LocalDateTime.of(2030, 3, 30, 0, 0)));

        fire(overdue);

        Task escalation = openTask(instance, PlanTaskProcess.HANDLE_OVERDUE);
        assertThat(escalation).hasCandidateGroup("chanh-van-phong");
        assertThat(register.get(code).status()).isEqualTo(TaskStatus.IN_PROGRESS_OVERDUE);
        assertRegisterAgreesWithEngine(instance);

        completeAs(CHIEF, escalation, Map.of(Var.OVERDUE_ACTION, "URGE", Var.URGE_NOTE, "Đề nghị hoàn thành ngay"));

        assertThat(instance).hasPassed(PlanTaskProcess.RECORD_URGE).isWaitingAt(PlanTaskProcess.ASSIGN,
                PlanTaskProcess.EVENT_ESCALATION_CYCLE);
        assertThat(register.transitions(code)).filteredOn(t -> t.kind() == TransitionKind.URGED)
                .extracting(Transition::actor, Transition::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CHIEF, "Đề nghị hoàn thành ngay"));
        assertRegisterAgreesWithEngine(instance);
    }

    @Test
    void overdueTaskRequestExplanationIsAnsweredByTheLeadAgencysLeader() {
        ProcessInstance instance = start(task(code, "snv", List.of(), DUE));
        fire(timer(instance, PlanTaskProcess.EVENT_OVERDUE));
        completeAs(CHIEF, openTask(instance, PlanTaskProcess.HANDLE_OVERDUE), Map.of(Var.OVERDUE_ACTION, "EXPLAIN"));

        Task explain = openTask(instance, PlanTaskProcess.EXPLAIN);
        assertThat(explain).hasCandidateGroup("snv-lanhdao");
        completeAs(SNV_LEADER, explain, Map.of(Var.EXPLANATION, "Chờ ý kiến Bộ Nội vụ"));

        assertThat(instance).hasPassed(PlanTaskProcess.EXPLAIN).isWaitingAt(PlanTaskProcess.ASSIGN,
                PlanTaskProcess.EVENT_ESCALATION_CYCLE);
        assertThat(trail(code)).contains(TransitionKind.EXPLANATION_REQUESTED, TransitionKind.EXPLAINED);
        assertThat(register.get(code).status()).isEqualTo(TaskStatus.IN_PROGRESS_OVERDUE);
        assertRegisterAgreesWithEngine(instance);
    }

    @Test
    void overdueTaskGrantedNewDueDateMovesItsTimersAndTasks() {
        ProcessInstance instance = start(task(code, "snv", List.of(), DUE));
        assign(instance, List.of());
        fire(timer(instance, PlanTaskProcess.EVENT_OVERDUE));
        completeAs(CHIEF, openTask(instance, PlanTaskProcess.HANDLE_OVERDUE),
                Map.of(Var.OVERDUE_ACTION, "NEW_DATE", Var.NEW_DUE_DATE, "2030-04-26"));

        RegisterEntry entry = register.get(code);
        assertThat(entry.dueDate()).isEqualTo(LocalDate.of(2030, 4, 26));
        assertThat(entry.originalDueDate()).isEqualTo(DUE);
        assertThat(entry.status()).isEqualTo(TaskStatus.IN_PROGRESS_ON_TIME);
        assertThat(timer(instance, PlanTaskProcess.EVENT_OVERDUE).getDuedate())
                .isEqualTo(at(LocalDateTime.of(2030, 4, 27, 0, 0)));
        assertThat(timer(instance, PlanTaskProcess.EVENT_REMINDER).getDuedate())
                .isEqualTo(at(LocalDateTime.of(2030, 4, 19, 8, 0)));
        assertThat(openTask(instance, PlanTaskProcess.SUBMIT).getDueDate())
                .isEqualTo(at(LocalDateTime.of(2030, 4, 26, 23, 59, 59)));
        assertRegisterAgreesWithEngine(instance);
    }

    @Test
    void extensionRequestedAndRefusedChangesNothing() {
        ProcessInstance instance = start(task(code, "snv", List.of(), DUE));
        Job overdueBefore = timer(instance, PlanTaskProcess.EVENT_OVERDUE);
        actions.requestExtension(code, LocalDate.of(2030, 4, 30), "Chờ số liệu của Bộ", officerOf("snv"));

        Task decision = openTask(instance, PlanTaskProcess.DECIDE_EXTENSION);
        assertThat(decision).hasCandidateGroup("chanh-van-phong");
        completeAs(CHIEF, decision, Map.of(Var.EXTENSION_APPROVED, "false", Var.DECISION_NOTE, "Không có căn cứ"));

        assertThat(instance).hasPassed(PlanTaskProcess.END_EXTENSION_REFUSED).isWaitingAt(PlanTaskProcess.ASSIGN);
        assertThat(register.get(code).dueDate()).isEqualTo(DUE);
        assertThat(timer(instance, PlanTaskProcess.EVENT_OVERDUE).getDuedate()).isEqualTo(overdueBefore.getDuedate());
        assertThat(trail(code)).contains(TransitionKind.EXTENSION_REQUESTED, TransitionKind.EXTENSION_REFUSED);
        assertRegisterAgreesWithEngine(instance);
    }

    @Test
    void extensionGrantedMovesEveryTimer() {
        ProcessInstance instance = start(task(code, "snv", List.of(), DUE));
        actions.requestExtension(code, LocalDate.of(2030, 4, 30), "Chờ số liệu của Bộ", officerOf("snv"));
        completeAs(CHIEF, openTask(instance, PlanTaskProcess.DECIDE_EXTENSION),
                Map.of(Var.EXTENSION_APPROVED, "true", Var.NEW_DUE_DATE, "2030-04-26"));

        assertThat(register.get(code).dueDate()).isEqualTo(LocalDate.of(2030, 4, 26));
        assertThat(timer(instance, PlanTaskProcess.EVENT_OVERDUE).getDuedate())
                .isEqualTo(at(LocalDateTime.of(2030, 4, 27, 0, 0)));
        assertThat(timer(instance, PlanTaskProcess.EVENT_REMINDER).getDuedate())
                .isEqualTo(at(LocalDateTime.of(2030, 4, 19, 8, 0)));
        assertThat(openTask(instance, PlanTaskProcess.ASSIGN).getDueDate())
                .isEqualTo(at(LocalDateTime.of(2030, 4, 26, 23, 59, 59)));
        assertRegisterAgreesWithEngine(instance);
    }

    @Test
    void withdrawnTaskEndsEverywhereWithItsTimers() {
        ProcessInstance instance = start(task(code, "snv", List.of("stp"), DUE));
        assign(instance, List.of("stp"));
        actions.withdraw(code, "Nhiệm vụ không còn phù hợp", chief());

        assertThat(instance).isEnded().hasPassed(PlanTaskProcess.END_WITHDRAWN).hasNotPassed(PlanTaskProcess.CLOSE);
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        RegisterEntry entry = register.get(code);
        assertThat(entry.status()).isEqualTo(TaskStatus.WITHDRAWN);
        assertThat(register.transitions(code)).last().extracting(Transition::note).isEqualTo("Nhiệm vụ không còn phù hợp");
        assertRegisterAgreesWithEngine(instance);
    }

    @Test
    void escalationRepeatsEachCycleHandledOrNotButNeverDuplicatesAnOpenOne() {
        ProcessInstance instance = start(task(code, "snv", List.of(), DUE));
        passTimeThrough(instance, timer(instance, PlanTaskProcess.EVENT_OVERDUE));
        // nobody handles it for two months: escalated again once its cycle ran out, still one open escalation;
        // 1/6/2030 is a Saturday, so the next cycle (5 working days) falls on Friday 7/6
        setClock(LocalDateTime.of(2030, 6, 1, 9, 0));
        runDueJobs(instance);
        assertThat(openTasks(instance, PlanTaskProcess.HANDLE_OVERDUE)).hasSize(1);
        assertThat(register.get(code).escalationCount()).isEqualTo(2);

        completeAs(CHIEF, openTask(instance, PlanTaskProcess.HANDLE_OVERDUE), Map.of(Var.OVERDUE_ACTION, "URGE"));
        Job cycle = timer(instance, PlanTaskProcess.EVENT_ESCALATION_CYCLE);
        assertThat(cycle.getDuedate()).isEqualTo(at(LocalDateTime.of(2030, 6, 7, 8, 0)));
        assertThat(openTasks(instance, PlanTaskProcess.HANDLE_OVERDUE)).isEmpty();
        fire(cycle);

        assertThat(openTasks(instance, PlanTaskProcess.HANDLE_OVERDUE)).hasSize(1);
        assertThat(register.get(code).escalationCount()).isEqualTo(3);
        assertThat(trail(code)).filteredOn(k -> k == TransitionKind.ESCALATED).hasSize(3);
        assertRegisterAgreesWithEngine(instance);
    }

    @Test
    void reminderAcrossTetCountsOnlyWorkingDays() {
        setClock(LocalDateTime.of(2024, 1, 2, 9, 0));
        // Tết Giáp Thìn: 8–14/02/2024 off; five working days before Friday 16/02 reach back to 02/02
        ProcessInstance instance = start(task(code, "snv", List.of(), LocalDate.of(2024, 2, 16)));
        assertThat(timer(instance, PlanTaskProcess.EVENT_REMINDER).getDuedate())
                .isEqualTo(at(LocalDateTime.of(2024, 2, 2, 8, 0)));
        assertThat(timer(instance, PlanTaskProcess.EVENT_OVERDUE).getDuedate())
                .isEqualTo(at(LocalDateTime.of(2024, 2, 17, 0, 0)));
    }

    @Test
    void dueDateOnAHolidayMovesToTheNextWorkingDay() {
        setClock(LocalDateTime.of(2024, 1, 2, 9, 0));
        ProcessInstance instance = start(task(code, "snv", List.of(), LocalDate.of(2024, 2, 10)));
        assertThat(register.get(code).dueDate()).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(register.get(code).originalDueDate()).isEqualTo(LocalDate.of(2024, 2, 10));
        assertRegisterAgreesWithEngine(instance);
    }

    @Test
    void historyKeepsTheDueDateButNotTheDerivedInstantsOrFormOptions() {
        ProcessInstance instance = start(task(code, "snv", List.of(), DUE));
        List<String> kept = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .list().stream().map(v -> v.getName()).toList();
        assertThat(kept).contains(Var.DUE_DATE, Var.TITLE, Var.LEAD_AGENCY)
                .doesNotContainAnyElementsOf(PlanTaskProcess.ENGINE_ONLY_VARIABLES);
        assertThat(runtimeService.getVariables(instance.getId()).keySet()).containsAll(PlanTaskProcess.ENGINE_ONLY_VARIABLES);
    }

    @Test
    void sameTaskCodeIsNotIssuedTwice() {
        start(task(code, "snv", List.of(), DUE));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> start(task(code, "snv", List.of(), DUE)))
                .isInstanceOf(DuplicateTaskException.class).hasMessageContaining(code);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isOne();
    }

    private void assign(ProcessInstance instance, List<String> coordinators) {
        completeAs(SNV_LEADER, openTask(instance, PlanTaskProcess.ASSIGN),
                Map.of(Var.OFFICER, SNV_OFFICER, Var.COORDINATING_AGENCIES, coordinators));
    }

    private void contribute(ProcessInstance instance, String user, String text) {
        String agency = user.substring(0, user.indexOf('-'));
        Task request = openTasks(instance, PlanTaskProcess.CONTRIBUTE).stream()
                .filter(t -> agency.equals(taskService.getVariable(t.getId(), Var.COORDINATING_AGENCY)))
                .findFirst().orElseThrow();
        assertThat(request).hasCandidateGroup(agency);
        completeAs(user, request, Map.of(Var.CONTRIBUTION, text));
    }

    private void submit(ProcessInstance instance) {
        completeAs(SNV_OFFICER, openTask(instance, PlanTaskProcess.SUBMIT), Map.of(Var.DOCUMENT_NUMBER, "12/KH-SNV",
                Var.DOCUMENT_DATE, "2030-03-10", Var.PRODUCT_SUMMARY, "Kế hoạch kiểm tra CCHC"));
    }

    private void review(ProcessInstance instance, boolean approved, String reason) {
        Map<String, Object> values = new java.util.HashMap<>(Map.of(Var.PRODUCT_APPROVED, approved));
        if (reason != null) {
            values.put(Var.RETURN_REASON, reason);
        }
        completeAs(SNV_LEADER, openTask(instance, PlanTaskProcess.REVIEW), values);
    }

    private static UserAccess officerOf(String agency) {
        return new UserAccess(agency + "-chuyenvien", java.util.Set.of(agency));
    }

    private static UserAccess chief() {
        return new UserAccess(CHIEF, java.util.Set.of("vpubnd", "vpubnd-lanhdao", "chanh-van-phong"));
    }
}
