package vn.giaoviec.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarOverridesTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheSampleFile() {
        CalendarOverrides sample = CalendarOverrides.load(Path.of("config/calendar-overrides.yaml"));
        assertThat(sample.years()).containsOnlyKeys(2023, 2024, 2025, 2026);
        YearOverrides y2024 = sample.forYear(2024);
        assertThat(y2024.tetDays()).hasSize(7).startsWith(LocalDate.of(2024, 2, 8));
        assertThat(y2024.nationalDayAdjacent()).isEqualTo(LocalDate.of(2024, 9, 3));
        assertThat(y2024.workingDays()).extracting(Holiday::date).containsExactly(LocalDate.of(2024, 5, 4));
        assertThat(sample.forYear(2030)).isEqualTo(YearOverrides.NONE);
    }

    @Test
    void tet2026IsTheNineDaysDecidedAndLaterYearsFollowTheLabourCode() {
        CalendarOverrides sample = CalendarOverrides.load(Path.of("config/calendar-overrides.yaml"));
        assertThat(sample.forYear(2026).tetDays()).containsExactlyElementsOf(
                LocalDate.of(2026, 2, 14).datesUntil(LocalDate.of(2026, 2, 23)).toList());
        assertThat(sample.forYear(2027)).isEqualTo(YearOverrides.NONE);
    }

    @Test
    void missingOrEmptyFileMeansNoOverrides() throws IOException {
        assertThat(CalendarOverrides.load(dir.resolve("absent.yaml")).years()).isEmpty();
        assertThat(CalendarOverrides.load(write("# chỉ có chú thích\n")).years()).isEmpty();
    }

    @Test
    void acceptsPlainDatesInLists() throws IOException {
        Path file = write("years:\n  2026:\n    days-off: [2026-01-02]\n    working-days: [2026-01-10]\n");
        YearOverrides y = CalendarOverrides.load(file).forYear(2026);
        assertThat(y.daysOff()).containsExactly(new Holiday(LocalDate.of(2026, 1, 2), "Ngày nghỉ hoán đổi"));
        assertThat(y.workingDays()).containsExactly(new Holiday(LocalDate.of(2026, 1, 10), "Ngày làm bù"));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
        years:\\n  2023:\\n    tet: [2023-01-20, 2023-02-30]\\n           | 3 | ngày "2023-02-30" không hợp lệ
        years:\\n  2023:\\n    tet: [2024-01-20]\\n                       | 3 | không thuộc năm 2023
        years:\\n  20x3:\\n    tet: [2023-01-20]\\n                       | 2 | năm "20x3" không hợp lệ
        years:\\n  2023:\\n    holidays: [2023-01-20]\\n                  | 3 | khóa "holidays" không được hỗ trợ
        years:\\n  2023:\\n    tet: 2023-01-20\\n                         | 3 | cần một danh sách
        years:\\n  2023:\\n    days-off:\\n      - {name: "Nghỉ"}\\n      | 4 | thiếu "date"
        years:\\n  2024:\\n    national-day-adjacent: 2024-09-05\\n       | 3 | phải là 01/9 hoặc 03/9
        years:\\n  2023:\\n    tet: [2023-01-20\\n  2024: {}\\n           | 4 | sai cú pháp YAML
        """)
    void malformedFileNamesFileLineAndProblemInVietnamese(String yaml, int line, String problem) throws IOException {
        Path file = write(yaml.replace("\\n", "\n"));
        assertThatThrownBy(() -> CalendarOverrides.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Tệp lịch nghỉ \"" + file + "\"")
                .hasMessageContaining("dòng " + line)
                .hasMessageContaining(problem);
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("calendar-overrides.yaml");
        Files.writeString(file, content);
        return file;
    }
}
