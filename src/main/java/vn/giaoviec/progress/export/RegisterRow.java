package vn.giaoviec.progress.export;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import vn.giaoviec.register.TaskStatus;

/**
 * One line of an exported task register, with names (not codes) as the appendix prints them.
 *
 * @param section                 the section heading (lĩnh vực), e.g. "II. Cải cách thể chế"; null or blank for none
 * @param stt                     the row number as the plan writes it: "1", "1.", "a)" or empty
 * @param coordinatingAgencyNames printed one per line in the cell; null means none
 * @param deadlineText            the plan's deadline phrase, e.g. "Quý IV năm 2022"
 * @param dueDate                 the current due date (after any extension); null when the task has none
 * @param completedDate           null while the task is not completed
 * @param milestones              for multi-date and periodic tasks, one line per milestone
 *                                ("Quý II/2031 (30/06/2031): Đã báo cáo đúng hạn"); printed one per line
 */
public record RegisterRow(String section, String stt, String title, String leadAgencyName,
                          List<String> coordinatingAgencyNames, String product, String deadlineText,
                          LocalDate dueDate, TaskStatus status, LocalDate completedDate, List<String> milestones) {

    public RegisterRow {
        coordinatingAgencyNames = coordinatingAgencyNames == null ? List.of() : List.copyOf(coordinatingAgencyNames);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** A task without milestones. */
    public RegisterRow(String section, String stt, String title, String leadAgencyName,
                       List<String> coordinatingAgencyNames, String product, String deadlineText,
                       LocalDate dueDate, TaskStatus status, LocalDate completedDate) {
        this(section, stt, title, leadAgencyName, coordinatingAgencyNames, product, deadlineText, dueDate, status,
                completedDate, List.of());
    }

    /**
     * Days late, in <b>calendar days</b> (not working days), as the Government Office's task-tracking
     * reports count them: for {@link TaskStatus#DONE_LATE} completion date minus due date, for
     * {@link TaskStatus#IN_PROGRESS_OVERDUE} {@code today} minus due date, otherwise 0 (also 0 when
     * a date needed for the count is missing).
     */
    public int daysLate(LocalDate today) {
        if (status == null || dueDate == null) {
            return 0;
        }
        return switch (status) {
            case DONE_LATE -> completedDate == null ? 0 : daysBetween(dueDate, completedDate);
            case IN_PROGRESS_OVERDUE -> daysBetween(dueDate, today);
            default -> 0;
        };
    }

    private static int daysBetween(LocalDate from, LocalDate to) {
        return Math.max(0, Math.toIntExact(ChronoUnit.DAYS.between(from, to)));
    }
}
