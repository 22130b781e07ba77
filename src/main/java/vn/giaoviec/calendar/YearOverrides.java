package vn.giaoviec.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * What the government decided for one year beyond the Labour Code's fixed holidays.
 *
 * @param tetDays             exact Tết days off (weekends included) when set by decision; empty = default rule
 * @param nationalDayAdjacent the day off next to 2/9 (1/9 or 3/9); null = 1/9
 * @param daysOff             extra or swapped days off (ngày nghỉ hoán đổi, nghỉ bù)
 * @param workingDays         make-up working days (ngày làm bù), often a Saturday
 */
public record YearOverrides(List<LocalDate> tetDays, LocalDate nationalDayAdjacent,
                            List<Holiday> daysOff, List<Holiday> workingDays) {

    public static final YearOverrides NONE = new YearOverrides(List.of(), null, List.of(), List.of());

    public YearOverrides {
        tetDays = List.copyOf(tetDays);
        daysOff = List.copyOf(daysOff);
        workingDays = List.copyOf(workingDays);
    }
}
