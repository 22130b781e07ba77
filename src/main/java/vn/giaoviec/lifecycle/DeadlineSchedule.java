package vn.giaoviec.lifecycle;

import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.giaoviec.calendar.WorkingTime;
import vn.giaoviec.calendar.WorkingTime.Schedule;
import vn.giaoviec.engine.ScheduleVariables;

/**
 * The lifecycle's dates: the schedule of a task's due date (by the one rule of
 * {@link WorkingTime#schedule}, with the lifecycle's reminder and coordination offsets) and the due
 * dates of the open user tasks when the due date changes (a coordinating agency's request keeps its own
 * date: {@link ContributionClock}).
 */
@Component("deadlineSchedule")
public class DeadlineSchedule {

    private final WorkingTime workingTime;
    private final LifecycleProperties properties;

    public DeadlineSchedule(WorkingTime workingTime, LifecycleProperties properties) {
        this.workingTime = workingTime;
        this.properties = properties;
    }

    /** The dates that follow from a due date (as written in the plan or granted later). */
    public Schedule of(LocalDate nominalDueDate) {
        return workingTime.schedule(nominalDueDate, properties.reminderWorkingDays(),
                properties.coordinationWorkingDays());
    }

    /**
     * Gives the task a new due date: its variables and the due dates of its open work move. The timers
     * do not move here: the diagram then ends the clock subprocess ("Thời hạn mới"), which starts
     * again and arms exactly the reminder and overdue timers of the new date.
     */
    public Schedule reschedule(DelegateExecution execution, LocalDate newDueDate) {
        Schedule schedule = of(newDueDate);
        execution.getProcessInstance().setVariables(ScheduleVariables.of(schedule));
        moveOpenTasks(execution.getProcessEngineServices().getTaskService(), execution.getProcessInstanceId(), schedule);
        return schedule;
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
            default -> null;
        };
    }
}
