package vn.giaoviec.lifecycle.coordination;

import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.engine.CurrentActor;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.people.People;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.register.TransitionKind;

/**
 * Collects the coordinating agencies' contributions where the lead officer reads them: one text
 * variable on the process instance (shown read-only in the submit form), and the register trail.
 * Camunda publishes the completed "Gửi ý kiến phối hợp" synchronously inside the engine's transaction.
 */
@Component
class Contributions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final TaskRegister register;
    private final AgencyDirectory directory;
    private final ProvinceClock clock;
    private final People people;

    Contributions(TaskRegister register, AgencyDirectory directory, ProvinceClock clock, People people) {
        this.register = register;
        this.directory = directory;
        this.clock = clock;
        this.people = people;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    public void onComplete(DelegateTask task) {
        if (PlanTaskProcess.CONTRIBUTE.equals(task.getTaskDefinitionKey()) && task.getProcessDefinitionId() != null
                && task.getProcessDefinitionId().startsWith(PlanTaskProcess.KEY + ":")) {
            add(task, CurrentActor.of(task.getProcessEngineServices()));
        }
    }

    private void add(DelegateTask task, String actor) {
        String agency = directory.nameOf((String) task.getVariable(Var.COORDINATING_AGENCY));
        String text = (String) task.getVariable(Var.CONTRIBUTION);
        // the person by name and position: the lead officer reads this text, not a login
        String entry = "• " + agency + " (" + (actor == null ? "" : people.of(actor).fullName() + ", ") + clock.localNow().format(WHEN)
                + "): " + (text == null ? "" : text.strip());
        Object previous = task.getExecution().getProcessInstance().getVariable(Var.CONTRIBUTIONS);
        String summary = previous == null || previous.toString().isBlank() ? entry : previous + "\n" + entry;
        task.getExecution().getProcessInstance().setVariable(Var.CONTRIBUTIONS, summary);
        register.record(task.getExecution().getProcessBusinessKey(), TransitionKind.CONTRIBUTION, actor,
                agency + ": " + text);
    }
}
