package vn.giaoviec.deadline;

/** The kind of a plan's deadline phrase ("Thời gian hoàn thành"). */
public enum DeadlineKind {
    /** One due date, e.g. "Quý I/2023". */
    FIXED,
    /** Several due dates, e.g. "Quý II, III năm 2023". */
    MULTIPLE,
    /** Reported at each CCHC reporting period, e.g. "Theo định kỳ". */
    PERIODIC,
    /** Ongoing all year, e.g. "Thường xuyên". */
    CONTINUOUS,
    /** Due after an event, e.g. "Sau khi có kết quả công bố". */
    EVENT,
    /** No date could be derived; the user enters one by hand. */
    UNSPECIFIED
}
