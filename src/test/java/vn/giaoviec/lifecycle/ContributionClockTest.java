package vn.giaoviec.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
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
import java.util.Set;
import vn.giaoviec.form.contract.FormContracts;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.register.Transition;
import vn.giaoviec.register.TransitionKind;

/**
 * Coordination as real work (issue 14, item 2): each coordinating agency's request has its own due
 * date (by default giaoviec.lifecycle.contribution-working-days working days from the assignment, or
 * the date the lead agency's leader sets), its own reminder and overdue timers, and an overdue
 * request escalates to the lead agency's leader, again every cycle while it stays unanswered.
 */
@SpringBootTest
@ActiveProfiles("test")
class ContributionClockTest extends LifecycleTestSupport {

    static final LocalDate DUE = LocalDate.of(2030, 6, 28);

    @Autowired JdbcTemplate jdbc;
    @Autowired FormContracts contracts;

    ProcessInstance instance;
    String code;

    @BeforeEach
    void issueTask() {
        setClock(LocalDateTime.of(2030, 3, 1, 9, 0)); // a Friday
        code = issue("snv", List.of("stp", "stc"), "Rà soát thủ tục hành chính", DUE);
        instance = instanceOf(code);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void byDefaultEachRequestIsDueTheConfiguredWorkingDaysAfterTheAssignment() {
        assign(Map.of());

        // 10 working days from Friday 01/03/2030: Friday 15/03/2030, at the end of the day like the task's own due date
        assertThat(contributionDueDates()).containsOnly(at(LocalDateTime.of(2030, 3, 15, 23, 59, 59)));
        assertTimersAsTheStateNeeds(instance);
    }

    @Test
    void theLeaderSetsTheDueDateWhenAssigning() {
        assign(Map.of(Var.CONTRIBUTION_DUE_DATE, "2030-03-20"));

        assertThat(contributionDueDates()).containsOnly(at(LocalDateTime.of(2030, 3, 20, 23, 59, 59)));
        assertThat(runtimeService.getVariable(instance.getId(), Var.CONTRIBUTION_DUE_DATE)).isEqualTo("2030-03-20");
    }

    @Test
    void theLeaderGivesOneAgencyItsOwnDateAndTheOthersTheDateForAll() {
        assign(Map.of(Var.CONTRIBUTION_DUE_DATE, "2030-03-20", Var.CONTRIBUTION_DUE_DATES, org.camunda.spin.plugin.variable
                .SpinValues.jsonValue("[{\"agency\":\"stc\",\"dueDate\":\"2030-04-05\"}]").create()));

        assertThat(contributionOf("stp").getDueDate()).isEqualTo(at(LocalDateTime.of(2030, 3, 20, 23, 59, 59)));
        assertThat(contributionOf("stc").getDueDate()).isEqualTo(at(LocalDateTime.of(2030, 4, 5, 23, 59, 59)));
        assertThat(timersOf(instance)).containsEntry(PlanTaskProcess.EVENT_CONTRIBUTION_OVERDUE + "@stc",
                at(LocalDateTime.of(2030, 4, 6, 0, 0)));
        assertTimersAsTheStateNeeds(instance);
    }

    @Test
    void anOwnDateForAnAgencyNotChosenTwiceOrOutOfBoundsIsRefused() {
        Task assignment = openTask(instance, PlanTaskProcess.ASSIGN);
        UserAccess leader = new UserAccess("snv-lanhdao", Set.of("snv", "snv-lanhdao"));
        Map<String, Object> values = new java.util.HashMap<>(Map.of(Var.OFFICER, "snv-chuyenvien",
                Var.COORDINATING_AGENCIES, List.of("stp", "stc")));

        values.put(Var.CONTRIBUTION_DUE_DATES, "[{\"agency\":\"syt\",\"dueDate\":\"2030-04-05\"}]");
        assertThatThrownBy(() -> contracts.accept(assignment, values, leader))
                .hasMessageContaining("Sở Y tế có hạn riêng nhưng chưa được chọn là cơ quan phối hợp");
        values.put(Var.CONTRIBUTION_DUE_DATES, "[{\"agency\":\"stc\",\"dueDate\":\"2030-04-05\"},"
                + "{\"agency\":\"stc\",\"dueDate\":\"2030-04-08\"}]");
        assertThatThrownBy(() -> contracts.accept(assignment, values, leader))
                .hasMessageContaining("Sở Tài chính có hai hạn riêng; hãy giữ một");
        values.put(Var.CONTRIBUTION_DUE_DATES, "[{\"agency\":\"stc\",\"dueDate\":\"2030-07-01\"}]");
        assertThatThrownBy(() -> contracts.accept(assignment, values, leader))
                .hasMessageContaining("Sở Tài chính: hạn gửi ý kiến phối hợp không được sau thời hạn của nhiệm vụ (28/06/2030)");
        values.put(Var.CONTRIBUTION_DUE_DATES, "[{\"agency\":\"stc\",\"dueDate\":\"2030-04-05\"}]");
        assertThat(contracts.accept(assignment, values, leader)).containsKey(Var.CONTRIBUTION_DUE_DATES);
        assertThat(openTasks(instance, PlanTaskProcess.CONTRIBUTE)).isEmpty();
    }

    @Test
    void aDueDateNotAfterTodayOrAfterTheTasksOwnIsRefused() {
        Task assignment = openTask(instance, PlanTaskProcess.ASSIGN);
        UserAccess leader = new UserAccess("snv-lanhdao", Set.of("snv", "snv-lanhdao"));
        Map<String, Object> values = new java.util.HashMap<>(Map.of(Var.OFFICER, "snv-chuyenvien",
                Var.COORDINATING_AGENCIES, List.of("stp", "stc")));

        values.put(Var.CONTRIBUTION_DUE_DATE, "2030-03-01");
        assertThatThrownBy(() -> contracts.accept(assignment, values, leader))
                .hasMessageContaining("Hạn gửi ý kiến phối hợp phải sau hôm nay (01/03/2030)");
        values.put(Var.CONTRIBUTION_DUE_DATE, "2030-07-01");
        assertThatThrownBy(() -> contracts.accept(assignment, values, leader))
                .hasMessageContaining("Hạn gửi ý kiến phối hợp không được sau thời hạn của nhiệm vụ (28/06/2030)");
        values.put(Var.CONTRIBUTION_DUE_DATE, "2030-06-28");
        assertThat(contracts.accept(assignment, values, leader)).containsKey(Var.CONTRIBUTION_DUE_DATE);
        assertThat(openTasks(instance, PlanTaskProcess.CONTRIBUTE)).isEmpty();
    }

    @Test
    void aReminderThatRunsOnlyOnceTheRequestIsOverdueRecordsNothing() {
        assign(Map.of(Var.CONTRIBUTION_DUE_DATE, "2030-03-20"));

        // the job executor was down from before the reminder until after the due date: all run at once
        passTimeThrough(instance, contributionTimers().stream()
                .filter(j -> activityOf(j).equals(PlanTaskProcess.EVENT_CONTRIBUTION_OVERDUE)).findFirst().orElseThrow());

        assertThat(trail(code)).doesNotContain(TransitionKind.CONTRIBUTION_REMINDED).contains(TransitionKind.CONTRIBUTION_OVERDUE);
        assertTimersAsTheStateNeeds(instance);
    }

    @Test
    void eachRequestHasItsReminderAndOverdueTimersUntilItIsAnswered() {
        assign(Map.of(Var.CONTRIBUTION_DUE_DATE, "2030-03-20"));
        assertThat(contributionTimers()).hasSize(4);
        assertTimersAsTheStateNeeds(instance);

        completeAs("stp-chuyenvien", contributionOf("stp"), Map.of(Var.CONTRIBUTION, "Đồng ý với dự thảo"));

        assertThat(contributionTimers()).hasSize(2);
        assertTimersAsTheStateNeeds(instance);
    }

    @Test
    void anOverdueRequestEscalatesToTheLeadAgencysLeaderAndAgainEveryCycle() {
        assign(Map.of(Var.CONTRIBUTION_DUE_DATE, "2030-03-20"));
        completeAs("stc-chuyenvien", contributionOf("stc"), Map.of(Var.CONTRIBUTION, "Đồng ý với dự thảo"));

        fire(contributionTimer(PlanTaskProcess.EVENT_CONTRIBUTION_REMINDER));
        passTimeThrough(instance, contributionTimer(PlanTaskProcess.EVENT_CONTRIBUTION_OVERDUE));

        assertThat(overdueNotes()).containsExactly("Cơ quan phối hợp Sở Tư pháp chưa gửi ý kiến, quá hạn 20/03/2030");
        // the reminder at 08:00 two working days before (Monday 18/03)
        assertThat(register.transitions(code)).filteredOn(t -> t.kind() == TransitionKind.CONTRIBUTION_REMINDED)
                .extracting(Transition::note).containsExactly("Sở Tư pháp: hạn gửi ý kiến 20/03/2030");
        assertThat(jdbc.queryForList("select recipient from notification where task_code = ? and event = ?",
                String.class, code, "CONTRIBUTION_REMINDER")).containsExactlyInAnyOrder("stp-chuyenvien", "stp-lanhdao");
        assertThat(jdbc.queryForList("select recipient from notification where task_code = ? and event = ?",
                String.class, code, "CONTRIBUTION_OVERDUE"))
                // every leader of the lead agency (other tests of the shared application add leaders to Sở Nội vụ)
                .contains("snv-lanhdao").containsExactlyInAnyOrderElementsOf(identityService.createUserQuery()
                        .memberOfGroup("snv-lanhdao").list().stream().map(org.camunda.bpm.engine.identity.User::getId).toList());
        assertThat(contributionOf("stp").getDueDate()).isEqualTo(at(LocalDateTime.of(2030, 3, 20, 23, 59, 59)));
        assertTimersAsTheStateNeeds(instance);

        passTimeThrough(instance, contributionTimer(PlanTaskProcess.EVENT_CONTRIBUTION_ESCALATION_CYCLE));

        assertThat(overdueNotes()).hasSize(2);
        assertTimersAsTheStateNeeds(instance);

        completeAs("stp-chuyenvien", contributionOf("stp"), Map.of(Var.CONTRIBUTION, "Gửi muộn"));
        assertThat(contributionTimers()).isEmpty();
        assertThat(openTasks(instance, PlanTaskProcess.SUBMIT)).hasSize(1);
        assertTimersAsTheStateNeeds(instance);
        assertRegisterAgreesWithEngine(instance);
    }

    private void assign(Map<String, Object> more) {
        Map<String, Object> values = new java.util.HashMap<>(Map.of(Var.OFFICER, "snv-chuyenvien",
                Var.COORDINATING_AGENCIES, List.of("stp", "stc")));
        values.putAll(more);
        completeAs("snv-lanhdao", openTask(instance, PlanTaskProcess.ASSIGN), values);
    }

    private List<java.util.Date> contributionDueDates() {
        List<Task> tasks = openTasks(instance, PlanTaskProcess.CONTRIBUTE);
        assertThat(tasks).hasSize(2);
        return tasks.stream().map(Task::getDueDate).toList();
    }

    private Task contributionOf(String agency) {
        return openTasks(instance, PlanTaskProcess.CONTRIBUTE).stream()
                .filter(t -> agency.equals(taskService.getVariable(t.getId(), Var.COORDINATING_AGENCY)))
                .findFirst().orElseThrow();
    }

    private List<org.camunda.bpm.engine.runtime.Job> contributionTimers() {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
                .filter(j -> contributionTimerIds().contains(activityOf(j))).toList();
    }

    private org.camunda.bpm.engine.runtime.Job contributionTimer(String activityId) {
        List<org.camunda.bpm.engine.runtime.Job> jobs = contributionTimers().stream()
                .filter(j -> activityOf(j).equals(activityId)).toList();
        assertThat(jobs).as("timers at %s", activityId).hasSize(1);
        return jobs.get(0);
    }

    private static List<String> contributionTimerIds() {
        return List.of(PlanTaskProcess.EVENT_CONTRIBUTION_REMINDER, PlanTaskProcess.EVENT_CONTRIBUTION_OVERDUE,
                PlanTaskProcess.EVENT_CONTRIBUTION_ESCALATION_CYCLE);
    }

    private String activityOf(org.camunda.bpm.engine.runtime.Job job) {
        return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult().getActivityId();
    }

    private List<String> overdueNotes() {
        return register.transitions(code).stream().filter(t -> t.kind() == TransitionKind.CONTRIBUTION_OVERDUE)
                .map(Transition::note).toList();
    }
}
