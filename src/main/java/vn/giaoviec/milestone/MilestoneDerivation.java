package vn.giaoviec.milestone;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.giaoviec.deadline.Deadline;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.milestone.ReportingCalendar.ReportingDate;
import vn.giaoviec.text.PhraseNormalizer;

/**
 * The milestones a deadline phrase states (issue 14 item 8). Several dates ("Quý II, III năm 2027"):
 * one per date. Periodic work: one per period the phrase names ("hằng quý", "6 tháng một lần",
 * "hằng tháng"), else one per CCHC reporting period of the plan year ("Theo định kỳ", "Định kỳ theo
 * báo cáo CCHC"). A date followed by periodic work ("Quý IV/2022 và theo định kỳ"): the date, then
 * the periods after it. One date, continuous or event work has no milestones. Pure and thread-safe.
 */
public final class MilestoneDerivation {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final Pattern QUARTERLY = Pattern.compile("\\b(?:hang|moi|tung)\\s+quy\\b|\\bquy\\s+mot\\s+lan\\b");
    private static final Pattern HALF_YEARLY = Pattern.compile("\\b(?:0?6|sau)\\s+thang\\s+(?:mot|1)\\s+lan\\b"
            + "|\\b(?:hang|moi)\\s+(?:0?6\\s+thang|nua\\s+nam)\\b|\\bdinh\\s+ky\\s+0?6\\s+thang\\b");
    private static final Pattern MONTHLY = Pattern.compile("\\b(?:hang|moi|tung)\\s+thang\\b|\\bthang\\s+mot\\s+lan\\b");
    private static final Pattern YEARLY = Pattern.compile("\\b(?:hang|moi)\\s+nam\\b");

    private final PhraseNormalizer normalizer = new PhraseNormalizer();

    public List<PlannedMilestone> derive(Deadline deadline, int planYear, List<ReportingDate> reporting) {
        List<Dated> dated = new ArrayList<>();
        if (deadline.kind() == DeadlineKind.MULTIPLE && !deadline.periodicAfter()) {
            deadline.dueDates().forEach(date -> dated.add(new Dated(labelOf(date), date)));
        } else if (deadline.kind() == DeadlineKind.PERIODIC) {
            dated.addAll(periods(deadline.text(), planYear, reporting));
        } else if (deadline.periodicAfter() && !deadline.dueDates().isEmpty()) {
            LocalDate first = deadline.dueDates().get(0);
            deadline.dueDates().forEach(date -> dated.add(new Dated(labelOf(date), date)));
            periods(deadline.text(), planYear, reporting).stream()
                    .filter(p -> p.date().isAfter(deadline.lastDueDate()) && p.date().isAfter(first))
                    .forEach(dated::add);
        }
        List<PlannedMilestone> planned = new ArrayList<>();
        dated.stream().sorted((a, b) -> a.date().compareTo(b.date()))
                .forEach(d -> planned.add(new PlannedMilestone(planned.size() + 1, d.label(), d.date())));
        return planned.size() < 2 ? List.of() : List.copyOf(planned);
    }

    /** The periods the phrase names, else the reporting periods of the plan year. */
    private List<Dated> periods(String text, int year, List<ReportingDate> reporting) {
        String norm = normalizer.normalize(text == null ? "" : text);
        List<Dated> periods = new ArrayList<>();
        if (QUARTERLY.matcher(norm).find()) {
            for (int q = 1; q <= 4; q++) {
                periods.add(new Dated("Quý " + ROMAN[q - 1] + "/" + year, YearMonth.of(year, q * 3).atEndOfMonth()));
            }
        } else if (HALF_YEARLY.matcher(norm).find()) {
            periods.add(new Dated("6 tháng đầu năm " + year, LocalDate.of(year, 6, 30)));
            periods.add(new Dated("6 tháng cuối năm " + year, LocalDate.of(year, 12, 31)));
        } else if (MONTHLY.matcher(norm).find()) {
            for (int m = 1; m <= 12; m++) {
                periods.add(new Dated("Tháng " + m + "/" + year, YearMonth.of(year, m).atEndOfMonth()));
            }
        } else if (!YEARLY.matcher(norm).find()) {
            reporting.forEach(r -> periods.add(new Dated(reportingLabel(r.name(), year), r.dueDate())));
        }
        return periods;
    }

    private static String reportingLabel(String name, int year) {
        return "Năm".equalsIgnoreCase(name.strip()) ? "Năm " + year : "Báo cáo " + name + " năm " + year;
    }

    /** A quarter's or a month's end reads as that period; any other day as the date. */
    static String labelOf(LocalDate date) {
        boolean monthEnd = date.equals(YearMonth.from(date).atEndOfMonth());
        if (monthEnd && date.getMonthValue() % 3 == 0) {
            return "Quý " + ROMAN[date.getMonthValue() / 3 - 1] + "/" + date.getYear();
        }
        if (monthEnd) {
            return "Tháng " + date.getMonthValue() + "/" + date.getYear();
        }
        return String.format("Ngày %02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private record Dated(String label, LocalDate date) {
    }
}
