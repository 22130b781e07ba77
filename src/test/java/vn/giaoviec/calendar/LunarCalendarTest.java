package vn.giaoviec.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

    private final LunarCalendar lunar = new LunarCalendar();

    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvFileSource(resources = "/calendar/tet-2000-2050.csv", numLinesToSkip = 1)
    void lunarNewYearMatchesPublishedDates(int year, LocalDate expected) {
        assertThat(lunar.lunarNewYear(year)).isEqualTo(expected);
        assertThat(lunar.toLunar(expected)).isEqualTo(new LunarDate(year, 1, 1, false));
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
    @CsvFileSource(resources = "/calendar/gio-to-2020-2035.csv", numLinesToSkip = 1)
    void hungKingsDayMatchesPublishedDates(int year, LocalDate expected) {
        assertThat(lunar.toSolar(year, 3, 10, false)).isEqualTo(expected);
    }

    /** Years where Vietnam (UTC+7) and China (UTC+8) start the year on different days. */
    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({"1968, 1968-01-29", "1985, 1985-01-21", "2007, 2007-02-17", "2030, 2030-02-02", "2053, 2053-02-18"})
    void vietnameseTimeZoneDecides(int year, LocalDate expected) {
        assertThat(lunar.lunarNewYear(year)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}/{2}/{3} leap={4}")
    @CsvSource({
        "2023-03-22, 2023, 2, 1, true",   // tháng 2 nhuận Quý Mão
        "2023-04-20, 2023, 3, 1, false",
        "2020-05-23, 2020, 4, 1, true",   // tháng 4 nhuận Canh Tý
        "2025-07-25, 2025, 6, 1, true",   // tháng 6 nhuận Ất Tỵ
        "2024-02-09, 2023, 12, 30, false", // 30 Tết Giáp Thìn
        "2025-01-28, 2024, 12, 29, false"  // 29 Tết: tháng Chạp thiếu
    })
    void convertsLeapMonthsAndYearEnds(LocalDate solar, int year, int month, int day, boolean leap) {
        assertThat(lunar.toLunar(solar)).isEqualTo(new LunarDate(year, month, day, leap));
        assertThat(lunar.toSolar(year, month, day, leap)).isEqualTo(solar);
    }

    @Test
    void roundTripsEveryThirdDayFrom1900To2199() {
        for (LocalDate d = LocalDate.of(1900, 2, 1); d.isBefore(LocalDate.of(2199, 12, 1)); d = d.plusDays(3)) {
            LunarDate l = lunar.toLunar(d);
            assertThat(lunar.toSolar(l.year(), l.month(), l.day(), l.leapMonth())).as("%s → %s", d, l).isEqualTo(d);
        }
    }

    @Test
    void rejectsLeapFlagForAMonthThatIsNotLeap() {
        assertThatThrownBy(() -> lunar.toSolar(2024, 3, 1, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lunar.toSolar(2023, 5, 1, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
