package vn.giaoviec.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.engine.AgencyCodes;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskClosedException;
import vn.giaoviec.register.Transition;
import vn.giaoviec.register.TransitionKind;
import vn.giaoviec.security.AccessPolicy;

/**
 * The randomized lifecycle test (issue 14): random sequences of the real actions on three tasks —
 * assign (with a random choice of coordinators), contribute, submit, return, approve, request and
 * decide extensions, handle escalations, explain, withdraw, and time passing (with every job due by
 * then run, earliest first, as the job executor would) — checking after every step that the register
 * says what the engine says, that every open task has exactly the timers its state needs, that no
 * agency outside a task can see it, and that every person's step in the history names its actor.
 * <p>
 * Each run plays {@code giaoviec.random.tries} sequences (4 in {@code ./mvnw verify}) of
 * {@code giaoviec.random.steps} steps, each sequence drawn from its own seed; a failure names the seed and
 * the step, and {@code -Dgiaoviec.random.seed=<seed> -Dgiaoviec.random.tries=1} replays it. A longer run:
 * {@code -Dgiaoviec.random.tries=50 -Dgiaoviec.random.steps=200}.
 * Seeds that found bugs are kept as named tests in {@link RandomLifecycleFindingsTest}.
 */
@SpringBootTest
@ActiveProfiles("test")
class RandomLifecycleTest extends LifecycleTestSupport {

    static final int STEPS = Integer.getInteger("giaoviec.random.steps", 60);
    static final int TRIES = Integer.getInteger("giaoviec.random.tries", 8);
    /** How often each action is drawn, out of their sum. */
    static final Map<Action, Integer> WEIGHTS = weights();
    static final Set<Action> ONLY_WHEN_DRAWN = Set.of(Action.TIME_PASSES, Action.WITHDRAW);
    static final List<List<String>> PLAN_COORDINATORS = List.of(List.of("stp"), List.of(), List.of("stp", "stc"));
    static final List<String> CANDIDATE_COORDINATORS = List.of("stp", "stc", "skhdt");
    static final Set<TransitionKind> PERSONS_STEPS = Set.of(TransitionKind.ISSUED, TransitionKind.ASSIGNED,
            TransitionKind.CONTRIBUTION, TransitionKind.SUBMITTED, TransitionKind.RETURNED, TransitionKind.APPROVED,
            TransitionKind.URGED, TransitionKind.EXPLAINED, TransitionKind.EXTENSION_REQUESTED,
            TransitionKind.EXTENSION_REFUSED, TransitionKind.DUE_DATE_CHANGED, TransitionKind.WITHDRAWN,
            TransitionKind.CONTRIBUTION_ASSIGNED, TransitionKind.COORDINATION_CLOSED);

    enum Action { ASSIGN, CONTRIBUTE, ASSIGN_CONTRIBUTOR, CLOSE_COORDINATION, SUBMIT, REVIEW, REQUEST_EXTENSION,
        DECIDE_EXTENSION, HANDLE_OVERDUE, EXPLAIN, WITHDRAW, TIME_PASSES }

    record Step(Action action, int task, int choice) {
    }

    @Autowired TaskActions actions;
    @Autowired Coordination coordination;
    @Autowired AccessPolicy policy;
    @Autowired AgencyDirectory directory;
    @Autowired AgencyCodes agencyCodes;

    final List<String> codes = new ArrayList<>();
    final Set<String> endedAndChecked = new java.util.HashSet<>();
    final Map<Action, Integer> applied = new EnumMap<>(Action.class);
    int steps;
    long actingNanos;
    long checkingNanos;

    @Test
    void everyStepKeepsRegisterTimersAndAccessRight() {
        long first = Long.getLong("giaoviec.random.seed", new Random().nextLong());
        for (int trial = 0; trial < TRIES; trial++) {
            long seed = first + trial;
            List<Step> sequence = sequence(new Random(seed));
            try {
                play(sequence, seed);
            } finally {
                endTheTasksOfThisTry();
            }
        }
        // what the run did, for the record: steps and, per action, how often its task was in a state to take it
        System.out.println("Kiểm thử ngẫu nhiên vòng đời: " + TRIES + " lượt từ hạt giống " + first + ", " + steps
                + " bước làm thay đổi (thao tác " + actingNanos / 1_000_000 + " ms, kiểm tra " + checkingNanos / 1_000_000
                + " ms), đã thực hiện " + applied);
    }

    private void play(List<Step> sequence, long seed) {
        setClock(LocalDateTime.of(2031, 3, 3, 9, 0));
        for (int i = 0; i < PLAN_COORDINATORS.size(); i++) {
            codes.add(issue("snv", PLAN_COORDINATORS.get(i), "Nhiệm vụ ngẫu nhiên " + i,
                    clock.today().plusDays(5 + 9L * i)));
        }
        runDueJobs();
        checkInvariants("issued", -1);
        for (int i = 0; i < sequence.size(); i++) {
            Step step = sequence.get(i);
            try {
                long start = System.nanoTime();
                Step done = applyOrNext(step);
                if (done == null) {
                    continue; // nothing anyone could do to this task: nothing changed, nothing to check
                }
                applied.merge(done.action(), 1, Integer::sum);
                runDueJobs();
                long acted = System.nanoTime();
                steps++;
                // time passing can move every task; any other step only its own
                checkInvariants(done.toString(), done.action() == Action.TIME_PASSES ? -1 : done.task());
                actingNanos += acted - start;
                checkingNanos += System.nanoTime() - acted;
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Hạt giống " + seed + " (-Dgiaoviec.random.seed=" + seed
                        + " -Dgiaoviec.random.tries=1), bước " + (i + 1) + " " + step + " trong " + sequence + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private void endTheTasksOfThisTry() {
        for (String code : codes) {
            ProcessInstance instance = instanceOf(code);
            if (instance != null) {
                runtimeService.deleteProcessInstance(instance.getId(), "Kết thúc kiểm thử", true, true);
            }
        }
        codes.clear();
        endedAndChecked.clear();
        ClockUtil.reset();
    }

    /** STEPS steps, each a weighted action on one of the tasks with a choice that picks its details. */
    static List<Step> sequence(Random random) {
        int total = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        List<Step> steps = new ArrayList<>();
        for (int n = 0; n < STEPS; n++) {
            int draw = random.nextInt(total);
            Action action = null;
            for (Map.Entry<Action, Integer> weight : WEIGHTS.entrySet()) {
                draw -= weight.getValue();
                if (draw < 0) {
                    action = weight.getKey();
                    break;
                }
            }
            steps.add(new Step(action, random.nextInt(PLAN_COORDINATORS.size()), random.nextInt(100)));
        }
        return steps;
    }

    private static Map<Action, Integer> weights() {
        Map<Action, Integer> weights = new EnumMap<>(Action.class);
        weights.put(Action.ASSIGN, 3);
        weights.put(Action.CONTRIBUTE, 3);
        weights.put(Action.ASSIGN_CONTRIBUTOR, 1);
        weights.put(Action.CLOSE_COORDINATION, 1);
        weights.put(Action.SUBMIT, 3);
        weights.put(Action.REVIEW, 3);
        weights.put(Action.REQUEST_EXTENSION, 2);
        weights.put(Action.DECIDE_EXTENSION, 2);
        weights.put(Action.HANDLE_OVERDUE, 3);
        weights.put(Action.EXPLAIN, 2);
        weights.put(Action.WITHDRAW, 1);
        weights.put(Action.TIME_PASSES, 4);
        return weights;
    }

    /**
     * The drawn step if its task is in a state for it, else the next action (in the order of {@link Action})
     * that is: most drawn actions do not fit a task's state, and a step that changes nothing tests nothing.
     * Time passes, and a task is withdrawn, only when drawn (withdrawal fits almost every state: as a fallback
     * it ended most tasks early). Null when nobody could do anything to the task.
     */
    private Step applyOrNext(Step drawn) {
        Action[] actions = Action.values();
        for (int k = 0; k < actions.length; k++) {
            Step step = new Step(actions[(drawn.action().ordinal() + k) % actions.length], drawn.task(), drawn.choice());
            if ((k == 0 || !ONLY_WHEN_DRAWN.contains(step.action())) && apply(step)) {
                return step;
            }
        }
        return null;
    }

    /** Does the step to its task if its task is in a state where someone could; whether it did. */
    private boolean apply(Step step) {
        String code = codes.get(step.task());
        ProcessInstance instance = instanceOf(code);
        if (step.action() == Action.TIME_PASSES) {
            ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime()
                    + (step.choice() % 5 + 1) * 24L * 3600 * 1000));
            return true;
        }
        if (instance == null) {
            return false;
        }
        int choice = step.choice();
        LocalDate today = clock.today();
        LocalDate due = register.get(code).dueDate();
        switch (step.action()) {
            case ASSIGN -> {
                List<String> chosen = new ArrayList<>();
                for (int i = 0; i < CANDIDATE_COORDINATORS.size(); i++) {
                    if ((choice >> i & 1) == 1) {
                        chosen.add(CANDIDATE_COORDINATORS.get(i));
                    }
                }
                Map<String, Object> values = new HashMap<>(Map.of(Var.OFFICER, "snv-chuyenvien",
                        Var.COORDINATING_AGENCIES, chosen));
                LocalDate requestDue = today.plusDays(choice % 10 + 1);
                if (choice % 2 == 0 && !requestDue.isAfter(due)) { // the leader's date, within what the form accepts
                    values.put(Var.CONTRIBUTION_DUE_DATE, requestDue.toString());
                }
                return complete(instance, PlanTaskProcess.ASSIGN, "snv-lanhdao", values);
            }
            case ASSIGN_CONTRIBUTOR -> {
                List<Task> open = openTasks(instance, PlanTaskProcess.CONTRIBUTE);
                if (open.isEmpty()) {
                    return false;
                }
                Task request = open.get(choice % open.size());
                String agency = (String) taskService.getVariable(request.getId(), Var.COORDINATING_AGENCY);
                coordination.assignContributor(code, request.getId(), agency + "-chuyenvien",
                        new UserAccess(agency + "-lanhdao", Set.of(agency, agency + "-lanhdao")));
                return true;
            }
            case CLOSE_COORDINATION -> {
                if (openTasks(instance, PlanTaskProcess.CONTRIBUTE).isEmpty()) {
                    return false;
                }
                coordination.close(code, new UserAccess("snv-lanhdao", Set.of("snv", "snv-lanhdao")));
                return true;
            }
            case CONTRIBUTE -> {
                List<Task> open = openTasks(instance, PlanTaskProcess.CONTRIBUTE);
                if (open.isEmpty()) {
                    return false;
                }
                Task request = open.get(choice % open.size());
                String agency = (String) taskService.getVariable(request.getId(), Var.COORDINATING_AGENCY);
                completeAs(agency + "-chuyenvien", request, Map.of(Var.CONTRIBUTION, "Ý kiến của " + agency));
                return true;
            }
            case SUBMIT -> {
                return complete(instance, PlanTaskProcess.SUBMIT, "snv-chuyenvien", Map.of(Var.DOCUMENT_NUMBER,
                        choice + "/KH-SNV", Var.DOCUMENT_DATE, today.toString(), Var.PRODUCT_SUMMARY, "Kế hoạch"));
            }
            case REVIEW -> {
                return complete(instance, PlanTaskProcess.REVIEW, "snv-lanhdao", choice % 3 == 0
                        ? Map.of(Var.PRODUCT_APPROVED, false, Var.RETURN_REASON, "Thiếu số liệu")
                        : Map.of(Var.PRODUCT_APPROVED, true));
            }
            case REQUEST_EXTENSION -> {
                try {
                    actions.requestExtension(code, due.plusDays(choice % 20 - 3), "Chờ số liệu",
                            new UserAccess("snv-chuyenvien", Set.of("snv")));
                    return true;
                } catch (IllegalArgumentException | ExtensionPendingException | TaskClosedException refused) {
                    return false; // refusals the person reads; nothing may have changed (checked below)
                }
            }
            case DECIDE_EXTENSION -> {
                LocalDate later = (due.isAfter(today) ? due : today).plusDays(choice % 15 + 1);
                return complete(instance, PlanTaskProcess.DECIDE_EXTENSION, "chanhvanphong", choice % 2 == 0
                        ? Map.of(Var.EXTENSION_APPROVED, true, Var.NEW_DUE_DATE, later.toString())
                        : Map.of(Var.EXTENSION_APPROVED, false, Var.DECISION_NOTE, "Không có căn cứ"));
            }
            case HANDLE_OVERDUE -> {
                Map<String, Object> decision = switch (choice % 3) {
                    case 0 -> Map.of(Var.OVERDUE_ACTION, "URGE", Var.URGE_NOTE, "Đề nghị hoàn thành ngay");
                    case 1 -> Map.of(Var.OVERDUE_ACTION, "EXPLAIN");
                    default -> Map.of(Var.OVERDUE_ACTION, "NEW_DATE", Var.NEW_DUE_DATE,
                            today.plusDays(choice % 20 + 1).toString());
                };
                return complete(instance, PlanTaskProcess.HANDLE_OVERDUE, "chanhvanphong", decision);
            }
            case EXPLAIN -> {
                return complete(instance, PlanTaskProcess.EXPLAIN, "snv-lanhdao",
                        Map.of(Var.EXPLANATION, "Chờ ý kiến của Bộ"));
            }
            case WITHDRAW -> {
                if (choice % 4 != 0) {
                    return false;
                }
                actions.withdraw(code, "Không còn phù hợp",
                        new UserAccess("chanhvanphong", Set.of("vpubnd", "chanh-van-phong")));
                return true;
            }
            default -> throw new IllegalStateException(step.toString());
        }
    }

    private boolean complete(ProcessInstance instance, String activityId, String user, Map<String, Object> values) {
        List<Task> open = openTasks(instance, activityId);
        if (open.isEmpty()) {
            return false;
        }
        completeAs(user, open.get(0), values);
        return true;
    }

    /** Every job of the three tasks due by now, earliest first, as the job executor would run them. */
    private void runDueJobs() {
        List<String> instances = codes.stream().map(this::instanceOf).filter(i -> i != null)
                .map(ProcessInstance::getId).toList();
        for (int i = 0; i < 200 && !instances.isEmpty(); i++) {
            List<Job> due = managementService.createJobQuery().processInstanceIds(new java.util.HashSet<>(instances))
                    .executable().orderByJobDuedate().asc().listPage(0, 1);
            if (due.isEmpty()) {
                return;
            }
            managementService.executeJob(due.get(0).getId());
        }
    }

    /** The invariants of one task ({@code only}), or of every task ({@code -1}). */
    private void checkInvariants(String after, int only) {
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if ((only >= 0 && i != only) || endedAndChecked.contains(code)) {
                continue; // nothing can change an ended task in this test: checked once after it ended
            }
            RegisterEntry entry = register.get(code);
            ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                    .processInstanceId(entry.processInstanceId()).singleResult();
            ProcessInstance known = instance != null ? instance : historicInstance(entry.processInstanceId());
            try {
                assertRegisterAgreesWithEngine(known);
                assertTimersAsTheStateNeeds(known);
                assertOnlyItsAgenciesSeeIt(entry, i);
                assertEveryPersonsStepNamesItsActor(code);
                if (instance == null) {
                    endedAndChecked.add(code);
                }
            } catch (AssertionError e) {
                throw new AssertionError("after step " + steps + " " + after + " on " + code + " ("
                        + register.transitions(code).stream().map(t -> t.kind().name()).toList() + "): "
                        + e.getMessage(), e);
            }
        }
    }

    /** The lead agency and the coordinators — the plan's until assignment, then the leader's choice. */
    private void assertOnlyItsAgenciesSeeIt(RegisterEntry entry, int index) {
        Set<String> involved = new LinkedHashSet<>(List.of(entry.leadAgency()));
        var chosen = historyService.createHistoricVariableInstanceQuery().processInstanceId(entry.processInstanceId())
                .variableName(Var.COORDINATING_AGENCIES).singleResult();
        boolean assigned = register.transitions(entry.taskCode()).stream().anyMatch(t -> t.kind() == TransitionKind.ASSIGNED);
        involved.addAll(assigned && chosen != null ? agencyCodes.of(chosen.getValue()) : PLAN_COORDINATORS.get(index));
        for (Task contribution : taskService.createTaskQuery().processInstanceId(entry.processInstanceId())
                .taskDefinitionKey(PlanTaskProcess.CONTRIBUTE).list()) {
            assertThat(involved).contains((String) taskService.getVariable(contribution.getId(), Var.COORDINATING_AGENCY));
        }
        for (var agency : directory.all()) {
            UserAccess officer = new UserAccess(agency.code() + "-chuyenvien", Set.of(agency.code()));
            assertThat(policy.canSee(officer, entry.leadAgency(), entry.coordinatingAgencies()))
                    .as("%s sees %s", agency.code(), entry.taskCode()).isEqualTo(involved.contains(agency.code()));
        }
    }

    private void assertEveryPersonsStepNamesItsActor(String code) {
        for (Transition transition : register.transitions(code)) {
            if (PERSONS_STEPS.contains(transition.kind())) {
                assertThat(transition.actor()).as("actor of %s", transition.kind()).isNotBlank();
            }
        }
    }

    /** An ended instance, as the helpers of {@link LifecycleTestSupport} take it (they use its id). */
    private static ProcessInstance historicInstance(String id) {
        ProcessInstance ended = org.mockito.Mockito.mock(ProcessInstance.class);
        org.mockito.Mockito.when(ended.getId()).thenReturn(id);
        return ended;
    }
}
