package vn.giaoviec.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.giaoviec.engine.CurrentActor;

/**
 * When an agency's report is written: remembers who wrote it (the officer), since the leader's
 * approval is what submits it, and makes its task rows whole again ({@link ReportItems#restore}).
 */
@Component
class ReportTaskEvents {

    private final ReportItems items;

    ReportTaskEvents(ReportItems items) {
        this.items = items;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    public void onComplete(DelegateTask task) {
        if (PeriodicReportProcess.SUBMIT.equals(task.getTaskDefinitionKey()) && task.getProcessDefinitionId() != null
                && task.getProcessDefinitionId().startsWith(PeriodicReportProcess.KEY + ":")) {
            task.setVariable(PeriodicReportProcess.Var.REPORTED_BY, CurrentActor.of(task.getProcessEngineServices()));
            String agency = (String) task.getVariable(PeriodicReportProcess.Var.AGENCY);
            task.setVariable(PeriodicReportProcess.Var.PROGRESS_ITEMS, ProgressItems.toVariable(
                    items.restore(ProgressItems.read(task.getVariable(PeriodicReportProcess.Var.PROGRESS_ITEMS)),
                            ((Number) task.getVariable(PeriodicReportProcess.Var.PLAN_ID)).longValue(), agency)));
        }
    }
}
