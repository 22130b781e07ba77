package vn.giaoviec.yearend;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a plan's year ends (giaoviec.year-end.*): Sở Nội vụ's leaders are asked to decide on the
 * unfinished tasks on this day of the plan year, written day/month ("15/12"); a non-working day
 * moves to the next working day.
 *
 * @param date day/month of the plan year; default 15/12, when the year's data cut-off ends (581/BNV-CCHC)
 */
@ConfigurationProperties("giaoviec.year-end")
public record YearEndProperties(String date) {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d/M");

    public YearEndProperties {
        date = date == null || date.isBlank() ? "15/12" : date.trim();
        dayMonth(date);
    }

    /** The nominal year-end day of a plan year (before the working-day rule). */
    public LocalDate dateIn(int year) {
        return dayMonth(date).atYear(year);
    }

    private static MonthDay dayMonth(String text) {
        try {
            return MonthDay.parse(text, DAY_MONTH);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("giaoviec.year-end.date phải viết dạng ngày/tháng, ví dụ \"15/12\": \""
                    + text + "\"", e);
        }
    }
}
