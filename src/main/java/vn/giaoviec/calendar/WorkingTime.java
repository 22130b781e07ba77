package vn.giaoviec.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The instants every process waits for, on the province's working days: the start of a working day
 * (08:00, when reminders, year-end decisions and report openings arrive), the end of a due day, and
 * the schedule that follows from a due date. The one place where "08:00 on a working day" is computed.
 * <p>
 * Rules: a due date on a non-working day moves to the next working day (Bộ luật Dân sự 2015,
 * Điều 148); a task is overdue once its due day has ended (00:00 the next day).
 */
@Component
public class WorkingTime {

    public static final LocalTime WORKDAY_START = LocalTime.of(8, 0);
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final WorkingDayCalendar calendar;
    private final ProvinceClock clock;

    public WorkingTime(WorkingDayCalendar calendar, ProvinceClock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** 08:00 on {@code day}, whatever day it is (the caller has chosen it). */
    public Date startOf(LocalDate day) {
        return clock.at(day, WORKDAY_START);
    }

    /** 08:00 on {@code day}, or on the next working day when {@code day} is not one. */
    public Date startOfWorkingDayFrom(LocalDate day) {
        return startOf(calendar.onOrAfter(day));
    }

    /** 08:00, {@code workingDays} working days after today. */
    public Date startOfWorkingDaysFromToday(int workingDays) {
        return startOf(calendar.addWorkingDays(clock.today(), workingDays));
    }

    /** The day {@code workingDays} working days after {@code day} (before it, when negative). */
    public LocalDate addWorkingDays(LocalDate day, int workingDays) {
        return calendar.addWorkingDays(day, workingDays);
    }

    /**
     * The instants that follow from a due date as written (a plan's phrase, a decision, a report period):
     * the working due date, the end of that day, the overdue instant, the reminder {@code reminderWorkingDays}
     * working days before at 08:00, and the coordination due instant {@code coordinationWorkingDays} before.
     */
    public Schedule schedule(LocalDate nominalDueDate, int reminderWorkingDays, int coordinationWorkingDays) {
        LocalDate due = calendar.onOrAfter(nominalDueDate);
        return new Schedule(due,
                clock.at(due, END_OF_DAY),
                clock.at(due.plusDays(1), LocalTime.MIDNIGHT),
                startOf(calendar.addWorkingDays(due, -reminderWorkingDays)),
                clock.at(calendar.addWorkingDays(due, -coordinationWorkingDays), END_OF_DAY));
    }

    /** The instants derived from one due date. */
    public record Schedule(LocalDate dueDate, Date dueAt, Date overdueAt, Date reminderAt, Date coordinationDueAt) {
    }
}
