package vn.giaoviec.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.giaoviec.engine.CurrentActor;
import vn.giaoviec.report.PeriodicReportProcess.Var;

/**
 * When an agency's report is written: remembers who wrote it (the officer), since the leader's
 * approval is what submits it, makes its task rows whole again ({@link ReportItems#restore}) and marks
 * it waiting for approval; when the leader returns it, it is being written again.
 */
@Component
class ReportTaskEvents {

    private final ReportItems items;
    private final PeriodReports reports;

    ReportTaskEvents(ReportItems items, PeriodReports reports) {
        this.items = items;
        this.reports = reports;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    public void onComplete(DelegateTask task) {
        if (task.getProcessDefinitionId() == null || !task.getProcessDefinitionId().startsWith(PeriodicReportProcess.KEY + ":")) {
            return;
        }
        long planId = ((Number) task.getVariable(Var.PLAN_ID)).longValue();
        String period = (String) task.getVariable(Var.PERIOD);
        String agency = (String) task.getVariable(Var.AGENCY);
        if (PeriodicReportProcess.SUBMIT.equals(task.getTaskDefinitionKey())) {
            task.setVariable(Var.REPORTED_BY, CurrentActor.of(task.getProcessEngineServices()));
            task.setVariable(Var.PROGRESS_ITEMS, ProgressItems.toVariable(
                    items.restore(ProgressItems.read(task.getVariable(Var.PROGRESS_ITEMS)), planId, agency)));
            reports.awaitingApproval(planId, period, agency);
        } else if (PeriodicReportProcess.APPROVE.equals(task.getTaskDefinitionKey())
                && Boolean.FALSE.equals(task.getVariable(Var.REPORT_APPROVED))) {
            reports.returned(planId, period, agency);
        }
    }
}
