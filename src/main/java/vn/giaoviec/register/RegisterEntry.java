package vn.giaoviec.register;

import java.time.LocalDate;
import java.util.List;
import vn.giaoviec.deadline.DeadlineKind;

/**
 * One row of the task register: a plan task as the official reports count it.
 * {@code deadlineKind} is null for rows registered before it was kept; {@code eventName} names the
 * event an EVENT task waits for.
 */
public record RegisterEntry(String taskCode, String processInstanceId, Long planId, String title, String section,
                            String leadAgency, List<String> coordinatingAgencies, String product,
                            String deadlineText, LocalDate originalDueDate, LocalDate dueDate, TaskPhase phase,
                            TaskStatus status, int escalationCount, LocalDate completedDate,
                            Integer planRow, String stt, DeadlineKind deadlineKind,
                            String eventName) {

    /** Reported on at every CCHC reporting period rather than by one due date. */
    public boolean isRecurring() {
        return deadlineKind == DeadlineKind.PERIODIC || deadlineKind == DeadlineKind.CONTINUOUS;
    }

    public boolean isOpen() {
        return phase != TaskPhase.CLOSED && phase != TaskPhase.WITHDRAWN;
    }
}
