package vn.giaoviec.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Which overrides file the calendar reads: the configured one when it exists, else the copy packaged
 * in the application (started outside the repository root) — and the log says which.
 */
@ExtendWith(OutputCaptureExtension.class)
class CalendarSourceTest {

    /** A make-up working Saturday decided for 2025 (config/calendar-overrides.yaml). */
    static final LocalDate MAKE_UP_SATURDAY_2025 = LocalDate.of(2025, 2, 8);

    @TempDir Path folder;

    @Test
    void packagedCopyIsReadWhenTheConfiguredFileIsAbsent(CapturedOutput log) {
        CalendarConfig config = new CalendarConfig(folder.resolve("config/calendar-overrides.yaml"));

        assertThat(config.workingDayCalendar().isWorkingDay(MAKE_UP_SATURDAY_2025)).isTrue();
        assertThat(log.getOut()).contains("bản đóng gói trong ứng dụng (classpath:config/calendar-overrides.yaml)");
    }

    @Test
    void configuredFileIsReadAndNamedInTheLog(CapturedOutput log) throws Exception {
        Path file = folder.resolve("calendar-overrides.yaml");
        Files.writeString(file, "years:\n");

        CalendarConfig config = new CalendarConfig(file);

        assertThat(config.workingDayCalendar().isWorkingDay(MAKE_UP_SATURDAY_2025)).isFalse();
        assertThat(log.getOut()).contains("Đọc lịch nghỉ từ " + file.toAbsolutePath());
    }
}
