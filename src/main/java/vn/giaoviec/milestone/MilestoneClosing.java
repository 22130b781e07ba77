package vn.giaoviec.milestone;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.giaoviec.register.TaskTransitioned;

/**
 * A task that ends — approved, withdrawn, closed or carried over at its plan's year end — ends its
 * open milestones with it: their processes stop (with the reminder, overdue and urge work they hold)
 * and each open one is recorded as not done (its date passed) or stopped (not yet due). Runs in the
 * transaction that closes the task.
 */
@Component
class MilestoneClosing {

    static final String REASON = "Nhiệm vụ đã kết thúc";

    private final MilestoneRegister milestones;
    private final RuntimeService runtimeService;

    MilestoneClosing(MilestoneRegister milestones, RuntimeService runtimeService) {
        this.milestones = milestones;
        this.runtimeService = runtimeService;
    }

    @EventListener
    public void onTransition(TaskTransitioned change) {
        switch (change.kind()) {
            case CLOSED, WITHDRAWN, NOT_COMPLETED, CARRIED_OVER -> close(change.taskCode());
            default -> { }
        }
    }

    private void close(String taskCode) {
        for (Milestone open : milestones.of(taskCode).stream().filter(Milestone::open).toList()) {
            if (open.processInstanceId() != null && runtimeService.createProcessInstanceQuery()
                    .processInstanceId(open.processInstanceId()).count() > 0) {
                runtimeService.deleteProcessInstance(open.processInstanceId(), REASON, true, true);
            }
        }
        milestones.closeOpen(taskCode);
    }
}
