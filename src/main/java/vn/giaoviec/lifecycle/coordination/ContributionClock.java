package vn.giaoviec.lifecycle.coordination;

import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.calendar.WorkingTime;
import vn.giaoviec.calendar.WorkingTime.Schedule;
import vn.giaoviec.engine.FormRows;
import vn.giaoviec.engine.FormValues;
import vn.giaoviec.lifecycle.LifecycleProperties;

/**
 * One coordinating agency's request gets its own due date when it starts: the date the lead agency's
 * leader chose for this agency when assigning, or the one for all, or else {@link #defaultDueDate}. Its timers use the same instants as a task's (end of the due
 * day, midnight after it, 08:00 on the reminder day), kept as variables local to the request.
 */
@Component("contributionClock")
public class ContributionClock {

    private final WorkingTime workingTime;
    private final ProvinceClock clock;
    private final LifecycleProperties properties;

    public ContributionClock(WorkingTime workingTime, ProvinceClock clock, LifecycleProperties properties) {
        this.workingTime = workingTime;
        this.clock = clock;
        this.properties = properties;
    }

    /** Called as a request starts (the diagram's start listener): its due date and timer instants. */
    public void arm(DelegateExecution request) {
        Object chosen = ownDueDate(request);
        LocalDate due = chosen == null || chosen.toString().isBlank() ? defaultDueDate(
                LocalDate.parse((String) request.getVariable(Var.DUE_DATE))) : FormValues.date(chosen);
        Schedule schedule = of(due);
        request.setVariableLocal(Var.REQUEST_DUE_DATE, schedule.dueDate().toString());
        request.setVariableLocal(Var.REQUEST_DUE_AT, schedule.dueAt());
        request.setVariableLocal(Var.REQUEST_OVERDUE_AT, schedule.overdueAt());
        request.setVariableLocal(Var.REQUEST_REMINDER_AT, schedule.reminderAt());
    }

    /** The agency's own date from "Hạn riêng của từng cơ quan", else the date for all (either may be empty). */
    private static Object ownDueDate(DelegateExecution request) {
        Object agency = request.getVariable(Var.COORDINATING_AGENCY);
        return FormRows.read(request.getVariable(Var.CONTRIBUTION_DUE_DATES), Var.CONTRIBUTION_DUE_DATES).stream()
                .filter(row -> agency.equals(row.get(Var.ROW_AGENCY))).map(row -> row.get(Var.ROW_DUE_DATE))
                .findFirst().orElse(request.getVariable(Var.CONTRIBUTION_DUE_DATE));
    }

    /** The instants of a request due on that day. */
    public Schedule of(LocalDate dueDate) {
        return workingTime.schedule(dueDate, properties.contributionReminderWorkingDays(), 0);
    }

    /**
     * {@code contribution-working-days} from today, but no later than {@code coordination-working-days}
     * before the task's due date (the lead officer needs the contributions in time), and never today or
     * earlier, nor after the task's due date.
     */
    LocalDate defaultDueDate(LocalDate taskDueDate) {
        LocalDate today = clock.today();
        LocalDate byDefault = min(workingTime.addWorkingDays(today, properties.contributionWorkingDays()),
                workingTime.addWorkingDays(taskDueDate, -properties.coordinationWorkingDays()));
        return byDefault.isAfter(today) ? byDefault : min(workingTime.addWorkingDays(today, 1), taskDueDate);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
