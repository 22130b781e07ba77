package vn.giaoviec.lifecycle;

import vn.giaoviec.deadline.DeadlineKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.lifecycle.coordination.ContributionClock;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskPhase;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.register.TaskStatus;
import vn.giaoviec.register.Transition;
import vn.giaoviec.register.TransitionKind;

/** Fixtures for lifecycle tests: start a task, move the engine clock, complete steps as a user. */
public abstract class LifecycleTestSupport {

    protected static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired protected TaskLauncher launcher;
    @Autowired protected TaskRegister register;
    @Autowired protected RuntimeService runtimeService;
    @Autowired protected TaskService taskService;
    @Autowired protected ManagementService managementService;
    @Autowired protected HistoryService historyService;
    @Autowired protected IdentityService identityService;
    @Autowired protected ProvinceClock clock;
    @Autowired protected DeadlineSchedule deadlineSchedule;
    @Autowired protected ContributionClock contributionClock;

    protected static void setClock(LocalDateTime localTime) {
        ClockUtil.setCurrentTime(Date.from(localTime.atZone(VIETNAM).toInstant()));
    }

    protected static Date at(LocalDateTime localTime) {
        return Date.from(localTime.atZone(VIETNAM).toInstant());
    }

    protected static String newCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected NewTask task(String code, String lead, List<String> coordinators, LocalDate due) {
        return new NewTask(code, null, null, null, "Xây dựng kế hoạch kiểm tra CCHC", "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", lead,
                coordinators, "Kế hoạch được ban hành", "Quý I/2030", due, DeadlineKind.FIXED);
    }

    /** Codes issued through {@link #issue}: their lifecycles end with the test, so no other test meets their work. */
    private final List<String> issued = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void endIssuedLifecycles() {
        for (String code : issued) {
            ProcessInstance instance = instanceOf(code);
            if (instance != null) {
                runtimeService.deleteProcessInstance(instance.getId(), "Kết thúc kiểm thử", true, true);
            }
        }
        issued.clear();
    }

    /** Issues a task of its own with this title and due date; its code. Its lifecycle ends with the test. */
    protected String issue(String lead, List<String> coordinators, String title, LocalDate due) {
        String code = newCode();
        issued.add(code);
        launcher.start(new NewTask(code, null, null, null, title, "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", lead, coordinators,
                "Kế hoạch được ban hành", "Năm " + due.getYear(), due, DeadlineKind.FIXED), "demo");
        return code;
    }

    protected ProcessInstance start(NewTask task) {
        String id = launcher.start(task, "demo");
        return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    protected Task openTask(ProcessInstance instance, String activityId) {
        List<Task> tasks = openTasks(instance, activityId);
        assertThat(tasks).as("open tasks at %s", activityId).hasSize(1);
        return tasks.get(0);
    }

    protected List<Task> openTasks(ProcessInstance instance, String activityId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).list();
    }

    /** Completes a task as the given user would in Tasklist (authenticated, with the form's values). */
    protected void completeAs(String userId, Task task, Map<String, Object> formValues) {
        identityService.setAuthentication(userId, identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(g -> g.getId()).toList());
        try {
            taskService.complete(task.getId(), formValues);
        } finally {
            identityService.clearAuthentication();
        }
    }

    protected ProcessInstance instanceOf(String taskCode) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanTaskProcess.KEY)
                .processInstanceBusinessKey(taskCode).singleResult();
    }

    /** The lead agency's leader assigns its officer, who submits the product; the leader approves it. */
    protected void finishOnTime(String code, String agency) {
        ProcessInstance instance = instanceOf(code);
        String leader = agency + "-lanhdao";
        String officer = agency + "-chuyenvien";
        completeAs(leader, openTask(instance, PlanTaskProcess.ASSIGN),
                Map.of(PlanTaskProcess.Var.OFFICER, officer, PlanTaskProcess.Var.COORDINATING_AGENCIES, List.of()));
        completeAs(officer, openTask(instance, PlanTaskProcess.SUBMIT), Map.of(
                PlanTaskProcess.Var.DOCUMENT_NUMBER, "1/KH-" + agency.toUpperCase(),
                PlanTaskProcess.Var.DOCUMENT_DATE, clock.today().toString(),
                PlanTaskProcess.Var.PRODUCT_SUMMARY, "Kế hoạch"));
        completeAs(leader, openTask(instance, PlanTaskProcess.REVIEW), Map.of(PlanTaskProcess.Var.PRODUCT_APPROVED, true));
        assertThat(register.get(code).status()).isEqualTo(TaskStatus.DONE_ON_TIME);
    }

    protected Job timer(ProcessInstance instance, String activityId) {
        List<Job> jobs = managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).timers().list();
        assertThat(jobs).as("timers at %s", activityId).hasSize(1);
        return jobs.get(0);
    }

    /** Moves the clock to the job's due date and runs it, as the job executor would. */
    protected void fire(Job job) {
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
        managementService.executeJob(job.getId());
    }

    /**
     * Time passes up to just after the job's due date: every job of the instance due by then runs, in
     * the order of their due dates, as the job executor would have run them.
     */
    protected void passTimeThrough(ProcessInstance instance, Job job) {
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
        runDueJobs(instance);
    }

    /** Runs every job of the instance due now, earliest first, including jobs the ones before create. */
    protected void runDueJobs(ProcessInstance instance) {
        for (int i = 0; i < 100; i++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(instance.getId()).executable()
                    .orderByJobDuedate().asc().listPage(0, 1);
            if (due.isEmpty()) {
                return;
            }
            managementService.executeJob(due.get(0).getId());
        }
        throw new AssertionError("jobs keep falling due: a timer loop?");
    }

    protected List<String> passedActivities(ProcessInstance instance) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .orderPartiallyByOccurrence().asc().list().stream().map(HistoricActivityInstance::getActivityId).toList();
    }

    /** What the register and the engine hold for this task now (see {@link EngineView}). */
    protected EngineView engineView(ProcessInstance instance) {
        String code = register.findByProcessInstance(instance.getId()).orElseThrow().taskCode();
        return engineViews().of(List.of(code)).get(code);
    }

    protected EngineViews engineViews() {
        return new EngineViews(register, runtimeService, taskService, managementService, historyService);
    }

    /** The register must say what the engine says: phase, due date, and the status computed from them. */
    protected void assertRegisterAgreesWithEngine(ProcessInstance instance) {
        assertRegisterAgreesWithEngine(engineView(instance));
    }

    protected void assertRegisterAgreesWithEngine(EngineView view) {
        RegisterEntry entry = view.entry();
        if (view.running()) {
            assertThat(entry.phase()).isNotIn(TaskPhase.CLOSED, TaskPhase.WITHDRAWN);
            List<TaskPhase> openPhases = view.open().stream().map(t -> PlanTaskProcess.phaseOf(t.getTaskDefinitionKey()))
                    .filter(p -> p != null).distinct().toList();
            if (!openPhases.isEmpty()) {
                assertThat(openPhases).containsExactly(entry.phase());
            }
            assertThat(entry.dueDate()).hasToString(view.engineDueDate());
        } else {
            assertThat(entry.phase()).isEqualTo(view.endedWithdrawn() ? TaskPhase.WITHDRAWN : TaskPhase.CLOSED);
        }
        if (entry.status() != TaskStatus.WITHDRAWN) {
            assertThat(entry.status()).isEqualTo(TaskStatus.of(entry.dueDate(), entry.completedDate(), clock.today()));
        }
    }

    /**
     * The timers a task needs in the state the register and its open work show, by timer id: none once
     * it ended; while it is in time, the overdue timer at the end of its due date and the reminder
     * timer if the reminder lies ahead; once overdue, exactly one timer that escalates it again — the
     * deadline of the open escalation or explanation request, or else the next cycle. Assumes every
     * job due by now has run (as the job executor would have done). Cycle dates: see
     * {@link #assertTimersAsTheStateNeeds}.
     */
    protected Map<String, Date> timersTheStateNeeds(ProcessInstance instance) {
        return timersTheStateNeeds(engineView(instance));
    }

    protected Map<String, Date> timersTheStateNeeds(EngineView view) {
        Map<String, Date> needed = new java.util.TreeMap<>();
        if (!view.running()) {
            return needed;
        }
        RegisterEntry entry = view.entry();
        List<Task> open = view.open();
        open.stream().filter(t -> t.getTaskDefinitionKey().equals(PlanTaskProcess.CONTRIBUTE))
                .forEach(t -> needed.putAll(timersTheRequestNeeds(t)));
        if (entry.status() == TaskStatus.IN_PROGRESS_OVERDUE) {
            Task escalation = open.stream().filter(t -> t.getTaskDefinitionKey().equals(PlanTaskProcess.HANDLE_OVERDUE)
                    || t.getTaskDefinitionKey().equals(PlanTaskProcess.EXPLAIN)).findFirst().orElse(null);
            if (escalation == null) {
                needed.put(PlanTaskProcess.EVENT_ESCALATION_CYCLE, null);
            } else {
                needed.put(escalation.getTaskDefinitionKey().equals(PlanTaskProcess.HANDLE_OVERDUE)
                        ? PlanTaskProcess.EVENT_ESCALATION_IGNORED : PlanTaskProcess.EVENT_EXPLANATION_MISSING,
                        escalation.getDueDate());
            }
            return needed;
        }
        needed.put(PlanTaskProcess.EVENT_OVERDUE, at(entry.dueDate().plusDays(1).atStartOfDay()));
        Date reminderAt = deadlineSchedule.of(entry.dueDate()).reminderAt();
        if (reminderAt.after(ClockUtil.getCurrentTime())) {
            needed.put(PlanTaskProcess.EVENT_REMINDER, reminderAt);
        }
        return needed;
    }

    /**
     * The timers of one coordinating agency's open request (keyed "timer@agency"): before its due date
     * has passed, the overdue timer at midnight after it and the reminder if it lies ahead; after, the
     * one timer that tells the lead agency's leader again.
     */
    private Map<String, Date> timersTheRequestNeeds(Task request) {
        Map<String, Date> needed = new java.util.TreeMap<>();
        String agency = "@" + coordinatingAgencyOf(request.getExecutionId());
        LocalDate due = LocalDate.ofInstant(request.getDueDate().toInstant(), VIETNAM);
        var schedule = contributionClock.of(due);
        if (!schedule.overdueAt().after(ClockUtil.getCurrentTime())) {
            needed.put(PlanTaskProcess.EVENT_CONTRIBUTION_ESCALATION_CYCLE + agency, null);
            return needed;
        }
        needed.put(PlanTaskProcess.EVENT_CONTRIBUTION_OVERDUE + agency, schedule.overdueAt());
        if (schedule.reminderAt().after(ClockUtil.getCurrentTime())) {
            needed.put(PlanTaskProcess.EVENT_CONTRIBUTION_REMINDER + agency, schedule.reminderAt());
        }
        return needed;
    }

    /** The coordinating agencies of executions: an execution's agency never changes, so each is read once. */
    private final Map<String, String> agencyOfExecution = new java.util.HashMap<>();

    /** The coordinating agency whose request this execution (a contribution's task or timer) belongs to. */
    protected String coordinatingAgencyOf(String executionId) {
        return agencyOfExecution.computeIfAbsent(executionId,
                id -> (String) runtimeService.getVariable(id, PlanTaskProcess.Var.COORDINATING_AGENCY));
    }

    private static final java.util.Set<String> REQUEST_TIMERS = java.util.Set.of(
            PlanTaskProcess.EVENT_CONTRIBUTION_REMINDER, PlanTaskProcess.EVENT_CONTRIBUTION_OVERDUE,
            PlanTaskProcess.EVENT_CONTRIBUTION_ESCALATION_CYCLE);

    /**
     * The instance's timers, by timer id, a coordinating agency's as "timer@agency" (a second timer with
     * the same key shows as a failure).
     */
    protected Map<String, Date> timersOf(ProcessInstance instance) {
        return timersOf(managementService.createJobQuery().processInstanceId(instance.getId()).timers().list());
    }

    protected Map<String, Date> timersOf(List<Job> jobs) {
        Map<String, Date> timers = new java.util.TreeMap<>();
        for (Job job : jobs) {
            String activityId = activityOfJobDefinition(job.getJobDefinitionId());
            if (REQUEST_TIMERS.contains(activityId)) {
                activityId += "@" + coordinatingAgencyOf(job.getExecutionId());
            }
            assertThat(timers).as("a second timer at %s", activityId).doesNotContainKey(activityId);
            timers.put(activityId, job.getDuedate());
        }
        return timers;
    }

    /**
     * Every open task has exactly the timers its state needs, at the right dates; a cycle timer lies
     * ahead, at most one cycle (plus holidays) from now.
     */
    protected void assertTimersAsTheStateNeeds(ProcessInstance instance) {
        assertTimersAsTheStateNeeds(engineView(instance));
    }

    protected void assertTimersAsTheStateNeeds(EngineView view) {
        Map<String, Date> needed = timersTheStateNeeds(view);
        Map<String, Date> actual = timersOf(view.timers());
        assertThat(actual.keySet()).as("timers of %s", view.entry().taskCode()).isEqualTo(needed.keySet());
        needed.forEach((id, date) -> {
            if (date == null) {
                assertThat(actual.get(id)).as("next cycle").isAfter(ClockUtil.getCurrentTime())
                        .isBefore(new Date(ClockUtil.getCurrentTime().getTime() + 30L * 24 * 3600 * 1000));
            } else {
                assertThat(actual.get(id)).as("timer %s", id).isEqualTo(date);
            }
        });
    }

    /** Job definitions do not change while a deployment stands: each is looked up once. */
    private final Map<String, String> jobDefinitionActivities = new java.util.HashMap<>();

    private String activityOfJobDefinition(String jobDefinitionId) {
        return jobDefinitionActivities.computeIfAbsent(jobDefinitionId, id -> managementService
                .createJobDefinitionQuery().jobDefinitionId(id).singleResult().getActivityId());
    }

    protected List<TransitionKind> trail(String code) {
        return register.transitions(code).stream().map(Transition::kind).toList();
    }
}
