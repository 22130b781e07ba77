package vn.giaoviec.inbox;

import java.time.LocalDate;

/**
 * One row of an inbox list: a piece of work (a Camunda user task) with what makes it recognisable
 * without opening it. {@code taskCode} and {@code leadAgencyName} are empty for work outside a plan
 * task (periodic reports, year end).
 */
public record InboxRow(String workId, String step, String stepKey, String taskCode, String title,
                       String leadAgencyName, LocalDate due, Urgency urgency, boolean assignedToMe) {
}
