package vn.giaoviec.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's clock is the engine's: timers fire by Camunda's clock, so every date the
 * application computes (vn.giaoviec.calendar.ProvinceClock) reads the same one; tests that move
 * Camunda's clock ({@code ClockUtil.setCurrentTime}) move both.
 */
@Configuration
class EngineClock {

    @Bean
    Clock applicationClock() {
        return new CamundaClock(ZoneOffset.UTC);
    }

    /** A {@link Clock} over Camunda's {@link ClockUtil}. */
    private static final class CamundaClock extends Clock {

        private final ZoneId zone;

        CamundaClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new CamundaClock(zone);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
