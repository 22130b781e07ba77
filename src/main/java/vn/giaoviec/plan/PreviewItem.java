package vn.giaoviec.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import vn.giaoviec.deadline.Deadline;

/**
 * One appendix row as the import will register it (the user's edits applied).
 *
 * @param lead          canonical lead name (a collective as written, expanded in {@code taskCount})
 * @param coordinators  canonical coordinating agency or collective names (never the lead itself)
 * @param taskCount     how many tasks the row becomes (one per lead agency; 0 when skipped)
 * @param leadCodes     the lead agencies, one task each
 * @param coordinatorCodes agencies asked to coordinate on every task of the row
 * @param coordinatorsChosenAtAssignment "… có liên quan": the lead agency's leader picks them
 * @param dueDate       the date the lifecycle runs against (see {@link PlanImporter}), ISO; null while
 *                      the task waits for an event
 * @param skipped       the user left this row out
 * @param parties       people and organisations named beside the agencies ("người dân, doanh nghiệp"),
 *                      kept as text on the task
 * @param uncertain     columns whose OCR text had low confidence
 * @param dueDateChosen the user chose the date (the phrase gives none)
 * @param datePickable  the phrase gives no date of its own, so the user may choose one
 */
public record PreviewItem(int row, String section, String stt, String parent, String title, String lead,
                          List<String> coordinators, String product, String deadlineText, Deadline deadline,
                          int taskCount, List<String> leadCodes, List<String> coordinatorCodes,
                          boolean coordinatorsChosenAtAssignment, LocalDate dueDate, boolean skipped,
                          List<String> parties, List<String> uncertain, boolean dueDateChosen, boolean datePickable) {

    public PreviewItem {
        coordinators = List.copyOf(coordinators);
        leadCodes = List.copyOf(leadCodes);
        coordinatorCodes = List.copyOf(coordinatorCodes);
        parties = parties == null ? List.of() : List.copyOf(parties);
        uncertain = uncertain == null ? List.of() : List.copyOf(uncertain);
    }

    @JsonIgnore
    boolean isTask() {
        return taskCount > 0;
    }

    /** The due date as users read it, dd/mm/yyyy; null while waiting for an event. */
    public String dueDateShown() {
        return dueDate == null ? null : dueDate.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** The kind of deadline in words ("Một mốc", "Định kỳ", …), never the enum name. */
    public String deadlineKindShown() {
        return DeadlineWords.of(deadline, dueDateChosen);
    }

    public boolean isUncertain(String column) {
        return uncertain.contains(column);
    }
}
