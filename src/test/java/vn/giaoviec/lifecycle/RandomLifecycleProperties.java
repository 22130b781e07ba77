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
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestContextManager;
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
 * Runs on jqwik's engine ({@code jqwik.tries.default} in junit-platform.properties, or
 * {@code -Djqwik.tries.default=500} for a longer run; steps per try: {@code -Dgiaoviec.random.steps}).
 * Seeds that found bugs are kept as named tests in {@link RandomLifecycleFindingsTest}.
 */
@SpringBootTest
@ActiveProfiles("test")
class RandomLifecycleProperties extends LifecycleTestSupport {

    static final int STEPS = Integer.getInteger("giaoviec.random.steps", 40);
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

    @BeforeProperty
    void springContext() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
    }

    @AfterTry
    void endTheTasksOfThisTry() {
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

    /** What the run did, for the record: steps and, per action, how often its task was in a state to take it. */
    @net.jqwik.api.lifecycle.AfterProperty
    void printWhatRan() {
        System.out.println("Kiểm thử ngẫu nhiên vòng đời: " + steps + " bước (thao tác " + actingNanos / 1_000_000
                + " ms, kiểm tra " + checkingNanos / 1_000_000 + " ms), đã thực hiện " + applied);
    }

    @Property(edgeCases = net.jqwik.api.EdgeCasesMode.NONE) // edge cases are uniform sequences (40× one action): with a few tries they were most of the run
    void everyStepKeepsRegisterTimersAndAccessRight(@ForAll("sequences") List<Step> sequence) {
        setClock(LocalDateTime.of(2031, 3, 3, 9, 0));
        for (int i = 0; i < PLAN_COORDINATORS.size(); i++) {
            codes.add(issue("snv", PLAN_COORDINATORS.get(i), "Nhiệm vụ ngẫu nhiên " + i,
                    clock.today().plusDays(5 + 9L * i)));
        }
        runDueJobs();
        checkInvariants("issued");
        for (Step step : sequence) {
            long start = System.nanoTime();
            if (apply(step)) {
                applied.merge(step.action(), 1, Integer::sum);
            }
            runDueJobs();
            long acted = System.nanoTime();
            steps++;
            checkInvariants(step.toString());
            actingNanos += acted - start;
            checkingNanos += System.nanoTime() - acted;
        }
    }

    @Provide
    Arbitrary<List<Step>> sequences() {
        Arbitrary<Action> action = Arbitraries.frequency(
                Tuple.of(3, Action.ASSIGN), Tuple.of(3, Action.CONTRIBUTE), Tuple.of(1, Action.ASSIGN_CONTRIBUTOR),
                Tuple.of(1, Action.CLOSE_COORDINATION), Tuple.of(3, Action.SUBMIT),
                Tuple.of(3, Action.REVIEW), Tuple.of(2, Action.REQUEST_EXTENSION), Tuple.of(2, Action.DECIDE_EXTENSION),
                Tuple.of(3, Action.HANDLE_OVERDUE), Tuple.of(2, Action.EXPLAIN), Tuple.of(1, Action.WITHDRAW),
                Tuple.of(4, Action.TIME_PASSES));
        Arbitrary<Step> step = Combinators.combine(action, Arbitraries.integers().between(0, PLAN_COORDINATORS.size() - 1),
                Arbitraries.integers().between(0, 99)).as(Step::new);
        return step.list().ofSize(STEPS);
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

    private void checkInvariants(String after) {
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (endedAndChecked.contains(code)) {
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
