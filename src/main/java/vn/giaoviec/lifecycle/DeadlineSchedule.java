package vn.giaoviec.lifecycle;

import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.calendar.WorkingDayCalendar;

/**
 * Turns a task's due date into the instants its timers and user tasks use, in working days,
 * and moves them when the due date changes. The one place where lifecycle dates are computed.
 * <p>
 * Rules: a due date on a non-working day moves to the next working day (Bộ luật Dân sự 2015,
 * Điều 148); the task is overdue once its due day has ended (00:00 the next day); reminders
 * fire at 08:00.
 */
@Component("deadlineSchedule")
public class DeadlineSchedule {

    static final LocalTime WORKDAY_START = LocalTime.of(8, 0);
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final WorkingDayCalendar calendar;
    private final ProvinceClock clock;
    private final LifecycleProperties properties;

    public DeadlineSchedule(WorkingDayCalendar calendar, ProvinceClock clock, LifecycleProperties properties) {
        this.calendar = calendar;
        this.clock = clock;
        this.properties = properties;
    }

    /** The dates that follow from a due date (as written in the plan or granted later). */
    public Schedule of(LocalDate nominalDueDate) {
        return of(nominalDueDate, properties.reminderWorkingDays());
    }

    /** The same rules with another reminder offset (periodic reports have their own). */
    public Schedule of(LocalDate nominalDueDate, int reminderWorkingDays) {
        LocalDate due = calendar.onOrAfter(nominalDueDate);
        return new Schedule(due,
                clock.at(due, END_OF_DAY),
                clock.at(due.plusDays(1), LocalTime.MIDNIGHT),
                clock.at(calendar.addWorkingDays(due, -reminderWorkingDays), WORKDAY_START),
                clock.at(calendar.addWorkingDays(due, -properties.coordinationWorkingDays()), END_OF_DAY));
    }

    /** When an overdue task escalates again: one cycle from today, never before the task is overdue. */
    public Date nextEscalationAt(DelegateExecution execution) {
        Date overdueAt = (Date) execution.getVariable(Var.OVERDUE_AT);
        Date next = clock.at(calendar.addWorkingDays(clock.today(), properties.escalationCycleWorkingDays()),
                WORKDAY_START);
        return next.after(overdueAt) ? next : overdueAt;
    }

    /**
     * Gives the task a new due date: variables, every pending timer and every open user task move.
     * Camunda does not re-evaluate a running timer when a variable changes, hence the explicit moves.
     */
    public Schedule reschedule(DelegateExecution execution, LocalDate newDueDate) {
        Schedule schedule = of(newDueDate);
        execution.getProcessInstance().setVariables(schedule.asVariables());
        String processInstanceId = execution.getProcessInstanceId();
        ManagementService management = execution.getProcessEngineServices().getManagementService();
        moveTimers(management, processInstanceId, PlanTaskProcess.EVENT_REMINDER, schedule.reminderAt());
        moveTimers(management, processInstanceId, PlanTaskProcess.EVENT_OVERDUE, schedule.overdueAt());
        moveTimers(management, processInstanceId, PlanTaskProcess.EVENT_ESCALATION_CYCLE, schedule.overdueAt());
        moveOpenTasks(execution.getProcessEngineServices().getTaskService(), processInstanceId, schedule);
        return schedule;
    }

    private static void moveTimers(ManagementService management, String processInstanceId, String activityId,
                                   Date dueDate) {
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
                .timers().list()) {
            management.setJobDuedate(job.getId(), dueDate);
        }
    }

    private static void moveOpenTasks(TaskService tasks, String processInstanceId, Schedule schedule) {
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            Date due = dueDateOf(task.getTaskDefinitionKey(), schedule);
            if (due != null) {
                task.setDueDate(due);
                tasks.saveTask(task);
            }
        }
    }

    private static Date dueDateOf(String activityId, Schedule schedule) {
        return switch (activityId) {
            case PlanTaskProcess.ASSIGN, PlanTaskProcess.SUBMIT, PlanTaskProcess.REVIEW -> schedule.dueAt();
            case PlanTaskProcess.CONTRIBUTE -> schedule.coordinationDueAt();
            default -> null;
        };
    }

    /** The instants derived from one due date. */
    public record Schedule(LocalDate dueDate, Date dueAt, Date overdueAt, Date reminderAt, Date coordinationDueAt) {

        public Map<String, Object> asVariables() {
            Map<String, Object> variables = new HashMap<>();
            variables.put(Var.DUE_DATE, dueDate.toString());
            variables.put(Var.DUE_AT, dueAt);
            variables.put(Var.OVERDUE_AT, overdueAt);
            variables.put(Var.REMINDER_AT, reminderAt);
            variables.put(Var.COORDINATION_DUE_AT, coordinationDueAt);
            return variables;
        }
    }
}
