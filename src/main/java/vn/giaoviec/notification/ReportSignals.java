package vn.giaoviec.notification;

import static vn.giaoviec.notification.Audience.CANDIDATES;
import static vn.giaoviec.notification.Audience.REPORT_AGENCY_LEADERS;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.giaoviec.report.PeriodicReportProcess;
import vn.giaoviec.report.PeriodicReportProcess.Var;
import vn.giaoviec.engine.CurrentActor;

/**
 * The periodic CCHC report's moments worth telling, each the creation of one of its user tasks: an
 * agency's report is due (to write, then to approve), it is late (the Chánh Văn phòng urges it), the
 * province's report is to be compiled, and is compiled. The link opens the user task in Tasklist.
 */
@Component
class ReportSignals {

    static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

    private final SignalBuffer buffer;

    ReportSignals(SignalBuffer buffer) {
        this.buffer = buffer;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void onUserTaskCreated(DelegateTask task) {
        if (task.getProcessDefinitionId() == null
                || !task.getProcessDefinitionId().startsWith(PeriodicReportProcess.KEY + ":")) {
            return;
        }
        NotificationEvent event = switch (task.getTaskDefinitionKey()) {
            case PeriodicReportProcess.SUBMIT -> NotificationEvent.REPORT_DUE;
            case PeriodicReportProcess.APPROVE -> NotificationEvent.REPORT_TO_APPROVE;
            case PeriodicReportProcess.URGE -> NotificationEvent.REPORT_LATE;
            case PeriodicReportProcess.COMPILE -> NotificationEvent.REPORT_TO_COMPILE;
            case PeriodicReportProcess.ACKNOWLEDGE -> NotificationEvent.REPORT_COMPILED;
            default -> null;
        };
        if (event == null) {
            return;
        }
        List<Audience> audiences = event == NotificationEvent.REPORT_LATE
                ? List.of(CANDIDATES, REPORT_AGENCY_LEADERS) : List.of(CANDIDATES);
        buffer.add(new Signal(event, null, null, facts(task), audiences, TaskSignals.candidates(task),
                CurrentActor.of(task.getProcessEngineServices()), null, null, TASKLIST_TASK + task.getId()));
    }

    private static Signal.ReportFacts facts(DelegateTask task) {
        Object due = task.getVariable("dueDate");
        return new Signal.ReportFacts(((Number) task.getVariable(Var.PLAN_ID)).longValue(),
                (String) task.getVariable(Var.PERIOD_NAME), (String) task.getVariable(Var.AGENCY),
                due == null ? null : LocalDate.parse(due.toString()));
    }
}
