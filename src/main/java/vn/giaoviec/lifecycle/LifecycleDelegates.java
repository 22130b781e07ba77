package vn.giaoviec.lifecycle;

import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.calendar.WorkingTime.Schedule;
import vn.giaoviec.engine.CurrentActor;
import vn.giaoviec.engine.FormValues;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.register.TaskStatus;
import vn.giaoviec.register.TransitionKind;

/**
 * The service tasks of bpmn/nhiem-vu.bpmn. Each delegate only maps process variables to one call on
 * the register or the schedule; the bean names are the diagram's delegate expressions.
 */
@Configuration
class LifecycleDelegates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final TaskRegister register;
    private final DeadlineSchedule schedule;
    private final ProvinceClock clock;
    private final Escalation escalation;
    private final AgencyDirectory directory;
    private final ApplicationEventPublisher events;

    LifecycleDelegates(TaskRegister register, DeadlineSchedule schedule, ProvinceClock clock, Escalation escalation,
                       AgencyDirectory directory, ApplicationEventPublisher events) {
        this.events = events;
        this.register = register;
        this.schedule = schedule;
        this.clock = clock;
        this.escalation = escalation;
        this.directory = directory;
    }

    /** A reminder due together with the overdue timer may run after it: an overdue task is not reminded. */
    @Bean
    JavaDelegate reminderDelegate() {
        return execution -> {
            if (register.get(code(execution)).status() != TaskStatus.IN_PROGRESS_OVERDUE) {
                register.record(code(execution), TransitionKind.REMINDED, null,
                        "Hạn hoàn thành: " + execution.getVariable(Var.DUE_DATE));
            }
        };
    }

    @Bean
    JavaDelegate overdueDelegate() {
        return execution -> escalation.taskOverdue(code(execution));
    }

    /**
     * The reminder of one coordinating agency's request (its due date in the note); like the task's, a
     * reminder that runs once the request is overdue (late job executor) records nothing.
     */
    @Bean
    JavaDelegate contributionReminderDelegate() {
        return execution -> {
            if (clock.today().isAfter(requestDueDate(execution))) {
                return;
            }
            String agency = (String) execution.getVariable(Var.COORDINATING_AGENCY);
            register.record(code(execution), TransitionKind.CONTRIBUTION_REMINDED, null,
                    directory.nameOf(agency) + ": hạn gửi ý kiến " + DAY.format(requestDueDate(execution)));
            // the request's clock runs beside its user task: the task is the one of the same agency
            org.camunda.bpm.engine.TaskService tasks = execution.getProcessEngineServices().getTaskService();
            org.camunda.bpm.engine.task.Task request = tasks.createTaskQuery()
                    .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(PlanTaskProcess.CONTRIBUTE)
                    .list().stream().filter(t -> agency.equals(tasks.getVariable(t.getId(), Var.COORDINATING_AGENCY)))
                    .findFirst().orElse(null);
            events.publishEvent(new ContributionReminderDue(code(execution), agency,
                    request == null ? null : request.getAssignee(), requestDueDate(execution)));
        };
    }

    @Bean
    JavaDelegate contributionOverdueDelegate() {
        return execution -> escalation.contributionOverdue(code(execution),
                (String) execution.getVariable(Var.COORDINATING_AGENCY), requestDueDate(execution));
    }

    @Bean
    JavaDelegate urgeDelegate() {
        return execution -> register.record(code(execution), TransitionKind.URGED, actor(execution),
                (String) execution.getVariable(Var.URGE_NOTE));
    }

    /** Grants a new due date, from an escalation or an extension request: the same decision. */
    @Bean
    JavaDelegate newDueDateDelegate() {
        return execution -> {
            LocalDate newDueDate = FormValues.date(execution.getVariable(Var.NEW_DUE_DATE));
            Schedule moved = schedule.reschedule(execution, newDueDate);
            String by = execution.hasVariable(Var.DUE_DATE_SET_BY) ? (String) execution.getVariable(Var.DUE_DATE_SET_BY)
                    : actor(execution);
            register.changeDueDate(code(execution), moved.dueDate(), by, (String) execution.getVariable(Var.DECISION_NOTE));
        };
    }

    @Bean
    JavaDelegate extensionRefusedDelegate() {
        return execution -> register.record(code(execution), TransitionKind.EXTENSION_REFUSED, actor(execution),
                (String) execution.getVariable(Var.DECISION_NOTE));
    }

    @Bean
    JavaDelegate closeTaskDelegate() {
        return execution -> register.close(code(execution), clock.today());
    }

    @Bean
    JavaDelegate withdrawalDelegate() {
        return execution -> register.withdraw(code(execution), execution.hasVariable(Var.WITHDRAWN_BY)
                ? (String) execution.getVariable(Var.WITHDRAWN_BY) : actor(execution),
                (String) execution.getVariable(Var.WITHDRAWAL_REASON));
    }

    private static LocalDate requestDueDate(DelegateExecution execution) {
        return LocalDate.parse((String) execution.getVariable(Var.REQUEST_DUE_DATE));
    }

    private static String code(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }

    private static String actor(DelegateExecution execution) {
        return CurrentActor.of(execution.getProcessEngineServices());
    }
}
