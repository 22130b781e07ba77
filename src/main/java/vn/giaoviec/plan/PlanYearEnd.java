package vn.giaoviec.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.task.RegisterEntry;
import vn.giaoviec.task.TaskRegister;
import vn.giaoviec.task.TaskYearEnd;

/**
 * The end of a plan year: Sở Nội vụ decides for every unfinished task — carry it over into the next
 * year's plan or close it as not completed — then the plan closes with its final statistics.
 * All or nothing: an undecided unfinished task refuses the closing.
 */
@Service
public class PlanYearEnd {

    public enum Decision { CARRY_OVER, CLOSE }

    private final PlanRepository plans;
    private final TaskRegister register;
    private final TaskYearEnd tasks;
    private final ProvinceClock clock;
    private final ObjectMapper json = new ObjectMapper();

    public PlanYearEnd(PlanRepository plans, TaskRegister register, TaskYearEnd tasks, ProvinceClock clock) {
        this.clock = clock;
        this.plans = plans;
        this.register = register;
        this.tasks = tasks;
    }

    @Transactional
    public PlanStatistics close(long planId, Map<String, Decision> decisions, Long targetPlanId, String actor) {
        Plan plan = plans.find(planId).orElseThrow(() -> new IllegalArgumentException("Không có kế hoạch số " + planId));
        if (plans.isClosed(planId)) {
            throw new IllegalStateException("Kế hoạch số " + planId + " đã kết thúc");
        }
        List<RegisterEntry> unfinished = register.ofPlan(planId).stream().filter(RegisterEntry::isOpen).toList();
        List<String> undecided = unfinished.stream().map(RegisterEntry::taskCode)
                .filter(code -> !decisions.containsKey(code)).toList();
        if (!undecided.isEmpty()) {
            throw new IllegalArgumentException("Còn nhiệm vụ chưa hoàn thành chưa có quyết định: " + String.join(", ", undecided));
        }
        for (RegisterEntry entry : unfinished) {
            if (decisions.get(entry.taskCode()) == Decision.CARRY_OVER) {
                tasks.carryOver(entry.taskCode(), nextPlan(plan, targetPlanId), actor);
            } else {
                tasks.closeNotCompleted(entry.taskCode(), actor, null);
            }
        }
        PlanStatistics statistics = statistics(planId);
        plans.close(planId, write(statistics), clock.localNow());
        return statistics;
    }

    public PlanStatistics statistics(long planId) {
        return PlanStatistics.of(register.ofPlan(planId), register.carriedOutOf(planId));
    }

    private long nextPlan(Plan plan, Long targetPlanId) {
        if (targetPlanId == null) {
            throw new IllegalArgumentException("Cần chọn kế hoạch năm sau (targetPlanId) để chuyển tiếp nhiệm vụ");
        }
        Plan target = plans.find(targetPlanId)
                .orElseThrow(() -> new IllegalArgumentException("Không có kế hoạch số " + targetPlanId));
        if (target.year() <= plan.year()) {
            throw new IllegalArgumentException("Kế hoạch nhận chuyển tiếp phải của năm sau năm " + plan.year());
        }
        return target.id();
    }

    private String write(PlanStatistics statistics) {
        try {
            return json.writeValueAsString(statistics);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
