package vn.giaoviec.yearend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.engine.FormRows;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskPhase;
import vn.giaoviec.register.TaskStatus;
import vn.giaoviec.register.TransitionKind;
import vn.giaoviec.plan.Plan;
import vn.giaoviec.plan.PlanImporter;
import vn.giaoviec.plan.PlanStatistics;
import vn.giaoviec.plan.Plans;

/** The plan's year-end process under clock control: the date comes, Sở Nội vụ decides, the plan closes. */
@SpringBootTest
@ActiveProfiles("test")
class PlanYearEndProcessTest extends LifecycleTestSupport {

    /**
     * Each test has a plan year of its own, the database being shared: in 2075, 15/12 is a Sunday,
     * so the year end moves to Monday 16/12, 08:00.
     */
    static final Map<String, Integer> YEARS = Map.of("yearEndDateComesOnceAndSnvLeadersDecideEveryUnfinishedTask", 2075,
            "aMissingDecisionRefusesTheCompletionAndChangesNothing", 2085,
            "mixedDecisionsCarryOverIntoANewNextYearPlanCloseTheOthersAndTheStatisticsMatchTheRegister", 2095,
            "aPlanRegisteredWithoutItsProcessGetsOneAtStartupAndOnlyOne", 2065,
            "twoNodesStartingAtTheSameMomentStartOneProcess", 2055);
    static final String PLAN = """
            KẾ HOẠCH
            Cải cách hành chính năm %1$d (kết thúc năm %2$s)
            STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành
            I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH
            1\tBan hành kế hoạch kiểm tra %2$s\tSở Nội vụ\t\tKế hoạch\tQuý I/%1$d
            2\tRà soát thủ tục hành chính %2$s\tSở Tư pháp\t\tBáo cáo\tQuý II/%1$d
            3\tSố hóa hồ sơ %2$s\tSở Tài chính\t\tBáo cáo\tQuý IV/%1$d
            4\tTổng kết sau công bố %2$s\tSở Nội vụ\t\tBáo cáo\tSau khi có kết quả công bố
            """;

    @Autowired ProcessEngine processEngine;
    @Autowired PlanImporter importer;
    @Autowired PlanYearEnd yearEnd;
    @Autowired Plans plans;
    @Autowired YearEndTimer yearEndTimers;
    @Autowired JdbcTemplate jdbc;

    int year;
    Plan plan;
    String done;
    String overdue;
    String onTime;
    String awaiting;

    @BeforeEach
    void importAPlanAndDriveItsTasks(TestInfo test) {
        BpmnAwareTests.init(processEngine);
        year = YEARS.get(test.getTestMethod().orElseThrow().getName());
        setClock(LocalDateTime.of(year, 1, 5, 9, 0));
        plan = importPlan(year);
        done = code("Ban hành kế hoạch kiểm tra");
        overdue = code("Rà soát thủ tục hành chính");
        onTime = code("Số hóa hồ sơ");
        awaiting = code("Tổng kết sau công bố");
        finishOnTime(done, "snv");
        fire(timer(instanceOf(overdue), PlanTaskProcess.EVENT_OVERDUE));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void yearEndDateComesOnceAndSnvLeadersDecideEveryUnfinishedTask() {
        ProcessInstance process = yearEndProcess(plan.id());
        assertThat(process).isWaitingAt(PlanYearEndProcess.EVENT_YEAR_END_REACHED);
        Job yearEndTimer = timer(process, PlanYearEndProcess.EVENT_YEAR_END_REACHED);
        assertThat(yearEndTimer.getDuedate()).isEqualTo(at(LocalDateTime.of(year, 12, 16, 8, 0)));

        setClock(LocalDateTime.of(year, 12, 15, 23, 0));
        assertThat(dueJobs(process)).isEmpty();
        setClock(LocalDateTime.of(year, 12, 16, 9, 0));
        List<Job> due = dueJobs(process);
        assertThat(due).hasSize(1);
        managementService.executeJob(due.get(0).getId());

        assertThat(process).isWaitingAt(PlanYearEndProcess.DECIDE);
        assertThat(managementService.createJobQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .activityId(PlanYearEndProcess.EVENT_YEAR_END_REACHED).count()).isEqualTo(1);
        Task decision = openTask(process, PlanYearEndProcess.DECIDE);
        assertThat(decision.getName()).isEqualTo("Quyết định kết thúc năm kế hoạch");
        assertThat(taskService.getIdentityLinksForTask(decision.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("snv-lanhdao");
        List<Map<String, Object>> rows = rows(process);
        assertThat(rows).extracting(r -> r.get("taskCode")).containsExactlyInAnyOrder(overdue, onTime, awaiting);
        assertThat(rows).filteredOn(r -> overdue.equals(r.get("taskCode"))).extracting(r -> r.get("statusLabel"))
                .containsExactly(TaskStatus.IN_PROGRESS_OVERDUE.label());
    }

    @Test
    void aMissingDecisionRefusesTheCompletionAndChangesNothing() {
        Task decision = reachTheDecision();
        List<Map<String, Object>> rows = decide(rows(yearEndProcess(plan.id())), Map.of(overdue, "CARRY_OVER"));

        assertThatThrownBy(() -> completeAs("snv-lanhdao", decision, Map.of(PlanYearEndProcess.Var.UNFINISHED_TASKS,
                FormRows.toVariable(rows))))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Chưa chọn quyết định").hasMessageContaining(onTime).hasMessageContaining(awaiting);

        assertThat(taskService.createTaskQuery().taskId(decision.getId()).count()).isEqualTo(1);
        assertThat(yearEndProcess(plan.id())).isWaitingAt(PlanYearEndProcess.DECIDE);
        assertThat(jdbc.queryForObject("select status from plan where id = ?", String.class, plan.id())).isEqualTo("OPEN");
        assertThat(register.get(overdue).planId()).isEqualTo(plan.id());
        assertThat(register.get(onTime).status()).isEqualTo(TaskStatus.IN_PROGRESS_ON_TIME);
        assertThat(plans.all()).noneMatch(p -> p.year() == year + 1);
    }

    @Test
    void mixedDecisionsCarryOverIntoANewNextYearPlanCloseTheOthersAndTheStatisticsMatchTheRegister() {
        Task decision = reachTheDecision();
        ProcessInstance process = yearEndProcess(plan.id());
        ProcessInstance overdueLifecycle = instanceOf(overdue);
        ProcessInstance onTimeLifecycle = instanceOf(onTime);
        java.time.LocalDate overdueDueDate = register.get(overdue).dueDate();

        completeAs("snv-lanhdao", decision, Map.of(PlanYearEndProcess.Var.UNFINISHED_TASKS, FormRows.toVariable(
                decide(rows(process), Map.of(overdue, "CARRY_OVER", awaiting, "CARRY_OVER", onTime, "CLOSE")))));

        assertThat(process).hasPassed(PlanYearEndProcess.CLOSE).isEnded();
        Plan next = plans.all().stream().filter(p -> p.year() == year + 1).findFirst().orElseThrow();
        assertThat(next.title()).isEqualTo("Nhiệm vụ chuyển tiếp từ Kế hoạch CCHC năm " + year + " sang năm " + (year + 1));
        assertThat(next.monitoringAgency()).isEqualTo(plan.monitoringAgency());
        assertThat(yearEndProcess(next.id())).isWaitingAt(PlanYearEndProcess.EVENT_YEAR_END_REACHED);

        RegisterEntry carried = register.get(overdue);
        assertThat(carried.planId()).isEqualTo(next.id());
        assertThat(carried.status()).isEqualTo(TaskStatus.IN_PROGRESS_OVERDUE);
        assertThat(carried.dueDate()).isEqualTo(overdueDueDate).isBefore(java.time.LocalDate.of(year, 7, 2));
        assertThat(trail(overdue)).containsSubsequence(TransitionKind.ISSUED, TransitionKind.ESCALATED,
                TransitionKind.CARRIED_OVER);
        assertThat(overdueLifecycle).isNotEnded();
        assertThat(register.get(awaiting).planId()).isEqualTo(next.id());
        assertThat(register.get(awaiting).phase()).isEqualTo(TaskPhase.AWAITING_EVENT);
        assertThat(register.get(onTime).status()).isEqualTo(TaskStatus.NOT_COMPLETED);
        assertThat(onTimeLifecycle).isEnded();
        assertThat(trail(onTime)).contains(TransitionKind.NOT_COMPLETED);

        PlanStatistics statistics = yearEnd.statistics(plan.id());
        assertThat(statistics.doneOnTime()).isEqualTo(countInRegister("plan_id = ? and status = 'DONE_ON_TIME'", plan.id()))
                .isEqualTo(1);
        assertThat(statistics.notCompleted()).isEqualTo(countInRegister("plan_id = ? and status = 'NOT_COMPLETED'", plan.id()))
                .isEqualTo(1);
        assertThat(statistics.carriedOver()).isEqualTo(countInRegister("carried_from_plan = ?", plan.id())).isEqualTo(2);
        assertThat(statistics.stillOpen()).isZero();
        assertThat(statistics.total()).isEqualTo(4);
        assertThat(jdbc.queryForObject("select status from plan where id = ?", String.class, plan.id())).isEqualTo("CLOSED");
        assertThat(closingStatistics(plan.id())).isEqualTo(statistics);

        // the carry-over plan does not stand in the way of the real plan of the next year
        Plan real = importPlan(year + 1);
        assertThat(real.id()).isNotEqualTo(next.id());
        assertThat(yearEndProcess(real.id())).isWaitingAt(PlanYearEndProcess.EVENT_YEAR_END_REACHED);
    }

    @Test
    void aPlanRegisteredWithoutItsProcessGetsOneAtStartupAndOnlyOne() {
        runtimeService.deleteProcessInstance(yearEndProcess(plan.id()).getId(), "Kế hoạch ghi trước khi có quy trình");

        yearEndTimers.startMissing();
        yearEndTimers.startMissing();

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanYearEndProcess.KEY)
                .processInstanceBusinessKey(PlanYearEndProcess.businessKey(plan.id())).count()).isEqualTo(1);
        ProcessInstance process = yearEndProcess(plan.id());
        assertThat(process).isWaitingAt(PlanYearEndProcess.EVENT_YEAR_END_REACHED);
        assertThat(timer(process, PlanYearEndProcess.EVENT_YEAR_END_REACHED).getDuedate())
                .isEqualTo(yearEndTimers.yearEndAt(year));
    }

    @Test
    void twoNodesStartingAtTheSameMomentStartOneProcess() throws Exception {
        runtimeService.deleteProcessInstance(yearEndProcess(plan.id()).getId(), "Kế hoạch ghi trước khi có quy trình");

        // two threads stand for two nodes starting at once: each runs the startup step in its own transaction
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<?>> started = new java.util.ArrayList<>();
        for (int node = 0; node < 2; node++) {
            started.add(nodes.submit(() -> {
                together.await();
                yearEndTimers.startMissing();
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> done : started) {
            done.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        nodes.shutdown();

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanYearEndProcess.KEY)
                .processInstanceBusinessKey(PlanYearEndProcess.businessKey(plan.id())).count()).isEqualTo(1);
    }

    private List<Job> dueJobs(ProcessInstance process) {
        return managementService.createJobQuery().processInstanceId(process.getId()).timers()
                .duedateLowerThan(ClockUtil.getCurrentTime()).list();
    }

    private Task reachTheDecision() {
        setClock(LocalDateTime.of(year, 12, 31, 9, 0));
        ProcessInstance process = yearEndProcess(plan.id());
        managementService.executeJob(timer(process, PlanYearEndProcess.EVENT_YEAR_END_REACHED).getId());
        return openTask(process, PlanYearEndProcess.DECIDE);
    }

    private List<Map<String, Object>> rows(ProcessInstance process) {
        return FormRows.read(runtimeService.getVariable(process.getId(), PlanYearEndProcess.Var.UNFINISHED_TASKS),
                "rows");
    }

    /** The rows as the form submits them: each with the decision chosen, or none. */
    private static List<Map<String, Object>> decide(List<Map<String, Object>> rows, Map<String, String> decisions) {
        List<Map<String, Object>> decided = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
            copy.put(PlanYearEndProcess.Var.DECISION, decisions.get((String) row.get("taskCode")));
            decided.add(copy);
        }
        return decided;
    }

    private ProcessInstance yearEndProcess(long planId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanYearEndProcess.KEY)
                .processInstanceBusinessKey(PlanYearEndProcess.businessKey(planId)).singleResult();
    }

    private Plan importPlan(int year) {
        String marker = Long.toString(System.nanoTime(), 36);
        return importer.commit("ket-thuc-nam.txt", PLAN.formatted(year, marker).getBytes(StandardCharsets.UTF_8), year,
                Map.of(), false, "demo");
    }

    private String code(String titleStart) {
        return register.ofPlan(plan.id()).stream().filter(e -> e.title().contains(titleStart)).findFirst()
                .orElseThrow().taskCode();
    }

    private long countInRegister(String where, long planId) {
        return jdbc.queryForObject("select count(*) from task_register where " + where, Long.class, planId);
    }

    private PlanStatistics closingStatistics(long planId) {
        try {
            return new ObjectMapper().readValue(jdbc.queryForObject("select closing_statistics from plan where id = ?",
                    String.class, planId), PlanStatistics.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
