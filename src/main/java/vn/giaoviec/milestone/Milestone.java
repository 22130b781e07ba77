package vn.giaoviec.milestone;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** One stored milestone of a task (table task_milestone). */
public record Milestone(String taskCode, int seq, String label, LocalDate dueDate, MilestoneStatus status,
                        boolean overdue, LocalDateTime reportedAt, String reportedBy, String resultText,
                        String resultLink, String processInstanceId) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String dueDateShown() {
        return DAY.format(dueDate);
    }

    public String reportedShown() {
        return reportedAt == null ? "" : DAY.format(reportedAt);
    }

    public String statusShown(LocalDate today) {
        return status.labelOn(dueDate, today);
    }

    public boolean open() {
        return status == MilestoneStatus.PENDING;
    }
}
