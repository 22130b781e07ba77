package vn.giaoviec.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import vn.giaoviec.deadline.DeadlineKind;

/**
 * What a plan row gives a task when it is issued.
 *
 * @param planRow the appendix row the task comes from (null for a task issued on its own)
 * @param dueDate the due date as read from the deadline phrase (a non-working day moves forward)
 * @param deadlineKind what the phrase says, as the preview read it (the launcher does not read it again)
 */
public record NewTask(@NotBlank String taskCode, Long planId, Integer planRow, String stt, @NotBlank String title, String section,
                      @NotBlank String leadAgency, List<String> coordinatingAgencies, String expectedProduct,
                      String deadlineText, @NotNull LocalDate dueDate, DeadlineKind deadlineKind) {

    public NewTask {
        coordinatingAgencies = coordinatingAgencies == null ? List.of() : List.copyOf(coordinatingAgencies);
    }

    public NewTask withDeadlineKind(DeadlineKind kind) {
        return new NewTask(taskCode, planId, planRow, stt, title, section, leadAgency, coordinatingAgencies,
                expectedProduct, deadlineText, dueDate, kind);
    }
}
