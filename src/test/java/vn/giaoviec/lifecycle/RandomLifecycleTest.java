package vn.giaoviec.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.engine.AgencyCodes;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.lifecycle.coordination.Coordination;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.Transition;
import vn.giaoviec.register.TransitionKind;
import vn.giaoviec.security.AccessPolicy;

/**
 * The randomized lifecycle test (issue 14): random sequences of the real actions on three tasks at a
 * time — assign (with a random choice of coordinators), contribute, assign a contributor, change a
 * coordinating agency's date, close coordination, submit, return, approve, request and decide extensions, handle escalations, explain,
 * withdraw, and time passing (with every job due by then run, earliest first, as the job executor
 * would) — checking after every step that the register says what the engine says, that every open task
 * has exactly the timers its state needs, that no agency outside a task can see it, and that every
 * person's step in the history names its actor.
 * <p>
 * Each step is drawn (by weight) among the actions someone could take in the tasks' present state, so
 * every step acts. A task that ends is checked once more and its place taken by a newly issued task.
 * Each run plays {@code giaoviec.random.tries} sequences (8 in {@code ./mvnw verify}) of
 * {@code giaoviec.random.steps} steps (250), each sequence drawn from its own seed; a failure names the
 * seed and the step, and {@code -Dgiaoviec.random.seed=<seed> -Dgiaoviec.random.tries=1} replays it. A
 * longer run: {@code -Dgiaoviec.random.tries=20 -Dgiaoviec.random.steps=1000} (see README.md).
 * Seeds that found bugs are kept as named tests in {@link RandomLifecycleFindingsTest}.
 */
@SpringBootTest
@ActiveProfiles("test")
class RandomLifecycleTest extends LifecycleTestSupport {

    static final int STEPS = Integer.getInteger("giaoviec.random.steps", 250);
    static final int TRIES = Integer.getInteger("giaoviec.random.tries", 8);
    /** How often each action is drawn when it can be taken, out of the sum of those that can. */
    static final Map<Action, Integer> WEIGHTS = weights();
    /** The plan's coordinators of the task in each place: three tasks at a time. */
    static final List<List<String>> PLAN_COORDINATORS = List.of(List.of("stp"), List.of(), List.of("stp", "stc"));
    static final List<String> CANDIDATE_COORDINATORS = List.of("stp", "stc", "skhdt");
    static final Set<TransitionKind> PERSONS_STEPS = Set.of(TransitionKind.ISSUED, TransitionKind.ASSIGNED,
            TransitionKind.CONTRIBUTION, TransitionKind.SUBMITTED, TransitionKind.RETURNED, TransitionKind.APPROVED,
            TransitionKind.URGED, TransitionKind.EXPLAINED, TransitionKind.EXTENSION_REQUESTED,
            TransitionKind.EXTENSION_REFUSED, TransitionKind.DUE_DATE_CHANGED, TransitionKind.WITHDRAWN,
            TransitionKind.CONTRIBUTION_ASSIGNED, TransitionKind.COORDINATION_CLOSED,
            TransitionKind.CONTRIBUTION_DUE_DATE_CHANGED);
    /** The actions that complete a person's open work, by the activity of that work. */
    static final Map<String, Action> ONE_PERSONS_WORK = Map.of(PlanTaskProcess.ASSIGN, Action.ASSIGN,
            PlanTaskProcess.SUBMIT, Action.SUBMIT, PlanTaskProcess.REVIEW, Action.REVIEW,
            PlanTaskProcess.DECIDE_EXTENSION, Action.DECIDE_EXTENSION, PlanTaskProcess.HANDLE_OVERDUE,
            Action.HANDLE_OVERDUE, PlanTaskProcess.EXPLAIN, Action.EXPLAIN);
    /**
     * The engine works in the test's thread (no job executor): that thread's CPU time is the run's own
     * Java work however busy the machine is (a PostgreSQL server's work is not in it).
     */
    static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    static final UserAccess LEAD_LEADER = new UserAccess("snv-lanhdao", Set.of("snv", "snv-lanhdao"));
    static final UserAccess LEAD_OFFICER = new UserAccess("snv-chuyenvien", Set.of("snv"));
    static final UserAccess CHIEF_OF_OFFICE = new UserAccess("chanhvanphong", Set.of("vpubnd", "chanh-van-phong"));

    enum Action { ASSIGN, CONTRIBUTE, ASSIGN_CONTRIBUTOR, CHANGE_CONTRIBUTION_DATE, CLOSE_COORDINATION, SUBMIT, REVIEW,
        REQUEST_EXTENSION, DECIDE_EXTENSION, HANDLE_OVERDUE, EXPLAIN, WITHDRAW, TIME_PASSES }

    record Step(Action action, int task, int choice) {
    }

    @Autowired TaskActions actions;
    @Autowired Coordination coordination;
    @Autowired AccessPolicy policy;
    @Autowired AgencyDirectory directory;
    @Autowired AgencyCodes agencyCodes;

    /** The task in each place, and what was last read of every task of this sequence. */
    final List<String> codes = new ArrayList<>();
    final Map<String, EngineView> views = new HashMap<>();
    final Deque<Step> lastSteps = new ArrayDeque<>();
    final Map<Action, Integer> applied = new EnumMap<>(Action.class);
    int steps;
    int issued;
    long actingNanos;
    long checkingNanos;

    @Test
    void everyStepKeepsRegisterTimersAndAccessRight() {
        long first = Long.getLong("giaoviec.random.seed", new Random().nextLong());
        long began = System.nanoTime();
        long cpuBefore = THREADS.getCurrentThreadCpuTime();
        for (int trial = 0; trial < TRIES; trial++) {
            try {
                play(first + trial);
            } finally {
                endTheTasksOfThisTry();
            }
        }
        // what the run did, for the record: steps (each one acted), per action, and where the time went
        System.out.println("Kiểm thử ngẫu nhiên vòng đời: " + TRIES + " lượt từ hạt giống " + first + ", " + steps
                + " bước đều có thao tác, " + issued + " nhiệm vụ được giao, " + (System.nanoTime() - began) / 1_000_000
                + " ms (thao tác " + actingNanos / 1_000_000 + " ms, kiểm tra " + checkingNanos / 1_000_000
                + " ms; CPU của luồng kiểm thử " + (THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000
                + " ms), đã thực hiện " + applied);
    }

    private void play(long seed) {
        Random random = new Random(seed);
        setClock(LocalDateTime.of(2031, 3, 3, 9, 0));
        for (int place = 0; place < PLAN_COORDINATORS.size(); place++) {
            codes.add(null);
            issueInto(place);
        }
        runDueJobs();
        readAndCheck(Set.copyOf(codes), "issued");
        for (int i = 1; i <= STEPS; i++) {
            Step step = draw(random);
            try {
                long start = System.nanoTime();
                apply(step);
                Set<String> moved = runDueJobs();
                long acted = System.nanoTime();
                steps++;
                applied.merge(step.action(), 1, Integer::sum);
                remember(step);
                // time passing can move every task; any other step its own, and those whose jobs fell due
                moved.add(codes.get(step.task()));
                readAndCheck(step.action() == Action.TIME_PASSES ? Set.copyOf(codes) : moved, step.toString());
                actingNanos += acted - start;
                checkingNanos += System.nanoTime() - acted;
                replaceEndedTasks();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Hạt giống " + seed + " (-Dgiaoviec.random.seed=" + seed
                        + " -Dgiaoviec.random.tries=1), bước " + i + " " + step + ", các bước trước đó " + lastSteps
                        + ": " + e.getMessage(), e);
            }
        }
    }

    private void remember(Step step) {
        lastSteps.addLast(step);
        if (lastSteps.size() > 20) {
            lastSteps.removeFirst();
        }
    }

    /** A newly issued task takes the place of each task that ended (it was checked once after it ended). */
    private void replaceEndedTasks() {
        long start = System.nanoTime();
        Set<String> fresh = new HashSet<>();
        for (int place = 0; place < codes.size(); place++) {
            if (!views.get(codes.get(place)).running()) {
                fresh.add(issueInto(place));
            }
        }
        if (!fresh.isEmpty()) {
            fresh.addAll(runDueJobs());
            long acted = System.nanoTime();
            readAndCheck(fresh, "issued");
            actingNanos += acted - start;
            checkingNanos += System.nanoTime() - acted;
        }
    }

    private String issueInto(int place) {
        issued++;
        String code = issue("snv", PLAN_COORDINATORS.get(place), "Nhiệm vụ ngẫu nhiên " + issued,
                clock.today().plusDays(5 + 9L * place));
        codes.set(place, code);
        return code;
    }

    private void endTheTasksOfThisTry() {
        for (String code : codes) {
            EngineView view = views.get(code);
            if (view == null || view.running()) {
                runtimeService.deleteProcessInstance(register.get(code).processInstanceId(), "Kết thúc kiểm thử", true, true);
            }
        }
        codes.clear();
        views.clear();
        lastSteps.clear();
        ClockUtil.reset();
    }

    /** An action, by weight, among those someone could take now; then a task where it can be taken. */
    private Step draw(Random random) {
        Map<Action, List<Integer>> takeable = new EnumMap<>(Action.class);
        for (int place = 0; place < codes.size(); place++) {
            for (Action action : takeableActions(views.get(codes.get(place)), clock.today())) {
                takeable.computeIfAbsent(action, a -> new ArrayList<>()).add(place);
            }
        }
        int draw = random.nextInt(takeable.keySet().stream().mapToInt(WEIGHTS::get).sum());
        for (Map.Entry<Action, List<Integer>> candidates : takeable.entrySet()) {
            draw -= WEIGHTS.get(candidates.getKey());
            if (draw < 0) {
                List<Integer> places = candidates.getValue();
                return new Step(candidates.getKey(), places.get(random.nextInt(places.size())), random.nextInt(100));
            }
        }
        throw new IllegalStateException("no action drawn");
    }

    /** What someone could do to a running task in the state its view shows (time passes for every task). */
    private static Set<Action> takeableActions(EngineView view, LocalDate today) {
        Set<Action> takeable = new LinkedHashSet<>(List.of(Action.TIME_PASSES, Action.WITHDRAW));
        Set<String> open = new HashSet<>(view.open().stream().map(Task::getTaskDefinitionKey).toList());
        ONE_PERSONS_WORK.forEach((activity, action) -> {
            if (open.contains(activity)) {
                takeable.add(action);
            }
        });
        if (open.contains(PlanTaskProcess.CONTRIBUTE)) {
            takeable.addAll(List.of(Action.CONTRIBUTE, Action.ASSIGN_CONTRIBUTOR, Action.CLOSE_COORDINATION));
            LocalDate due = view.entry().dueDate();
            if (due != null && due.isAfter(today)) { // a new date must lie after today, not after the task's
                takeable.add(Action.CHANGE_CONTRIBUTION_DATE);
            }
        }
        if (!open.contains(PlanTaskProcess.DECIDE_EXTENSION)) { // one request at a time (ExtensionPendingException)
            takeable.add(Action.REQUEST_EXTENSION);
        }
        return takeable;
    }

    private static Map<Action, Integer> weights() {
        Map<Action, Integer> weights = new EnumMap<>(Action.class);
        weights.put(Action.ASSIGN, 12);
        weights.put(Action.CONTRIBUTE, 12);
        weights.put(Action.ASSIGN_CONTRIBUTOR, 4);
        weights.put(Action.CLOSE_COORDINATION, 4);
        weights.put(Action.CHANGE_CONTRIBUTION_DATE, 6);
        weights.put(Action.SUBMIT, 12);
        weights.put(Action.REVIEW, 12);
        weights.put(Action.REQUEST_EXTENSION, 8);
        weights.put(Action.DECIDE_EXTENSION, 8);
        weights.put(Action.HANDLE_OVERDUE, 12);
        weights.put(Action.EXPLAIN, 8);
        weights.put(Action.WITHDRAW, 1); // it fits almost every state: drawn often, it would end most tasks early
        weights.put(Action.TIME_PASSES, 16);
        return weights;
    }

    /** Does the step to its task, which its view shows to be in a state for it. */
    private void apply(Step step) {
        String code = codes.get(step.task());
        EngineView view = views.get(code);
        int choice = step.choice();
        LocalDate today = clock.today();
        LocalDate due = view.entry().dueDate();
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
                complete(view, PlanTaskProcess.ASSIGN, "snv-lanhdao", values);
            }
            case ASSIGN_CONTRIBUTOR -> {
                Task request = contributionRequest(view, choice);
                String agency = coordinatingAgencyOf(request.getExecutionId());
                coordination.assignContributor(code, request.getId(), agency + "-chuyenvien",
                        new UserAccess(agency + "-lanhdao", Set.of(agency, agency + "-lanhdao")));
            }
            case CLOSE_COORDINATION -> coordination.close(code, LEAD_LEADER);
            case CHANGE_CONTRIBUTION_DATE -> {
                Task request = contributionRequest(view, choice);
                long room = java.time.temporal.ChronoUnit.DAYS.between(today, due); // ≥ 1: see takeableActions
                coordination.changeDueDate(code, coordinatingAgencyOf(request.getExecutionId()),
                        today.plusDays(1 + choice % room), LEAD_LEADER);
            }
            case CONTRIBUTE -> {
                Task request = contributionRequest(view, choice);
                String agency = coordinatingAgencyOf(request.getExecutionId());
                completeAs(agency + "-chuyenvien", request, Map.of(Var.CONTRIBUTION, "Ý kiến của " + agency));
            }
            case SUBMIT -> complete(view, PlanTaskProcess.SUBMIT, "snv-chuyenvien", Map.of(Var.DOCUMENT_NUMBER,
                    choice + "/KH-SNV", Var.DOCUMENT_DATE, today.toString(), Var.PRODUCT_SUMMARY, "Kế hoạch"));
            case REVIEW -> complete(view, PlanTaskProcess.REVIEW, "snv-lanhdao", choice % 3 == 0
                    ? Map.of(Var.PRODUCT_APPROVED, false, Var.RETURN_REASON, "Thiếu số liệu")
                    : Map.of(Var.PRODUCT_APPROVED, true));
            case REQUEST_EXTENSION -> actions.requestExtension(code,
                    (due.isAfter(today) ? due : today).plusDays(choice % 20 + 1), "Chờ số liệu", LEAD_OFFICER);
            case DECIDE_EXTENSION -> {
                LocalDate later = (due.isAfter(today) ? due : today).plusDays(choice % 15 + 1);
                complete(view, PlanTaskProcess.DECIDE_EXTENSION, "chanhvanphong", choice % 2 == 0
                        ? Map.of(Var.EXTENSION_APPROVED, true, Var.NEW_DUE_DATE, later.toString())
                        : Map.of(Var.EXTENSION_APPROVED, false, Var.DECISION_NOTE, "Không có căn cứ"));
            }
            case HANDLE_OVERDUE -> complete(view, PlanTaskProcess.HANDLE_OVERDUE, "chanhvanphong", switch (choice % 3) {
                case 0 -> Map.of(Var.OVERDUE_ACTION, "URGE", Var.URGE_NOTE, "Đề nghị hoàn thành ngay");
                case 1 -> Map.of(Var.OVERDUE_ACTION, "EXPLAIN");
                default -> Map.of(Var.OVERDUE_ACTION, "NEW_DATE", Var.NEW_DUE_DATE,
                        today.plusDays(choice % 20 + 1).toString());
            });
            case EXPLAIN -> complete(view, PlanTaskProcess.EXPLAIN, "snv-lanhdao",
                    Map.of(Var.EXPLANATION, "Chờ ý kiến của Bộ"));
            case WITHDRAW -> actions.withdraw(code, "Không còn phù hợp", CHIEF_OF_OFFICE);
            case TIME_PASSES -> ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime()
                    + (choice % 5 + 1) * 24L * 3600 * 1000));
            default -> throw new IllegalStateException(step.toString());
        }
    }

    /** One of the open contribution requests, in the order of their agencies (so a seed replays alike). */
    private Task contributionRequest(EngineView view, int choice) {
        List<Task> open = EngineViews.openAt(view, PlanTaskProcess.CONTRIBUTE).stream()
                .sorted(Comparator.comparing(t -> coordinatingAgencyOf(t.getExecutionId()))).toList();
        return open.get(choice % open.size());
    }

    private void complete(EngineView view, String activityId, String user, Map<String, Object> values) {
        List<Task> open = EngineViews.openAt(view, activityId);
        assertThat(open).as("open work at %s", activityId).hasSize(1);
        completeAs(user, open.get(0), values);
    }

    /**
     * Every job of the tasks in place due by now, earliest first, as the job executor would run them;
     * the codes of the tasks whose jobs ran.
     */
    private Set<String> runDueJobs() {
        Map<String, String> codeOfInstance = new HashMap<>();
        for (String code : codes) {
            EngineView view = views.get(code);
            if (view == null || view.running()) {
                codeOfInstance.put(view == null ? register.get(code).processInstanceId()
                        : view.entry().processInstanceId(), code);
            }
        }
        Set<String> moved = new HashSet<>();
        for (int i = 0; i < 200 && !codeOfInstance.isEmpty(); i++) {
            List<Job> due = managementService.createJobQuery().processInstanceIds(codeOfInstance.keySet())
                    .executable().orderByJobDuedate().asc().listPage(0, 1);
            if (due.isEmpty()) {
                return moved;
            }
            moved.add(codeOfInstance.get(due.get(0).getProcessInstanceId()));
            managementService.executeJob(due.get(0).getId());
        }
        throw new AssertionError("jobs keep falling due: a timer loop?");
    }

    /** Reads these tasks at once and checks the invariants of each (an ended task's for the last time). */
    private void readAndCheck(Set<String> changed, String after) {
        Map<String, EngineView> read = engineViews().of(changed);
        views.putAll(read);
        for (EngineView view : read.values()) {
            String code = view.entry().taskCode();
            List<Transition> transitions = register.transitions(code);
            try {
                assertRegisterAgreesWithEngine(view);
                assertTimersAsTheStateNeeds(view);
                assertOnlyItsAgenciesSeeIt(view, transitions);
                assertEveryPersonsStepNamesItsActor(transitions);
            } catch (AssertionError e) {
                throw new AssertionError("after step " + steps + " " + after + " on " + code + " ("
                        + transitions.stream().map(t -> t.kind().name()).toList() + "): " + e.getMessage(), e);
            }
        }
    }

    /**
     * The lead agency and the coordinators — the plan's until assignment, then the leader's choice —
     * and no other agency: their officers see the task, every other agency's do not.
     */
    private void assertOnlyItsAgenciesSeeIt(EngineView view, List<Transition> transitions) {
        RegisterEntry entry = view.entry();
        Set<String> involved = new LinkedHashSet<>(List.of(entry.leadAgency()));
        boolean assigned = transitions.stream().anyMatch(t -> t.kind() == TransitionKind.ASSIGNED);
        involved.addAll(assigned && view.engineCoordinators() != null ? agencyCodes.of(view.engineCoordinators())
                : PLAN_COORDINATORS.get(codes.indexOf(entry.taskCode())));
        for (Task contribution : EngineViews.openAt(view, PlanTaskProcess.CONTRIBUTE)) {
            assertThat(involved).contains(coordinatingAgencyOf(contribution.getExecutionId()));
        }
        for (var agency : directory.all()) {
            UserAccess officer = new UserAccess(agency.code() + "-chuyenvien", Set.of(agency.code()));
            assertThat(policy.canSee(officer, entry.leadAgency(), entry.coordinatingAgencies()))
                    .as("%s sees %s", agency.code(), entry.taskCode()).isEqualTo(involved.contains(agency.code()));
        }
    }

    private static void assertEveryPersonsStepNamesItsActor(List<Transition> transitions) {
        for (Transition transition : transitions) {
            if (PERSONS_STEPS.contains(transition.kind())) {
                assertThat(transition.actor()).as("actor of %s", transition.kind()).isNotBlank();
            }
        }
    }
}
