package vn.giaoviec.lifecycle;

import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.giaoviec.engine.AgencyCodes;
import vn.giaoviec.engine.CurrentActor;
import vn.giaoviec.engine.FormValues;
import vn.giaoviec.register.TaskPhase;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.register.TransitionKind;

/**
 * Follows the user tasks of the lifecycle into the register: which phase the task is in, and what
 * each person did (submission, return with reason, explanation; a contribution: coordination/Contributions).
 * Camunda publishes these events synchronously inside the engine's transaction.
 */
@Component
class UserTaskEvents {

    private final TaskRegister register;
    private final AgencyCodes agencyCodes;

    UserTaskEvents(TaskRegister register, AgencyCodes agencyCodes) {
        this.register = register;
        this.agencyCodes = agencyCodes;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void onCreate(DelegateTask task) {
        if (!isPlanTask(task)) {
            return;
        }
        TaskPhase phase = PlanTaskProcess.phaseOf(task.getTaskDefinitionKey());
        // a task is registered in its first phase, assignment, and never returns to it
        if (phase != null && phase != TaskPhase.ASSIGN) {
            register.enterPhase(code(task), phase, actor(task));
        }
        if (PlanTaskProcess.EXPLAIN.equals(task.getTaskDefinitionKey())) {
            register.record(code(task), TransitionKind.EXPLANATION_REQUESTED, actor(task), null);
        }
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    public void onComplete(DelegateTask task) {
        if (!isPlanTask(task)) {
            return;
        }
        String code = code(task);
        String actor = actor(task);
        switch (task.getTaskDefinitionKey()) {
            case PlanTaskProcess.ASSIGN -> {
                // the leader settles the coordinators (more or fewer than the plan listed, or the "… có liên quan")
                register.chooseCoordinators(code, agencyCodes.of(task.getVariable(Var.COORDINATING_AGENCIES)));
                register.record(code, TransitionKind.ASSIGNED, actor, (String) task.getVariable(Var.OFFICER));
            }
            case PlanTaskProcess.SUBMIT -> register.record(code, TransitionKind.SUBMITTED, actor,
                    (String) task.getVariable(Var.PRODUCT_SUMMARY));
            case PlanTaskProcess.REVIEW -> recordReview(task, code, actor);
            case PlanTaskProcess.EXPLAIN -> register.record(code, TransitionKind.EXPLAINED, actor,
                    (String) task.getVariable(Var.EXPLANATION));
            default -> { }
        }
    }

    private void recordReview(DelegateTask task, String code, String actor) {
        if (FormValues.isTrue(task.getVariable(Var.PRODUCT_APPROVED))) {
            register.record(code, TransitionKind.APPROVED, actor, null);
        } else {
            register.record(code, TransitionKind.RETURNED, actor, (String) task.getVariable(Var.RETURN_REASON));
        }
    }

    private static boolean isPlanTask(DelegateTask task) {
        return task.getProcessDefinitionId() != null
                && task.getProcessDefinitionId().startsWith(PlanTaskProcess.KEY + ":");
    }

    private static String code(DelegateTask task) {
        return task.getExecution().getProcessBusinessKey();
    }

    private static String actor(DelegateTask task) {
        return CurrentActor.of(task.getProcessEngineServices());
    }
}
