package vn.giaoviec.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import vn.giaoviec.deadline.Deadline;

/**
 * One appendix row as the import will register it.
 *
 * @param lead          canonical lead name (a collective as written, expanded in {@code taskCount})
 * @param coordinators  canonical coordinating agency or collective names
 * @param taskCount     how many tasks the row becomes (one per lead agency)
 * @param leadCodes     the lead agencies, one task each
 * @param coordinatorCodes agencies asked to coordinate on every task of the row
 * @param coordinatorsChosenAtAssignment "… có liên quan": the lead agency's leader picks them
 * @param dueDate       the date the lifecycle runs against (see {@link PlanImporter}); null while the
 *                      task waits for an event
 */
public record PreviewItem(int row, String section, String stt, String parent, String title, String lead,
                          List<String> coordinators, String product, String deadlineText, Deadline deadline,
                          int taskCount, List<String> leadCodes, List<String> coordinatorCodes,
                          boolean coordinatorsChosenAtAssignment, LocalDate dueDate) {

    @JsonIgnore
    boolean isTask() {
        return taskCount > 0;
    }
}
