package vn.giaoviec.lifecycle;

import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.calendar.WorkingTime.Schedule;
import vn.giaoviec.engine.CurrentActor;
import vn.giaoviec.engine.FormValues;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.register.TaskStatus;
import vn.giaoviec.register.TransitionKind;

/**
 * The service tasks of bpmn/nhiem-vu.bpmn (a coordinating agency's request has its own:
 * coordination/ContributionDelegates). Each delegate only maps process variables to one call on the
 * register or the schedule; the bean names are the diagram's delegate expressions.
 */
@Configuration
class LifecycleDelegates {

    private final TaskRegister register;
    private final DeadlineSchedule schedule;
    private final ProvinceClock clock;
    private final Escalation escalation;

    LifecycleDelegates(TaskRegister register, DeadlineSchedule schedule, ProvinceClock clock, Escalation escalation) {
        this.register = register;
        this.schedule = schedule;
        this.clock = clock;
        this.escalation = escalation;
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

    private static String code(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }

    private static String actor(DelegateExecution execution) {
        return CurrentActor.of(execution.getProcessEngineServices());
    }
}
