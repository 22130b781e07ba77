package vn.giaoviec.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giaoviec.calendar.Holiday;
import vn.giaoviec.calendar.WorkingDayCalendar;

/** REST over the working-day calendar, for the import preview, the pages and integrations. */
@RestController
@RequestMapping("/api/calendar")
class CalendarApi {

    private static final int MAX_DAYS = 3650;

    private final WorkingDayCalendar calendar;

    CalendarApi(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/holidays")
    List<Holiday> holidays(@RequestParam int year) {
        checkYear(year);
        return calendar.holidays(year);
    }

    @GetMapping("/add-working-days")
    Map<String, LocalDate> addWorkingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam int days) {
        if (Math.abs(days) > MAX_DAYS) {
            throw new IllegalArgumentException("Số ngày làm việc tối đa là " + MAX_DAYS);
        }
        checkYear(from.getYear());
        return Map.of("date", calendar.addWorkingDays(from, days));
    }

    @GetMapping("/working-day")
    Map<String, Object> isWorkingDay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        checkYear(date.getYear());
        return Map.of("date", date, "workingDay", calendar.isWorkingDay(date));
    }

    /** The years a plan can be about; a year far outside is a client's mistake or a probe, not a question. */
    private static void checkYear(int year) {
        if (year < 1900 || year > 2199) {
            throw new IllegalArgumentException("Năm phải trong khoảng 1900–2199");
        }
    }
}
