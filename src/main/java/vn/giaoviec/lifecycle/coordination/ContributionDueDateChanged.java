package vn.giaoviec.lifecycle.coordination;

import java.time.LocalDate;

/**
 * The lead agency's leader gave a coordinating agency's open request a new due date: whoever holds
 * it — its officer, or the agency while nobody does — is told (published inside the transaction).
 */
public record ContributionDueDateChanged(String taskCode, String agency, String assignee, LocalDate dueDate,
                                         String actor) {
}
