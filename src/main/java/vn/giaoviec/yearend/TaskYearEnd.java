package vn.giaoviec.yearend;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskClosedException;
import vn.giaoviec.register.TaskRegister;

/** What Sở Nội vụ decides for an unfinished task when its plan's year ends. */
@Service
public class TaskYearEnd {

    static final String NOT_COMPLETED_REASON = "Kết thúc năm kế hoạch: không hoàn thành";

    private final TaskRegister register;
    private final RuntimeService runtimeService;
    private final PeriodicCarryOver periodic;

    TaskYearEnd(TaskRegister register, RuntimeService runtimeService, PeriodicCarryOver periodic) {
        this.register = register;
        this.runtimeService = runtimeService;
        this.periodic = periodic;
    }

    /**
     * The task keeps running, its status and history, under the next year's plan (of {@code targetYear}):
     * with its due date, or, recurring work, to that year's end with its periods ({@link PeriodicCarryOver}).
     */
    public void carryOver(String taskCode, long targetPlanId, int targetYear, String actor) {
        RegisterEntry entry = openTask(taskCode);
        register.carryOver(entry.taskCode(), targetPlanId, actor);
        if (PeriodicCarryOver.applies(entry)) {
            periodic.continueInto(entry, targetYear, actor);
        }
    }

    /** The task ends here, counted as not completed; its lifecycle (if started) is cancelled. */
    public void closeNotCompleted(String taskCode, String actor, String note) {
        RegisterEntry entry = openTask(taskCode);
        register.closeNotCompleted(taskCode, actor, note == null ? NOT_COMPLETED_REASON : note);
        if (entry.processInstanceId() != null && runtimeService.createProcessInstanceQuery()
                .processInstanceId(entry.processInstanceId()).count() > 0) {
            runtimeService.deleteProcessInstance(entry.processInstanceId(), NOT_COMPLETED_REASON);
        }
    }

    private RegisterEntry openTask(String taskCode) {
        RegisterEntry entry = register.get(taskCode);
        if (!entry.isOpen()) {
            throw new TaskClosedException(taskCode);
        }
        return entry;
    }
}
