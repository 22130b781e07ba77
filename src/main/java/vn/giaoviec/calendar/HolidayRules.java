package vn.giaoviec.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The public holidays of one year (Bộ luật Lao động 2019, art. 112): 1/1; Tết Nguyên đán (5 days);
 * Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5; 2/9 plus one adjacent day. A holiday on Saturday or
 * Sunday gives the next free weekday off (nghỉ bù), one compensating day per holiday.
 * Default Tết: the last day of the lunar year (30 or 29 Tết) and mùng 1–4; default day next to
 * Quốc khánh: 1/9 (the government may choose 3/9, set in the overrides).
 */
final class HolidayRules {

    static final String NEW_YEAR = "Tết Dương lịch";
    static final String TET = "Tết Nguyên đán";
    static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương (10/3 âm lịch)";
    static final String REUNIFICATION = "Ngày Chiến thắng (30/4)";
    static final String LABOUR_DAY = "Ngày Quốc tế Lao động (1/5)";
    static final String NATIONAL_DAY = "Quốc khánh (2/9)";
    static final String NATIONAL_DAY_ADJACENT = "Quốc khánh (ngày liền kề)";
    static final String COMPENSATION = "Nghỉ bù ";

    /** Tết by default: the last day of the old lunar year and the first four of the new one. */
    private static final int TET_DAYS_BEFORE = 1;
    private static final int TET_DAYS = 5;

    private final LunarCalendar lunar;

    HolidayRules(LunarCalendar lunar) {
        this.lunar = lunar;
    }

    /** The non-working weekdays and the working weekend days of {@code year}. */
    YearCalendar build(int year, YearOverrides overrides) {
        List<Holiday> statutory = new ArrayList<>(List.of(
                new Holiday(LocalDate.of(year, 1, 1), NEW_YEAR),
                new Holiday(lunar.toSolar(year, 3, 10, false), HUNG_KINGS),
                new Holiday(LocalDate.of(year, 4, 30), REUNIFICATION),
                new Holiday(LocalDate.of(year, 5, 1), LABOUR_DAY),
                new Holiday(LocalDate.of(year, 9, 2), NATIONAL_DAY),
                new Holiday(Objects.requireNonNullElse(overrides.nationalDayAdjacent(), LocalDate.of(year, 9, 1)),
                        NATIONAL_DAY_ADJACENT)));
        Map<LocalDate, String> decided = new TreeMap<>();
        if (overrides.tetDays().isEmpty()) {
            statutory.addAll(defaultTet(year));
        } else {
            // The decision already lists every Tết day, compensation included.
            overrides.tetDays().forEach(day -> decided.put(day, tetName(day)));
        }
        Map<LocalDate, String> off = withCompensation(statutory, decided);
        overrides.daysOff().forEach(h -> off.put(h.date(), h.name()));
        Set<LocalDate> working = new HashSet<>();
        for (Holiday h : overrides.workingDays()) {
            off.remove(h.date());
            working.add(h.date());
        }
        off.keySet().removeIf(HolidayRules::isWeekend);
        return new YearCalendar(off, working);
    }

    private List<Holiday> defaultTet(int year) {
        List<Holiday> tet = new ArrayList<>();
        LocalDate first = lunar.lunarNewYear(year).minusDays(TET_DAYS_BEFORE);
        for (int i = 0; i < TET_DAYS; i++) {
            LocalDate day = first.plusDays(i);
            tet.add(new Holiday(day, tetName(day)));
        }
        return tet;
    }

    /** "Tết Nguyên đán (30 tháng Chạp)", "Tết Nguyên đán (mùng 2)". */
    private String tetName(LocalDate day) {
        LunarDate l = lunar.toLunar(day);
        String label = l.month() == 12 ? l.day() + " tháng Chạp"
                : l.month() == 1 && l.day() <= 10 ? "mùng " + l.day()
                : l.day() + "/" + l.month() + " âm lịch";
        return TET + " (" + label + ")";
    }

    /**
     * Keeps every holiday and adds, for each one on a weekend or on a day already off (Giỗ Tổ can
     * fall on 30/4), the next weekday not yet off: every holiday is worth one day off, never shared.
     * {@code decided} days are off as well but never compensated.
     */
    private static Map<LocalDate, String> withCompensation(List<Holiday> holidays, Map<LocalDate, String> decided) {
        Map<LocalDate, String> off = new TreeMap<>(decided);
        List<Holiday> lost = new ArrayList<>();
        for (Holiday h : holidays.stream().sorted().toList()) {
            if (off.putIfAbsent(h.date(), h.name()) != null || isWeekend(h.date())) {
                lost.add(h);
            }
        }
        for (Holiday h : lost) {
            LocalDate substitute = h.date().plusDays(1);
            while (isWeekend(substitute) || off.containsKey(substitute)) {
                substitute = substitute.plusDays(1);
            }
            off.put(substitute, COMPENSATION + lowerFirst(h.name()));
        }
        return off;
    }

    private static String lowerFirst(String name) {
        // "Nghỉ bù Tết Dương lịch" keeps proper nouns; only "Ngày …" reads better in lower case.
        return name.startsWith("Ngày ") ? "ngày " + name.substring(5) : name;
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
