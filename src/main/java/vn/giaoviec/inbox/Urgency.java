package vn.giaoviec.inbox;

import java.time.LocalDate;

/**
 * How pressing a piece of work is, as its row shows it (colour and word): returned work first,
 * then by its due date against today and the reminder window. Not the register's official status
 * (TaskStatus), which knows nothing of "soon" or "returned".
 */
public enum Urgency {
    RETURNED("bị trả lại"),
    OVERDUE("quá hạn"),
    DUE_SOON("sắp đến hạn"),
    ON_TIME("trong hạn"),
    NO_DUE_DATE("không có hạn");

    private final String word;

    Urgency(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** {@code soonUntil}: the last day that still counts as "sắp đến hạn". */
    static Urgency of(LocalDate due, boolean returned, LocalDate today, LocalDate soonUntil) {
        if (returned) {
            return RETURNED;
        }
        if (due == null) {
            return NO_DUE_DATE;
        }
        if (due.isBefore(today)) {
            return OVERDUE;
        }
        return due.isAfter(soonUntil) ? ON_TIME : DUE_SOON;
    }
}
