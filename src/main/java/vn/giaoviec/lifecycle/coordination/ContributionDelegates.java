package vn.giaoviec.lifecycle.coordination;

import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.lifecycle.Escalation;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.register.TransitionKind;

/**
 * The service tasks of one coordinating agency's request in bpmn/nhiem-vu.bpmn (its reminder and its
 * overdue report); the bean names are the diagram's delegate expressions.
 */
@Configuration
class ContributionDelegates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final TaskRegister register;
    private final ProvinceClock clock;
    private final Escalation escalation;
    private final AgencyDirectory directory;
    private final ApplicationEventPublisher events;

    ContributionDelegates(TaskRegister register, ProvinceClock clock, Escalation escalation, AgencyDirectory directory,
                          ApplicationEventPublisher events) {
        this.register = register;
        this.clock = clock;
        this.escalation = escalation;
        this.directory = directory;
        this.events = events;
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
            TaskService tasks = execution.getProcessEngineServices().getTaskService();
            Task request = tasks.createTaskQuery()
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

    private static LocalDate requestDueDate(DelegateExecution execution) {
        return LocalDate.parse((String) execution.getVariable(Var.REQUEST_DUE_DATE));
    }

    private static String code(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }
}
