package vn.giaoviec.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Remembers who wrote an agency's report (the officer), since the leader's approval is what submits it. */
@Component
class ReportTaskEvents {

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    public void onComplete(DelegateTask task) {
        if (PeriodicReportProcess.SUBMIT.equals(task.getTaskDefinitionKey()) && task.getProcessDefinitionId() != null
                && task.getProcessDefinitionId().startsWith(PeriodicReportProcess.KEY + ":")) {
            Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            task.setVariable(PeriodicReportProcess.Var.REPORTED_BY, user == null ? null : user.getUserId());
        }
    }
}
