package vn.giaoviec.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An administrator edits the overrides file: the running calendar follows, and a broken edit changes nothing. */
class CalendarReloadTest {

    static final LocalDate SATURDAY = LocalDate.of(2031, 5, 3);

    @TempDir Path folder;

    @Test
    void anEditedOverridesFileIsReadAgainWithoutRestart() throws Exception {
        Path file = folder.resolve("calendar-overrides.yaml");
        Files.writeString(file, "years:\n");
        CalendarConfig config = new CalendarConfig(file);
        WorkingDayCalendar calendar = config.workingDayCalendar();
        assertThat(calendar.isWorkingDay(SATURDAY)).isFalse();

        write(file, "years:\n  2031:\n    working-days:\n      - {date: 2031-05-03, name: \"Làm bù\"}\n", 1);
        config.reloadWhenChanged();
        assertThat(calendar.isWorkingDay(SATURDAY)).isTrue();

        write(file, "years:\n  2031:\n    working-days: [không phải ngày]\n", 2);
        config.reloadWhenChanged();
        assertThat(calendar.isWorkingDay(SATURDAY)).as("a broken file keeps the previous calendar").isTrue();
    }

    private static void write(Path file, String text, int version) throws Exception {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(version)));
    }
}
