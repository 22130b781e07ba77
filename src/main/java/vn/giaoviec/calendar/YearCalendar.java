package vn.giaoviec.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One year's computed exceptions to "Monday–Friday": weekdays off and weekend days worked.
 * Immutable, so it can be cached and shared between threads.
 */
record YearCalendar(Map<LocalDate, String> weekdaysOff, Set<LocalDate> weekendWorkingDays) {

    YearCalendar {
        weekdaysOff = Collections.unmodifiableMap(new TreeMap<>(weekdaysOff));
        weekendWorkingDays = Set.copyOf(weekendWorkingDays);
    }

    boolean isWorkingDay(LocalDate day) {
        if (weekendWorkingDays.contains(day)) {
            return true;
        }
        return !HolidayRules.isWeekend(day) && !weekdaysOff.containsKey(day);
    }

    List<Holiday> holidays() {
        return weekdaysOff.entrySet().stream().map(e -> new Holiday(e.getKey(), e.getValue())).toList();
    }
}
