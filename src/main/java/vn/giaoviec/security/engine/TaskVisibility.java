package vn.giaoviec.security.engine;

import org.camunda.bpm.engine.ProcessEngine;
import vn.giaoviec.engine.WithoutAuthorization;

/** Whether a task is there for the signed-in user, there at all, or finished. */
final class TaskVisibility {

    private TaskVisibility() {
    }

    /** With the current user's authorizations, as Camunda's task query applies them. */
    static boolean visible(ProcessEngine engine, String taskId) {
        return engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0;
    }

    static boolean exists(ProcessEngine engine, String taskId) {
        return WithoutAuthorization.call(engine, () -> engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0);
    }

    static boolean finished(ProcessEngine engine, String taskId) {
        return WithoutAuthorization.call(engine, () -> engine.getHistoryService().createHistoricTaskInstanceQuery()
                .taskId(taskId).finished().count() > 0);
    }

}
