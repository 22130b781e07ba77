package vn.giaoviec.lifecycle;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Offsets of the task lifecycle, in working days (giaoviec.lifecycle.*).
 *
 * @param reminderWorkingDays         reminder this many working days before the due date
 * @param coordinationWorkingDays     coordination requests due this many working days before the task
 * @param escalationCycleWorkingDays  an overdue task escalates again after this many working days
 * @param eventWorkingDays            a task due "after an event" is due this many working days after it
 * @param contributionWorkingDays     a coordination request is due this many working days after the
 *                                    assignment, unless the lead agency's leader sets its date
 * @param contributionReminderWorkingDays a coordinating agency is reminded this many working days before
 */
@ConfigurationProperties("giaoviec.lifecycle")
public record LifecycleProperties(int reminderWorkingDays, int coordinationWorkingDays,
                                  int escalationCycleWorkingDays, int eventWorkingDays,
                                  int contributionWorkingDays, int contributionReminderWorkingDays) {
}
