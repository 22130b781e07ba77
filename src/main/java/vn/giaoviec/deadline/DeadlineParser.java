package vn.giaoviec.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaoviec.text.PhraseNormalizer;

/**
 * Reads a plan task's deadline phrase ("Thời gian hoàn thành") relative to the plan's year.
 * A period means its last day ("Quý I/2023" → 31/3/2023); a range means the end of the range
 * ("Tháng 3-6/2023" → 30/6/2023); a phrase without a year takes the plan's year. Periodic and
 * continuous phrases have no date: their tasks are reported at each CCHC reporting period.
 * Never throws: what it cannot read becomes UNSPECIFIED with a Vietnamese warning.
 * Stateless and thread-safe.
 */
public final class DeadlineParser {

    /** Years further than this from the plan's year are suspicious (typing or OCR errors). */
    private static final int FAR_YEARS = 2;

    private static final Pattern EVENT = Pattern.compile(
            "(?:ngay\\s+)?sau\\s+(?:khi|\\d+\\s+ngay)\\b|(?:trong vong\\s+)?\\d+\\s+ngay\\s+(?:ke\\s+)?tu\\b");
    private static final Pattern MARKER = Pattern.compile(
            "(?<periodic>(?:theo\\s+)?(?:dinh ky|(?:bc|bao cao)\\s+cc\\w*|hang\\s+(?:quy|nam|thang|tuan|ngay)\\b))"
            + "|(?<continuous>(?:thuc hien\\s+)?th[a-z]{1,3}ng\\s+xuyen\\b"
            // "Năm 2027 và các năm tiếp theo": the plan year's work, continuing in later plans
            + "|(?:cac|nhung)\\s+nam\\s+(?:tiep theo|sau|ke tiep)\\b)");
    /** A written day, "15/6" or "15/06/2027", for phrases the date grammar does not cover as a whole. */
    private static final Pattern WRITTEN_DAY = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\b(?!/)");
    private static final Pattern NON_DATE = Pattern.compile(
            "(?:theo|khi co)\\s+(?:quy dinh|yeu cau|chi dao|huong dan)\\b|dot xuat\\b|khi co yeu cau\\b");
    private static final Pattern TRAILING_CONNECTOR = Pattern.compile("(?:[\\s,;+&-]|\\bva\\b|\\bsau do\\b)+$");

    private final PhraseNormalizer normalizer = new PhraseNormalizer();
    private final DateExpressionParser dates = new DateExpressionParser();

    public Deadline parse(String text, int planYear) {
        try {
            return parseSafely(text, planYear);
        } catch (RuntimeException unexpected) {
            // A phrase must never break an import; the user types the date instead.
            return unspecified(text, DeadlineMessages.notUnderstood(normalizer.clean(text)));
        }
    }

    private Deadline parseSafely(String text, int planYear) {
        String shown = normalizer.clean(text);
        if (shown.isBlank()) {
            return unspecified(text, DeadlineMessages.MISSING);
        }
        String norm = normalizer.normalize(text);
        if (EVENT.matcher(norm).lookingAt()) {
            return new Deadline(text, DeadlineKind.EVENT, List.of(), false, shown, null);
        }
        Matcher marker = MARKER.matcher(norm);
        if (marker.find()) {
            return recurring(text, shown, norm.substring(0, marker.start()), marker, planYear);
        }
        if (NON_DATE.matcher(norm).lookingAt()) {
            return unspecified(text, DeadlineMessages.noDate(shown));
        }
        return dated(text, shown, dates.parse(norm, planYear), planYear, false);
    }

    /** "Theo định kỳ", or a date followed by periodic work: "Quý IV/2022 và theo định kỳ". */
    private Deadline recurring(String text, String shown, String prefix, Matcher marker, int planYear) {
        DeadlineKind kind = marker.group("periodic") != null ? DeadlineKind.PERIODIC : DeadlineKind.CONTINUOUS;
        String datePart = TRAILING_CONNECTOR.matcher(prefix).replaceAll("");
        DateExpressionParser.Result result = dates.parse(datePart, planYear);
        if (!result.understood()) {
            // Words before the marker that are no date ("Báo cáo định kỳ") do not change its meaning.
            return new Deadline(text, kind, List.of(), false, null, null);
        }
        return dated(text, shown, result, planYear, true);
    }

    private Deadline dated(String text, String shown, DateExpressionParser.Result result,
                           int planYear, boolean periodicAfter) {
        if (result.invalid() != null) {
            return unspecified(text, DeadlineMessages.invalid(shown, result.invalid()));
        }
        if (!result.understood()) {
            return writtenDays(text, shown, planYear, periodicAfter);
        }
        List<LocalDate> due = List.copyOf(new TreeSet<>(result.dates()));
        DeadlineKind kind = due.size() == 1 ? DeadlineKind.FIXED : DeadlineKind.MULTIPLE;
        return new Deadline(text, kind, due, periodicAfter, null, farYearWarning(shown, due, planYear));
    }

    /**
     * The days written in a phrase the grammar does not read as a whole ("Báo cáo 6 tháng trước 15/6, báo
     * cáo năm trước 15/12"): taken as its due dates, with a warning to check them; none, or an impossible
     * day, and the user enters the date.
     */
    private Deadline writtenDays(String text, String shown, int planYear, boolean periodicAfter) {
        TreeSet<LocalDate> days = new TreeSet<>();
        Matcher day = WRITTEN_DAY.matcher(normalizer.normalize(text));
        while (day.find()) {
            int year = day.group(3) == null ? planYear : Integer.parseInt(day.group(3));
            try {
                days.add(LocalDate.of(year, Integer.parseInt(day.group(2)), Integer.parseInt(day.group(1))));
            } catch (java.time.DateTimeException impossible) {
                return unspecified(text, DeadlineMessages.notUnderstood(shown));
            }
        }
        if (days.isEmpty()) {
            return unspecified(text, DeadlineMessages.notUnderstood(shown));
        }
        List<LocalDate> due = List.copyOf(days);
        String warning = farYearWarning(shown, due, planYear);
        return new Deadline(text, due.size() == 1 ? DeadlineKind.FIXED : DeadlineKind.MULTIPLE, due, periodicAfter, null,
                warning != null ? warning : DeadlineMessages.daysTaken(shown, due));
    }

    private static String farYearWarning(String shown, List<LocalDate> due, int planYear) {
        return due.stream()
                .mapToInt(LocalDate::getYear)
                .filter(year -> Math.abs(year - planYear) > FAR_YEARS)
                .mapToObj(year -> DeadlineMessages.farYear(shown, year, planYear))
                .findFirst()
                .orElse(null);
    }

    private static Deadline unspecified(String text, String warning) {
        return new Deadline(text, DeadlineKind.UNSPECIFIED, List.of(), false, null, warning);
    }
}
