package vn.giaoviec.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * A parsed deadline phrase of a plan task ("Thời gian hoàn thành").
 *
 * @param text          the original phrase, unchanged
 * @param kind          what sort of deadline the phrase states
 * @param dueDates      sorted, immutable; empty when the kind has no fixed date
 * @param periodicAfter true for compounds such as "Quý IV/2022 và theo định kỳ": a date, then periodic work
 * @param event         for {@link DeadlineKind#EVENT}, the triggering event as written; else null
 * @param warning       null, or a Vietnamese sentence for the user quoting the phrase
 */
public record Deadline(String text, DeadlineKind kind, List<LocalDate> dueDates,
                       boolean periodicAfter, String event, String warning) {

    public Deadline {
        dueDates = dueDates == null ? List.of() : dueDates.stream().distinct().sorted().toList();
    }

    /** The last due date, or null when there is none (the date that decides "on time"). */
    public LocalDate lastDueDate() {
        return dueDates.isEmpty() ? null : dueDates.get(dueDates.size() - 1);
    }
}
