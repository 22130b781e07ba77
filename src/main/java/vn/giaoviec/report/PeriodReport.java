package vn.giaoviec.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One agency's CCHC report for one period of a plan (table period_report). */
public record PeriodReport(long planId, String period, String agency, ReportStatus status, LocalDate dueDate,
                           LocalDateTime submittedAt, String submittedBy, Boolean onTime, boolean escalated) {

    /** "Đúng hạn", "Chậm", or blank while not submitted. */
    public String timeliness() {
        return onTime == null ? "" : onTime ? "Đúng hạn" : "Chậm";
    }
}
