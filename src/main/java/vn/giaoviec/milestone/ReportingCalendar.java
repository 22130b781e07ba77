package vn.giaoviec.milestone;

import java.time.LocalDate;
import java.util.List;

/**
 * The CCHC reporting periods of a plan year with their report due dates, as the deployment configures
 * them: "Theo định kỳ" means "at each of these". Implemented by the reporting feature, which owns the
 * schedule and reads the milestones for its reports (the interface keeps the two free of a cycle).
 */
public interface ReportingCalendar {

    List<ReportingDate> periodsOf(int year);

    /** @param name "Quý I", "6 tháng", …; @param dueDate the agencies' reports are due then */
    record ReportingDate(String name, LocalDate dueDate) {
    }
}
