package vn.giaoviec.lifecycle.coordination;

import java.time.LocalDate;

/**
 * A coordinating agency's request reaches its reminder day (published inside the engine's
 * transaction): whoever holds it — its officer, or the agency's group while nobody does — is told.
 */
public record ContributionReminderDue(String taskCode, String agency, String assignee, LocalDate dueDate) {
}
