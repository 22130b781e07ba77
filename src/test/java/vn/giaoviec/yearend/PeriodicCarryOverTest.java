package vn.giaoviec.yearend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.milestone.Milestone;
import vn.giaoviec.milestone.MilestoneProcess;
import vn.giaoviec.milestone.MilestoneRegister;
import vn.giaoviec.plan.Plan;
import vn.giaoviec.plan.PlanImporter;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.Transition;
import vn.giaoviec.register.TransitionKind;
import vn.giaoviec.yearend.PlanYearEnd.Decision;

/**
 * Recurring work carried over into the next plan year runs through that year — due at its end, with its
 * clock started again and that year's quarters as milestones — while work with one date keeps its date.
 */
@SpringBootTest
@ActiveProfiles("test")
class PeriodicCarryOverTest extends LifecycleTestSupport {

    static final int YEAR = 2094;
    static final String PLAN = """
            KẾ HOẠCH
            Cải cách hành chính năm %1$d (định kỳ %2$s)
            STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành
            I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH
            1\tTuyên truyền cải cách %2$s\tSở Nội vụ\t\tTin bài\tĐịnh kỳ hằng quý
            2\tRà soát thủ tục %2$s\tSở Tư pháp\t\tBáo cáo\tQuý IV/%1$d
            """;

    @Autowired PlanImporter importer;
    @Autowired PlanYearEnd yearEnd;
    @Autowired MilestoneRegister milestones;

    Plan plan;
    String recurring;
    String once;

    @BeforeEach
    void importAPlan() {
        setClock(LocalDateTime.of(YEAR, 1, 5, 9, 0));
        plan = importer.commit("dinh-ky.txt", PLAN.formatted(YEAR, System.nanoTime()).getBytes(StandardCharsets.UTF_8),
                YEAR, Map.of(), false, "demo");
        List<RegisterEntry> tasks = register.ofPlan(plan.id());
        recurring = tasks.get(0).taskCode();
        once = tasks.get(1).taskCode();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void recurringWorkCarriedOverRunsThroughTheNextYearWithItsQuarters() {
        LocalDate onceDue = register.get(once).dueDate();
        assertThat(milestones.of(recurring)).hasSize(4);
        setClock(LocalDateTime.of(YEAR, 12, 22, 9, 0));

        yearEnd.close(plan.id(), Map.of(recurring, Decision.CARRY_OVER, once, Decision.CARRY_OVER), null, "snv-lanhdao");

        RegisterEntry carried = register.get(recurring);
        LocalDate nextYearEnd = deadlineSchedule.of(LocalDate.of(YEAR + 1, 12, 31)).dueDate();
        assertThat(carried.dueDate()).isEqualTo(nextYearEnd);
        assertThat(register.transitions(recurring)).extracting(Transition::kind, Transition::actor).contains(
                tuple(TransitionKind.CARRIED_OVER, "snv-lanhdao"), tuple(TransitionKind.DUE_DATE_CHANGED, "snv-lanhdao"));
        ProcessInstance lifecycle = instanceOf(recurring);
        assertTimersAsTheStateNeeds(lifecycle);
        assertRegisterAgreesWithEngine(lifecycle);

        List<Milestone> stages = milestones.of(recurring);
        assertThat(stages).extracting(Milestone::seq, Milestone::label).containsExactly(
                tuple(1, "Quý I/" + YEAR), tuple(2, "Quý II/" + YEAR), tuple(3, "Quý III/" + YEAR), tuple(4, "Quý IV/" + YEAR),
                tuple(5, "Quý I/" + (YEAR + 1)), tuple(6, "Quý II/" + (YEAR + 1)), tuple(7, "Quý III/" + (YEAR + 1)),
                tuple(8, "Quý IV/" + (YEAR + 1)));
        assertThat(stages.get(7).dueDate()).isEqualTo(nextYearEnd);
        // the new year's first quarter opens after the last year's last one, not at the carry-over
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(stages.get(4).processInstanceId())
                .singleResult()).isNotNull();
        assertThat(managementService.createJobQuery().processInstanceId(stages.get(4).processInstanceId())
                .activityId(MilestoneProcess.EVENT_OPENS).singleResult().getDuedate())
                .isAfter(at(stages.get(3).dueDate().atStartOfDay()));

        assertThat(register.get(once).dueDate()).as("work with one date keeps it").isEqualTo(onceDue);
        assertThat(register.transitions(once)).extracting(Transition::kind).doesNotContain(TransitionKind.DUE_DATE_CHANGED);
        assertThat(milestones.of(once)).isEmpty();
    }
}
