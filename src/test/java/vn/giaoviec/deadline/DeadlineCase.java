package vn.giaoviec.deadline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** One row of the parser's test tables: a phrase, the plan year and what it must mean. */
record DeadlineCase(String phrase, int planYear, DeadlineKind kind, List<LocalDate> dates,
                    boolean periodicAfter, boolean warned) {

    static DeadlineCase of(String phrase, DeadlineKind kind, String... dates) {
        return in(2023, phrase, kind, dates);
    }

    static DeadlineCase in(int planYear, String phrase, DeadlineKind kind, String... dates) {
        List<LocalDate> due = Arrays.stream(dates).map(LocalDate::parse).toList();
        return new DeadlineCase(phrase, planYear, kind, due, false, kind == DeadlineKind.UNSPECIFIED);
    }

    DeadlineCase thenPeriodic() {
        return new DeadlineCase(phrase, planYear, kind, dates, true, warned);
    }

    DeadlineCase warned(boolean expected) {
        return new DeadlineCase(phrase, planYear, kind, dates, periodicAfter, expected);
    }

    @Override
    public String toString() {
        return "\"" + phrase.replace("\n", "\\n") + "\" (" + planYear + ")";
    }
}
