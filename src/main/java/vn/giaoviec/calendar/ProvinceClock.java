package vn.giaoviec.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Now" and "today" in the province's time zone, read from the engine's clock so that process
 * tests that move Camunda's clock move every date the application computes too.
 */
@Component
public class ProvinceClock {

    private final ZoneId zone;

    public ProvinceClock(@Value("${giaoviec.zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public Date now() {
        return ClockUtil.getCurrentTime();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now().toInstant(), zone);
    }

    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(now().toInstant(), zone);
    }

    public Date at(LocalDate date, LocalTime time) {
        return Date.from(date.atTime(time).atZone(zone).toInstant());
    }
}
