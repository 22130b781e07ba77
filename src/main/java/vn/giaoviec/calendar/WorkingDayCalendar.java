package vn.giaoviec.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The working-day calendar (ngày làm việc) that deadlines and reminders are counted in:
 * Monday–Friday minus public holidays and compensating days (see {@link HolidayRules}), adjusted
 * by the government's yearly decisions ({@link CalendarOverrides}: swapped days off, make-up
 * working Saturdays, exact Tết days).
 * <p>
 * Due-date rule (Bộ luật Dân sự 2015, art. 148): when the last day of a time limit is a day off,
 * the limit ends on the next working day — see {@link #onOrAfter(LocalDate)}.
 * <p>
 * Each year of {@link #FIRST_KEPT}–{@link #LAST_KEPT} is computed once, lazily, and cached
 * (thread-safe); {@link #reload()} re-reads the overrides from the supplier and drops the cache, e.g.
 * after an administrator edits the file. Other years — any a client may ask about, up to year
 * 999,999,999 — are kept only a few at a time: one cached year per question would let anyone grow the
 * heap without bound.
 */
public final class WorkingDayCalendar {

    static final int FIRST_KEPT = 1900;
    static final int LAST_KEPT = 2199;
    private static final int OTHER_YEARS_KEPT = 16;

    private final Supplier<CalendarOverrides> source;
    private final HolidayRules rules = new HolidayRules(new LunarCalendar());
    private volatile Snapshot snapshot;

    /** Overrides plus the years computed from them; replaced as a whole on reload. */
    private record Snapshot(CalendarOverrides overrides, Map<Integer, YearCalendar> years,
                            Map<Integer, YearCalendar> otherYears) {
    }

    public WorkingDayCalendar(Supplier<CalendarOverrides> source) {
        this.source = source;
        reload();
    }

    public WorkingDayCalendar(CalendarOverrides overrides) {
        this(() -> overrides);
    }

    /** Only the Labour Code's rules, no yearly decisions. */
    public WorkingDayCalendar() {
        this(CalendarOverrides.empty());
    }

    /** Asks the supplier for the overrides again and forgets every computed year. */
    public void reload() {
        CalendarOverrides overrides = source.get();
        snapshot = new Snapshot(overrides == null ? CalendarOverrides.empty() : overrides, new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>());
    }

    public boolean isWorkingDay(LocalDate day) {
        return year(day.getYear()).isWorkingDay(day);
    }

    /**
     * The n-th working day after {@code from} (n &gt; 0) or before it (n &lt; 0), not counting
     * {@code from} itself; n = 0 gives {@link #onOrAfter(LocalDate)}.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n == 0) {
            return onOrAfter(from);
        }
        int step = n > 0 ? 1 : -1;
        LocalDate day = from;
        for (int left = Math.abs(n); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Working days in (fromExclusive, toInclusive]; when {@code to} is before {@code from} the
     * count of (to, from] negated, so that between(a, b) == -between(b, a).
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The day itself when it is a working day, else the next working day (BLDS 2015 art. 148). */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate result = day;
        while (!isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }

    /** Every weekday off in {@code year}, sorted, with its Vietnamese name; weekends are not listed. */
    public List<Holiday> holidays(int year) {
        return year(year).holidays();
    }

    private YearCalendar year(int year) {
        Snapshot current = snapshot;
        Map<Integer, YearCalendar> years = year >= FIRST_KEPT && year <= LAST_KEPT ? current.years() : current.otherYears();
        if (years == current.otherYears() && years.size() >= OTHER_YEARS_KEPT && !years.containsKey(year)) {
            years.clear();
        }
        return years.computeIfAbsent(year, y -> rules.build(y, current.overrides().forYear(y)));
    }

    /** How many computed years are kept (for tests). */
    int yearsKept() {
        Snapshot current = snapshot;
        return current.years().size() + current.otherYears().size();
    }
}
