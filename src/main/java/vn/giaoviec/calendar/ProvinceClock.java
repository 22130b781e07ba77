package vn.giaoviec.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Now" and "today" in the province's time zone, read from the application's {@link Clock} — the
 * engine's clock in the running application (vn.giaoviec.engine.EngineClock), so that process tests
 * that move Camunda's clock move every date the application computes too; any clock in unit tests.
 */
@Component
public class ProvinceClock {

    private final ZoneId zone;
    private final Clock clock;

    public ProvinceClock(@Value("${giaoviec.zone:Asia/Ho_Chi_Minh}") ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public Date now() {
        return Date.from(clock.instant());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(clock.instant(), zone);
    }

    public Date at(LocalDate date, LocalTime time) {
        return Date.from(date.atTime(time).atZone(zone).toInstant());
    }
}
