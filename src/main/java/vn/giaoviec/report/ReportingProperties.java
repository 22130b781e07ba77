package vn.giaoviec.report;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deployment's periodic CCHC reporting schedule (giaoviec.reporting.*). Defaults follow Bộ Nội vụ
 * guidance 581/BNV-CCHC (DOMAIN.md, "Periodic CCHC reports"); provinces set their own dates here.
 *
 * @param compilingAgency     agency that compiles the province's report; blank = the directory's CCHC agency
 * @param reminderWorkingDays agencies are reminded this many working days before the report is due
 * @param compileWorkingDays  Sở Nội vụ compiles this many working days after the due date, reported or not
 * @param periods             the reporting periods of a plan year, in order
 */
@ConfigurationProperties("giaoviec.reporting")
public record ReportingProperties(String compilingAgency, int reminderWorkingDays, int compileWorkingDays,
                                  List<Period> periods) {

    public ReportingProperties {
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    public Period period(String code) {
        return periods.stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Không có kỳ báo cáo \"" + code + "\""));
    }

    /**
     * One reporting period. Dates are written day/month ("15/12"); a cut-off window whose start comes
     * after its end in the calendar ("15/12" → "14/03") starts in the previous year.
     *
     * @param code      stable id stored with reports: Q1, H1, Q3, YEAR
     * @param name      what users read: "Quý I", "6 tháng", …
     * @param cutoffFrom first day of the data window
     * @param cutoffTo  last day of the data window; the agencies' report tasks open the next morning
     * @param due       the agencies' reports are due on this day
     */
    public record Period(String code, String name, String cutoffFrom, String cutoffTo, String due) {

        public LocalDate cutoffStart(int year) {
            MonthDay from = dayMonth(cutoffFrom);
            return from.isAfter(dayMonth(cutoffTo)) ? from.atYear(year - 1) : from.atYear(year);
        }

        public LocalDate cutoffEnd(int year) {
            return dayMonth(cutoffTo).atYear(year);
        }

        public LocalDate dueDate(int year) {
            return dayMonth(due).atYear(year);
        }

        private static MonthDay dayMonth(String text) {
            String[] parts = text.trim().split("/");
            if (parts.length != 2) {
                throw new IllegalArgumentException("Ngày trong lịch báo cáo phải viết dạng ngày/tháng: \"" + text + "\"");
            }
            return MonthDay.of(Integer.parseInt(parts[1].trim()), Integer.parseInt(parts[0].trim()));
        }
    }
}
