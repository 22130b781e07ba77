package vn.giaoviec.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giaoviec.deadline.DeadlineParser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.plan.PlanStatistics;
import vn.giaoviec.yearend.PlanYearEnd;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.lifecycle.TaskActions;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskPhase;
import vn.giaoviec.register.TaskStatus;
import vn.giaoviec.register.TransitionKind;

/** Event-driven tasks ("Sau khi có kết quả công bố") and the plan's year end, under clock control. */
@SpringBootTest
@ActiveProfiles("test")
class PlanYearEventsTest extends LifecycleTestSupport {

    static final String AFTER_PUBLICATION = "Sau khi có kết quả công bố";

    @Autowired ProcessEngine processEngine;
    @Autowired PlanYearEnd yearEnd;
    @Autowired TaskActions actions;
    @Autowired JdbcTemplate jdbc;
    @Autowired DeadlineParser deadlines;

    long planId;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        setClock(LocalDateTime.of(2032, 1, 5, 9, 0));
        planId = insertPlan(2032);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eventDrivenTaskHasNoDeadlineUntilTheEventIsSignalled() {
        String code = issue("snv", AFTER_PUBLICATION, null);

        RegisterEntry waiting = register.get(code);
        assertThat(waiting.phase()).isEqualTo(TaskPhase.AWAITING_EVENT);
        assertThat(waiting.deadlineKind()).isEqualTo(DeadlineKind.EVENT);
        assertThat(waiting.dueDate()).isNull();
        assertThat(waiting.processInstanceId()).isNull();
        assertThat(waiting.eventName()).isEqualTo("sau-khi-co-ket-qua-cong-bo");
        assertThat(register.awaiting("sau-khi-co-ket-qua-cong-bo")).extracting(RegisterEntry::taskCode).contains(code);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();

        // PAR Index published on Friday 7 May 2032: 20 working days later (Giỗ Tổ is in April) is Friday 4 June
        setClock(LocalDateTime.of(2032, 5, 10, 9, 0));
        String instanceId = launcher.startAfterEvent(code, LocalDate.of(2032, 5, 7), "snv-lanhdao");

        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
        assertThat(instance).isWaitingAt(PlanTaskProcess.ASSIGN);
        RegisterEntry started = register.get(code);
        assertThat(started.dueDate()).isEqualTo(LocalDate.of(2032, 6, 4));
        assertThat(started.phase()).isEqualTo(TaskPhase.ASSIGN);
        assertThat(timer(instance, PlanTaskProcess.EVENT_OVERDUE).getDuedate())
                .isEqualTo(at(LocalDateTime.of(2032, 6, 5, 0, 0)));
        assertThat(trail(code)).containsSubsequence(TransitionKind.ISSUED, TransitionKind.EVENT_OCCURRED);
        assertThat(register.awaiting("sau-khi-co-ket-qua-cong-bo")).extracting(RegisterEntry::taskCode).doesNotContain(code);
        assertRegisterAgreesWithEngine(instance);
    }

    @Test
    void waitingTaskCanBeWithdrawnButNotExtended() {
        String code = issue("snv", AFTER_PUBLICATION, null);
        assertThatThrownBy(() -> actions.requestExtension(code, LocalDate.of(2032, 9, 30), "Chờ Bộ",
                new vn.giaoviec.identity.UserAccess("snv-chuyenvien", java.util.Set.of("snv"))))
                .isInstanceOf(IllegalArgumentException.class);
        actions.withdraw(code, "Không còn phù hợp",
                new vn.giaoviec.identity.UserAccess("chanhvanphong", java.util.Set.of("chanh-van-phong")));
        assertThat(register.get(code).status()).isEqualTo(TaskStatus.WITHDRAWN);
    }

    @Test
    void yearEndCarriesOverOrClosesEveryUnfinishedTaskAndTheStatisticsMatchTheRegister() {
        long nextPlan = insertPlan(2033);
        String done = issue("snv", "Quý I/2032", LocalDate.of(2032, 3, 31));
        String late = issue("stp", "Quý II/2032", LocalDate.of(2032, 6, 30));
        String dropped = issue("stc", "Thường xuyên", LocalDate.of(2032, 12, 31));
        String waiting = issue("snv", AFTER_PUBLICATION, null);
        String withdrawn = issue("stp", "Quý III/2032", LocalDate.of(2032, 9, 30));
        finishOnTime(done, "snv");
        ProcessInstance lateInstance = instanceOf(late);
        fire(timer(lateInstance, PlanTaskProcess.EVENT_OVERDUE));
        actions.withdraw(withdrawn, "Trùng nhiệm vụ", new vn.giaoviec.identity.UserAccess("chanhvanphong",
                java.util.Set.of("chanh-van-phong")));
        setClock(LocalDateTime.of(2032, 12, 25, 9, 0));

        assertThatThrownBy(() -> yearEnd.close(planId, Map.of(late, PlanYearEnd.Decision.CARRY_OVER), nextPlan, "snv-lanhdao"))
                .hasMessageContaining(dropped);
        PlanStatistics statistics = yearEnd.close(planId, Map.of(late, PlanYearEnd.Decision.CARRY_OVER,
                dropped, PlanYearEnd.Decision.CLOSE, waiting, PlanYearEnd.Decision.CLOSE), nextPlan, "snv-lanhdao");

        RegisterEntry carried = register.get(late);
        assertThat(carried.planId()).isEqualTo(nextPlan);
        assertThat(carried.status()).isEqualTo(TaskStatus.IN_PROGRESS_OVERDUE);
        assertThat(trail(late)).containsSubsequence(TransitionKind.ESCALATED, TransitionKind.CARRIED_OVER);
        assertThat(lateInstance).isNotEnded();
        assertThat(register.get(dropped).status()).isEqualTo(TaskStatus.NOT_COMPLETED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(dropped).count()).isZero();
        assertThat(register.get(waiting).status()).isEqualTo(TaskStatus.NOT_COMPLETED);

        assertThat(statistics).isEqualTo(new PlanStatistics(5, 1, 0, 2, 1, 1, 0));
        assertThat(statistics.doneOnTime() + statistics.doneLate() + statistics.notCompleted() + statistics.withdrawn())
                .isEqualTo(countInRegister("plan_id = ?", planId));
        assertThat(statistics.carriedOver()).isEqualTo(countInRegister("carried_from_plan = ?", planId));
        assertThat(jdbc.queryForObject("select status from plan where id = ?", String.class, planId)).isEqualTo("CLOSED");
        assertThatThrownBy(() -> yearEnd.close(planId, Map.of(), nextPlan, "snv-lanhdao"))
                .isInstanceOf(vn.giaoviec.plan.PlanClosedException.class);
    }

    private long countInRegister(String where, long planId) {
        return jdbc.queryForObject("select count(*) from task_register where " + where, Long.class, planId);
    }

    private String issue(String lead, String deadlineText, LocalDate due) {
        String code = newCode();
        launcher.start(new NewTask(code, planId, null, null, "Nhiệm vụ " + deadlineText, "I", lead, List.of(),
                "Báo cáo", deadlineText, due,
                deadlines.parse(deadlineText, due == null ? clock.today().getYear() : due.getYear()).kind()), "demo");
        return code;
    }

    private long insertPlan(int year) {
        String unique = UUID.randomUUID().toString().replace("-", "");
        jdbc.update("insert into plan (decision_number, title, issuer, plan_year, monitoring_agency, source_file,"
                        + " source_sha256, task_count, imported_by, imported_at) values (?,?,?,?,?,?,?,?,?,?)",
                unique.substring(0, 20), "Kế hoạch CCHC năm " + year, "UBND tỉnh", year, "snv", "test.docx", unique,
                0, "demo", Timestamp.valueOf(LocalDateTime.of(year, 1, 2, 9, 0)));
        return jdbc.queryForObject("select id from plan where source_sha256 = ?", Long.class, unique);
    }
}
