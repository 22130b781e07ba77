package vn.giaoviec.yearend;

import static vn.giaoviec.yearend.PlanYearEndProcess.Var;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.WorkingTime;
import vn.giaoviec.plan.Plan;
import vn.giaoviec.plan.PlanImported;
import vn.giaoviec.plan.PlanRepository;
import vn.giaoviec.plan.Plans;

/**
 * Each open plan has one year-end process (bpmn/ket-thuc-nam-ke-hoach.bpmn) waiting for its
 * year-end date, at 08:00 of the configured day or the next working day after it. The plan's
 * monitoring agency (Sở Nội vụ, the directory's CCHC agency at import) decides.
 */
@Service
public class YearEndTimer {

    private static final Logger LOG = LoggerFactory.getLogger(YearEndTimer.class);

    private final YearEndProperties properties;
    private final WorkingTime workingTime;
    private final AgencyDirectory directory;
    private final RuntimeService runtimeService;
    private final PlanRepository plans;

    YearEndTimer(YearEndProperties properties, WorkingTime workingTime,
                 AgencyDirectory directory, RuntimeService runtimeService, PlanRepository plans) {
        this.properties = properties;
        this.workingTime = workingTime;
        this.directory = directory;
        this.runtimeService = runtimeService;
        this.plans = plans;
    }

    /**
     * Starts the plan's year-end process in the caller's transaction, unless one is already running.
     * The plan's row is locked first, so two nodes starting at once cannot both start one.
     */
    @Transactional
    public void start(Plan plan) {
        plans.lock(plan.id());
        if (running(plan.id())) {
            return;
        }
        runtimeService.startProcessInstanceByKey(PlanYearEndProcess.KEY, PlanYearEndProcess.businessKey(plan.id()),
                Map.of(Var.PLAN_ID, plan.id(), Var.PLAN_YEAR, plan.year(), Var.PLAN_TITLE, plan.title(),
                        Var.YEAR_END_AT, yearEndAt(plan.year()),
                        Var.DECIDER_GROUP, directory.get(plan.monitoringAgency()).leaderGroup()));
    }

    /** A committed plan gets its year-end process in the same transaction (all or nothing). */
    @EventListener
    public void onPlanImported(PlanImported imported) {
        start(imported.plan());
    }

    /** When the plan year's end is decided: 08:00 on the configured day, or the next working day. */
    public Date yearEndAt(int planYear) {
        return workingTime.startOfWorkingDayFrom(properties.dateIn(planYear));
    }

    /** The plan was closed without the process (REST): its process, still waiting, ends here. */
    void endWaiting(long planId) {
        runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanYearEndProcess.KEY)
                .processInstanceBusinessKey(PlanYearEndProcess.businessKey(planId)).list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(),
                        "Năm kế hoạch đã kết thúc theo quyết định gửi qua API"));
    }

    /** Plans registered before this process existed (or whose start was lost) get theirs: idempotent. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void startMissing() {
        List<Plan> missing = plans.open().stream().filter(plan -> !running(plan.id())).toList();
        missing.forEach(this::start); // start() locks and checks again: another node may be doing the same
        if (!missing.isEmpty()) {
            LOG.info("Đã hẹn ngày kết thúc năm cho {} kế hoạch chưa có quy trình kết thúc năm", missing.size());
        }
    }

    private boolean running(long planId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanYearEndProcess.KEY)
                .processInstanceBusinessKey(PlanYearEndProcess.businessKey(planId)).count() > 0;
    }
}
