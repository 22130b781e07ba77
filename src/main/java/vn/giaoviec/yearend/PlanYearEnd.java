package vn.giaoviec.yearend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.plan.Plan;
import vn.giaoviec.plan.PlanClosedException;
import vn.giaoviec.plan.PlanNotFoundException;
import vn.giaoviec.plan.PlanRepository;
import vn.giaoviec.plan.PlanStatistics;
import vn.giaoviec.report.ReportStarter;

/**
 * The end of a plan year: Sở Nội vụ decides for every unfinished task — carry it over into the next
 * year's plan or close it as not completed — then the plan's periodic reports stop and the plan closes
 * with its final statistics.
 * All or nothing: an undecided unfinished task refuses the closing. Decided in the plan's year-end
 * process (bpmn/ket-thuc-nam-ke-hoach.bpmn) or sent through the API, once.
 */
@Service
public class PlanYearEnd {

    public enum Decision { CARRY_OVER, CLOSE }

    static final String CARRY_OVER_SOURCE = "chuyen-tiep-tu-ke-hoach-";

    private final PlanRepository plans;
    private final TaskRegister register;
    private final TaskYearEnd tasks;
    private final YearEndTimer timer;
    private final ProvinceClock clock;
    private final ReportStarter reporting;
    private final ObjectMapper json = new ObjectMapper();

    public PlanYearEnd(PlanRepository plans, TaskRegister register, TaskYearEnd tasks, YearEndTimer timer,
                       ProvinceClock clock, ReportStarter reporting) {
        this.clock = clock;
        this.reporting = reporting;
        this.plans = plans;
        this.register = register;
        this.tasks = tasks;
        this.timer = timer;
    }

    /**
     * Closes the plan year as decided outside its process (REST); the process, still waiting for the
     * date or the decision, ends with it. {@code targetPlanId} null: see {@link #nextPlan}.
     */
    @Transactional
    public PlanStatistics close(long planId, Map<String, Decision> decisions, Long targetPlanId, String actor) {
        PlanStatistics statistics = closeYear(planId, decisions, targetPlanId, actor);
        timer.endWaiting(planId);
        return statistics;
    }

    /** The closing itself; the year-end process's service task calls this (its own instance ends normally). */
    @Transactional
    PlanStatistics closeYear(long planId, Map<String, Decision> decisions, Long targetPlanId, String actor) {
        Plan plan = plans.find(planId).orElseThrow(() -> new PlanNotFoundException(planId));
        if (plan.closed()) {
            throw new PlanClosedException(planId);
        }
        List<RegisterEntry> unfinished = unfinished(planId);
        List<String> undecided = unfinished.stream().map(RegisterEntry::taskCode)
                .filter(code -> decisions.get(code) == null).toList();
        if (!undecided.isEmpty()) {
            throw new IllegalArgumentException("Còn nhiệm vụ chưa hoàn thành chưa có quyết định: " + String.join(", ", undecided));
        }
        Plan target = null;
        for (RegisterEntry entry : unfinished) {
            if (decisions.get(entry.taskCode()) == Decision.CARRY_OVER) {
                target = target != null ? target : plans.find(nextPlan(plan, targetPlanId, actor)).orElseThrow();
                tasks.carryOver(entry.taskCode(), target.id(), target.year(), actor);
            } else {
                tasks.closeNotCompleted(entry.taskCode(), actor, null);
            }
        }
        reporting.stop(planId);
        PlanStatistics statistics = count(planId);
        plans.close(planId, write(statistics), clock.localNow());
        return statistics;
    }

    /** The plan's tasks still open, in the appendix's order: what Sở Nội vụ decides on. */
    public List<RegisterEntry> unfinished(long planId) {
        return register.ofPlan(planId).stream().filter(RegisterEntry::isOpen).toList();
    }

    /**
     * A running plan's figures, counted from the register; a closed plan's, as stored when it closed:
     * frozen, since its carried-over tasks may later move on to yet another plan.
     */
    public PlanStatistics statistics(long planId) {
        Plan plan = plans.find(planId).orElseThrow(() -> new PlanNotFoundException(planId));
        if (plan.closed()) {
            return plans.closingStatistics(planId).map(this::read).orElseGet(() -> count(planId));
        }
        return count(planId);
    }

    private PlanStatistics count(long planId) {
        return PlanStatistics.of(register.ofPlan(planId), register.carriedOutOf(planId));
    }

    /**
     * Where carried-over tasks go: the plan chosen, else the only open plan imported for the next year,
     * else the next year's carry-over plan, created the first time it is needed (with its own year end).
     */
    private long nextPlan(Plan plan, Long targetPlanId, String actor) {
        if (targetPlanId != null) {
            Plan target = plans.find(targetPlanId)
                    .orElseThrow(() -> new IllegalArgumentException("Không có kế hoạch số " + targetPlanId));
            if (target.year() <= plan.year()) {
                throw new IllegalArgumentException("Kế hoạch nhận chuyển tiếp phải của năm sau năm " + plan.year());
            }
            if (target.closed()) {
                throw new IllegalArgumentException("Kế hoạch nhận chuyển tiếp số " + target.id() + " đã kết thúc");
            }
            return target.id();
        }
        List<Plan> imported = plans.openImported(plan.year() + 1);
        if (imported.size() == 1) {
            return imported.get(0).id();
        }
        return plans.openCarryOverPlan(plan.year() + 1).map(Plan::id)
                .orElseGet(() -> createCarryOverPlan(plan, actor));
    }

    private long createCarryOverPlan(Plan from, String actor) {
        int year = from.year() + 1;
        String title = "Nhiệm vụ chuyển tiếp từ Kế hoạch CCHC năm " + from.year()
                + (from.decisionNumber() == null ? "" : " (" + from.decisionNumber() + ")") + " sang năm " + year;
        Plan carryOver = new Plan(null, null, title, from.issuer(), year, from.monitoringAgency(),
                CARRY_OVER_SOURCE + from.id(), 0, actor, clock.localNow(), null);
        long id = plans.insert(carryOver, CARRY_OVER_SOURCE + from.id());
        plans.markCarryOverPlan(id, from.id());
        timer.start(plans.find(id).orElseThrow());
        return id;
    }

    private PlanStatistics read(String stored) {
        try {
            return json.readValue(stored, PlanStatistics.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Số liệu chốt của kế hoạch không đọc được: " + stored, e);
        }
    }

    private String write(PlanStatistics statistics) {
        try {
            return json.writeValueAsString(statistics);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
