package vn.giaoviec.task;

import java.time.LocalDate;
import java.util.List;

/** One row of the task register: a plan task as the official reports count it. */
public record RegisterEntry(String taskCode, String processInstanceId, Long planId, String title, String section,
                            String leadAgency, List<String> coordinatingAgencies, String product,
                            String deadlineText, LocalDate originalDueDate, LocalDate dueDate, TaskPhase phase,
                            TaskStatus status, int escalationCount, LocalDate completedDate,
                            Integer planRow, String stt) {
}
