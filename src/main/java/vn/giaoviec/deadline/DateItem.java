package vn.giaoviec.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * One period named inside a deadline phrase ("quý II", "tháng 6", "năm 2023", "10/02/2023"),
 * before its year is known. Resolving it gives the period's last day: a task due "in" a period
 * is due when the period ends.
 *
 * @param unit     what the number counts
 * @param token    the number as written (Roman or Arabic), for messages
 * @param value    quarter, month or month count; for DAY the month
 * @param day      day of month (DAY only); for HALF 1 = from the start of the year, 0 = from its end;
 *                 for WEEK the week of the month (1–5), 0 = its last week
 * @param year     explicit year as written (2 or 4 digits), or null to take it from context
 * @param rangeEnd true when the phrase says "from the previous item to this one"
 */
record DateItem(Unit unit, String token, int value, int day, Integer year, boolean rangeEnd) {

    enum Unit { QUARTER, MONTH, HALF, YEAR, DAY, WEEK }

    DateItem withYear(Integer newYear) {
        return new DateItem(unit, token, value, day, newYear, rangeEnd);
    }

    /** Four-digit year; two-digit years mean 20yy. */
    static Integer fullYear(String digits) {
        if (digits == null) {
            return null;
        }
        int y = Integer.parseInt(digits);
        return digits.length() <= 2 ? 2000 + y : y;
    }

    /** The period's last day, or null when no such period exists (quý V, tháng 13, 31/02). */
    LocalDate lastDay(int fallbackYear) {
        int y = year == null ? fallbackYear : year;
        try {
            return switch (unit) {
                case QUARTER -> value >= 1 && value <= 4 ? YearMonth.of(y, value * 3).atEndOfMonth() : null;
                case MONTH -> YearMonth.of(y, value).atEndOfMonth();
                case HALF -> YearMonth.of(y, day == 1 ? value : 12).atEndOfMonth();
                case YEAR -> LocalDate.of(y, 12, 31);
                case DAY -> LocalDate.of(y, value, day);
                case WEEK -> day == 0 ? YearMonth.of(y, value).atEndOfMonth()
                        : LocalDate.of(y, value, Math.min(7 * day, YearMonth.of(y, value).lengthOfMonth()));
            };
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    /** Vietnamese description of an impossible item, for the warning. */
    String describe(int fallbackYear) {
        int y = year == null ? fallbackYear : year;
        return switch (unit) {
            case QUARTER -> "quý " + token.toUpperCase(Locale.ROOT);
            case MONTH -> "tháng " + token;
            case HALF -> token + " tháng";
            case YEAR -> "năm " + y;
            case DAY -> "ngày " + day + "/" + value + "/" + y;
            case WEEK -> "tuần " + day + " tháng " + value + "/" + y;
        };
    }
}
