package vn.giaoviec.register;

import java.time.LocalDate;

/**
 * The four statuses of the Government Office's task-tracking reports, plus withdrawn and, at year end,
 * not completed.
 * {@link #of} is the one place where a task's status is computed.
 */
public enum TaskStatus {
    IN_PROGRESS_ON_TIME("Đang thực hiện trong hạn"),
    IN_PROGRESS_OVERDUE("Đang thực hiện quá hạn"),
    DONE_ON_TIME("Đã hoàn thành đúng hạn"),
    DONE_LATE("Đã hoàn thành quá hạn"),
    WITHDRAWN("Đã thu hồi"),
    /** Closed at the plan's year end without its product (Sở Nội vụ's decision). */
    NOT_COMPLETED("Không hoàn thành");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A task is late once its due date has ended: completing on the due date is on time. */
    public static TaskStatus of(LocalDate dueDate, LocalDate completedDate, LocalDate today) {
        if (completedDate != null) {
            return dueDate == null || !completedDate.isAfter(dueDate) ? DONE_ON_TIME : DONE_LATE;
        }
        return dueDate != null && today.isAfter(dueDate) ? IN_PROGRESS_OVERDUE : IN_PROGRESS_ON_TIME;
    }
}
