package vn.giaoviec.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dated part of a normalized deadline phrase: quarters, months, "6 tháng đầu năm",
 * years and explicit days, joined into lists ("Quý II, III") or ranges ("Tháng 3-6/2023").
 * A range yields only its end, because the task is due when the range ends.
 */
final class DateExpressionParser {

    /** Outcome: dates when understood; {@code invalid} names an impossible period; both empty = not understood. */
    record Result(List<LocalDate> dates, String invalid) {
        static final Result NOT_UNDERSTOOD = new Result(List.of(), null);

        boolean understood() {
            return !dates.isEmpty() || invalid != null;
        }
    }

    /** "năm 2023", "/2023", "/23", "-2023", " 2023" after a period; a bare trailing "năm" is absorbed. */
    private static final String YEAR = "(?:(?:\\s*(?:nam|/)\\s*|\\s*-\\s*(?=\\d{4})|\\s+(?=\\d{4}))(?<y>\\d{4}|\\d{2})"
            + "|\\s+nam\\b)?(?![\\d/])";
    private static final Pattern RANGE_SEP = Pattern.compile("(?:[-~]|(?:den het|den|toi)\\b)");
    private static final Pattern LIST_SEP = Pattern.compile("(?:[,;+&]|(?:va|hoac)\\b)");
    private static final Pattern FILLER = Pattern.compile(
            "(?:hoan thanh|cham nhat|ket thuc|thoi han|thoi gian|truoc|tu|trong|vao|het|cuoi|han|la|ke hoach|ca)\\b");
    /** "Quý I", OCR's "Quy I", the old spelling "Quí I", and "Q1". */
    private static final Pattern QUARTER = Pattern.compile("(?:qu[yi]\\s*|q)(?<v>[ivxl]+|\\d{1,2})\\b" + YEAR);
    /** "Tuần đầu tháng 1/2025", "tuần thứ 2 tháng 3", "tuần cuối tháng 6": the week's last day (7th, 14th, …, month end). */
    private static final Pattern WEEK = Pattern.compile(
            "tuan\\s*(?:(?<edge>dau|cuoi)|(?:thu\\s*)?(?<n>[1-5]))\\s*(?:cua\\s*)?thang\\s*(?<v>\\d{1,2})" + YEAR);
    private static final Pattern MONTH = Pattern.compile("thang\\s*(?<v>\\d{1,2})" + YEAR);
    /** "01/2023": month and four-digit year without the word "tháng". */
    private static final Pattern MONTH_NUMERIC = Pattern.compile("(?<v>\\d{1,2})[/.-](?<y>\\d{4})(?![\\d/])");
    private static final Pattern QUARTER_NEXT = Pattern.compile("(?<v>[ivxl]+|\\d)\\b" + YEAR);
    private static final Pattern MONTH_NEXT = Pattern.compile("(?<v>\\d{1,2})" + YEAR);
    private static final Pattern HALF = Pattern.compile(
            "(?<v>\\d{1,2})\\s*thang\\s*(?<edge>dau|cuoi)(?:\\s*nam)?(?:\\s*/?\\s*(?<y>\\d{4}|\\d{2}))?(?![\\d/])");
    private static final Pattern DAY_WORDS = Pattern.compile(
            "(?:ngay\\s*)?(?<d>\\d{1,2})\\s*thang\\s*(?<v>\\d{1,2})" + YEAR);
    private static final Pattern DAY_NUMERIC = Pattern.compile(
            "(?:ngay\\s*)?(?<d>\\d{1,2})[/.-](?<v>\\d{1,2})(?:[/.-](?<y>\\d{4}|\\d{2}))?(?![\\d/])");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?:nam\\b\\s*(?<y>\\d{4}|\\d{2})?|(?<y4>\\d{4}))(?![\\d/])");

    Result parse(String normalized, int planYear) {
        List<DateItem> items = scan(normalized);
        return items == null || items.isEmpty() ? Result.NOT_UNDERSTOOD : resolve(fillYears(items), planYear);
    }

    /** Splits the phrase into items; null when some word is not part of a date expression. */
    private List<DateItem> scan(String text) {
        List<DateItem> items = new ArrayList<>();
        Matcher m = RANGE_SEP.matcher(text); // one matcher, its pattern switched for each try
        boolean afterSeparator = false;
        boolean range = false;
        int pos = 0;
        while (true) {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
            if (pos >= text.length()) {
                return items;
            }
            if (at(m, RANGE_SEP, pos)) {
                range = !items.isEmpty();
                afterSeparator = true;
            } else if (at(m, LIST_SEP, pos)) {
                afterSeparator = true;
            } else if (!at(m, FILLER, pos)) {
                DateItem item = item(m, pos, afterSeparator ? last(items) : null, range);
                if (item == null) {
                    return null;
                }
                items.add(item);
                afterSeparator = false;
                range = false;
            }
            pos = m.end();
        }
    }

    private static DateItem.Unit last(List<DateItem> items) {
        return items.isEmpty() ? null : items.get(items.size() - 1).unit();
    }

    /** The item starting at pos; a bare number continues the previous unit ("Quý II, III"). */
    private static DateItem item(Matcher m, int pos, DateItem.Unit previous, boolean range) {
        if (previous == DateItem.Unit.QUARTER && at(m, QUARTER_NEXT, pos)
                || previous == DateItem.Unit.MONTH && at(m, MONTH_NEXT, pos)) {
            return numbered(m, previous, 0, range);
        }
        if (at(m, QUARTER, pos)) {
            return numbered(m, DateItem.Unit.QUARTER, 0, range);
        }
        if (at(m, MONTH, pos) || at(m, MONTH_NUMERIC, pos)) {
            return numbered(m, DateItem.Unit.MONTH, 0, range);
        }
        if (at(m, WEEK, pos)) {
            int week = m.group("n") != null ? Integer.parseInt(m.group("n")) : "dau".equals(m.group("edge")) ? 1 : 0;
            return numbered(m, DateItem.Unit.WEEK, week, range);
        }
        if (at(m, HALF, pos)) {
            return numbered(m, DateItem.Unit.HALF, "dau".equals(m.group("edge")) ? 1 : 0, range);
        }
        if (at(m, DAY_WORDS, pos) || at(m, DAY_NUMERIC, pos)) {
            return numbered(m, DateItem.Unit.DAY, Integer.parseInt(m.group("d")), range);
        }
        if (at(m, YEAR_ONLY, pos)) {
            String year = m.group("y") != null ? m.group("y") : m.group("y4");
            return new DateItem(DateItem.Unit.YEAR, "", 0, 0, DateItem.fullYear(year), range);
        }
        return null;
    }

    private static DateItem numbered(Matcher m, DateItem.Unit unit, int day, boolean range) {
        String token = m.group("v");
        return new DateItem(unit, token, numberValue(token), day, DateItem.fullYear(m.group("y")), range);
    }

    /** Tries pattern exactly at pos; the region end stays the text's end. */
    private static boolean at(Matcher m, Pattern pattern, int pos) {
        m.usePattern(pattern);
        m.region(pos, m.regionEnd());
        return m.lookingAt();
    }

    /** Arabic or Roman number; unknown Roman forms give 0, which no period accepts. */
    static int numberValue(String token) {
        if (Character.isDigit(token.charAt(0))) {
            return Integer.parseInt(token);
        }
        return switch (token) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            case "v" -> 5;
            default -> 0;
        };
    }

    /** An item without a year takes the year written after it ("Quý II, III năm 2023"). */
    private static List<DateItem> fillYears(List<DateItem> items) {
        List<DateItem> filled = new ArrayList<>(items);
        Integer carry = null;
        for (int i = filled.size() - 1; i >= 0; i--) {
            DateItem item = filled.get(i);
            if (item.year() != null) {
                carry = item.year();
            } else if (carry != null) {
                filled.set(i, item.withYear(carry));
            }
        }
        return filled;
    }

    private static Result resolve(List<DateItem> items, int planYear) {
        List<LocalDate> dates = new ArrayList<>();
        for (DateItem item : items) {
            LocalDate date = item.lastDay(planYear);
            if (date == null) {
                return new Result(List.of(), item.describe(planYear));
            }
            if (item.rangeEnd() && !dates.isEmpty()) {
                dates.remove(dates.size() - 1);
            }
            dates.add(date);
        }
        return new Result(dates, null);
    }
}
