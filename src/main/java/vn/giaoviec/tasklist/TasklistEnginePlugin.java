package vn.giaoviec.tasklist;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * What Tasklist needs from the engine for users who are not administrators: the variables of the
 * tasks they hold ({@link TaskHolderAuthorizations}), and the history of those tasks — Camunda
 * then grants each candidate group and assignee READ on the task's history, which Tasklist's
 * comments ("Thêm ý kiến") require, instead of the whole process definition's history.
 */
@Component
class TasklistEnginePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new TaskHolderAuthorizations());
        configuration.setEnableHistoricInstancePermissions(true);
    }
}
