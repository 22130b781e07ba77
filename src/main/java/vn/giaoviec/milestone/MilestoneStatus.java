package vn.giaoviec.milestone;

import java.time.LocalDate;

/** Where one milestone of a task stands; the words are what the task page and the reports show. */
public enum MilestoneStatus {
    PENDING("Chưa đến hạn"),
    DONE("Đã báo cáo đúng hạn"),
    DONE_LATE("Đã báo cáo quá hạn"),
    /** Its date passed without a report and the task was closed (approved, withdrawn, year end). */
    NOT_DONE("Không thực hiện"),
    /** Not yet due when the task was closed: nothing was asked any more. */
    STOPPED("Dừng theo nhiệm vụ");

    private final String label;

    MilestoneStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The word for a row: an open milestone whose date has passed reads as overdue. */
    public String labelOn(LocalDate dueDate, LocalDate today) {
        return this == PENDING && today.isAfter(dueDate) ? "Quá hạn, chưa báo cáo" : label;
    }

    /** Reporting on the due date is on time. */
    public static MilestoneStatus reported(LocalDate dueDate, LocalDate reportedOn) {
        return reportedOn.isAfter(dueDate) ? DONE_LATE : DONE;
    }

    /** What an open milestone becomes when its task closes on {@code today}. */
    public static MilestoneStatus closedOpen(LocalDate dueDate, LocalDate today) {
        return today.isAfter(dueDate) ? NOT_DONE : STOPPED;
    }
}
