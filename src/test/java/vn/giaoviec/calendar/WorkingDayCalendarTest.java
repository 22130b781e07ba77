package vn.giaoviec.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDayCalendarTest {

    private static final CalendarOverrides SAMPLE = CalendarOverrides.load(Path.of("config/calendar-overrides.yaml"));

    private final WorkingDayCalendar official = new WorkingDayCalendar(SAMPLE);
    private final WorkingDayCalendar rulesOnly = new WorkingDayCalendar();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Anyone signed in may ask about any date: 5,000 questions about 5,000 far years once kept 5,000 years (no bound). */
    @Test
    void questionsAboutFarYearsKeepOnlyAFewOfThem() {
        for (int year = 3000; year < 8000; year++) {
            rulesOnly.isWorkingDay(LocalDate.of(year, 6, 1));
        }
        rulesOnly.isWorkingDay(d("2031-09-02"));

        assertThat(rulesOnly.yearsKept()).isLessThanOrEqualTo(17);
        assertThat(rulesOnly.isWorkingDay(d("7999-06-01"))).isTrue(); // a Tuesday
        assertThat(rulesOnly.isWorkingDay(d("3000-01-01"))).isFalse(); // New Year's Day
    }

    @Test
    void holidays2023MatchTheOfficialSchedule() {
        assertThat(official.holidays(2023)).extracting(Holiday::date).containsExactly(
                d("2023-01-02"),                                                   // bù 1/1 (Chủ nhật)
                d("2023-01-20"), d("2023-01-23"), d("2023-01-24"), d("2023-01-25"), d("2023-01-26"), // Tết
                d("2023-05-01"), d("2023-05-02"), d("2023-05-03"),                // 1/5, bù 29/4 và 30/4
                d("2023-09-01"), d("2023-09-04"));                                // 1/9, bù 2/9 (thứ Bảy)
        assertThat(official.holidays(2023).get(0).name()).isEqualTo("Nghỉ bù Tết Dương lịch");
        assertThat(official.holidays(2023).get(7).name()).isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        assertThat(official.holidays(2023).get(8).name()).isEqualTo("Nghỉ bù ngày Chiến thắng (30/4)");
    }

    @Test
    void holidays2024MatchTheOfficialSchedule() {
        assertThat(official.holidays(2024)).extracting(Holiday::date).containsExactly(
                d("2024-01-01"),
                d("2024-02-08"), d("2024-02-09"), d("2024-02-12"), d("2024-02-13"), d("2024-02-14"),
                d("2024-04-18"), d("2024-04-29"), d("2024-04-30"), d("2024-05-01"),
                d("2024-09-02"), d("2024-09-03"));
        assertThat(official.isWorkingDay(d("2024-05-04"))).as("thứ Bảy làm bù").isTrue();
        assertThat(official.holidays(2024)).extracting(Holiday::name)
                .contains("Tết Nguyên đán (29 tháng Chạp)", "Tết Nguyên đán (mùng 5)", "Quốc khánh (2/9)");
    }

    @Test
    void defaultTetIsLastDayOfTheYearAndFourDaysWithCompensation() {
        // 2024 without a decision: 30 Tết = Fri 9/2; mùng 1-2 fall on Sat/Sun → bù Wed 14/2, Thu 15/2.
        assertThat(rulesOnly.holidays(2024)).extracting(Holiday::date)
                .contains(d("2024-02-09"), d("2024-02-12"), d("2024-02-13"), d("2024-02-14"), d("2024-02-15"))
                .doesNotContain(d("2024-02-08"));
    }

    @Test
    void weekendHolidayGivesNextWorkingDayOff() {
        // 2/9/2023 is a Saturday, 1/9 (Friday) is the adjacent day → Monday 4/9 off.
        assertThat(rulesOnly.isWorkingDay(d("2023-09-01"))).isFalse();
        assertThat(rulesOnly.isWorkingDay(d("2023-09-04"))).isFalse();
        assertThat(rulesOnly.isWorkingDay(d("2023-09-05"))).isTrue();
        // 2024: 1/9 Sunday, 2/9 Monday → the compensation for 1/9 is Tuesday 3/9, counted once.
        assertThat(rulesOnly.holidays(2024)).extracting(Holiday::date)
                .contains(d("2024-09-02"), d("2024-09-03")).doesNotContain(d("2024-09-04"));
    }

    @Test
    void addsAcrossTet2024() {
        // Official: Tết off Thu 8/2 – Wed 14/2 → the working day after Wed 7/2 is Thu 15/2.
        assertThat(official.addWorkingDays(d("2024-02-07"), 1)).isEqualTo(d("2024-02-15"));
        assertThat(official.addWorkingDays(d("2024-02-15"), -1)).isEqualTo(d("2024-02-07"));
        // Rules only: Thu 8/2 (28 Tết) is still a working day; then 9–15/2 are off → 16/2.
        assertThat(rulesOnly.addWorkingDays(d("2024-02-07"), 1)).isEqualTo(d("2024-02-08"));
        assertThat(rulesOnly.addWorkingDays(d("2024-02-07"), 2)).isEqualTo(d("2024-02-16"));
        assertThat(rulesOnly.workingDaysBetween(d("2024-02-07"), d("2024-02-16"))).isEqualTo(2);
    }

    @Test
    void zeroDaysMeansOnOrAfter() {
        assertThat(official.addWorkingDays(d("2024-02-07"), 0)).isEqualTo(d("2024-02-07"));
        assertThat(official.addWorkingDays(d("2024-02-10"), 0)).isEqualTo(d("2024-02-15"));
        assertThat(official.onOrAfter(d("2023-04-29"))).isEqualTo(d("2023-05-04"));
    }

    @Test
    void makeUpSaturdayCountsAsWorkingDay() {
        // Fri 26/4/2024 + 1: weekend, then 29/4 (swap), 30/4 and 1/5 are off → Thu 2/5.
        // Fri 3/5 + 1 is the make-up Saturday 4/5 with the decision, Monday 6/5 without.
        assertThat(official.addWorkingDays(d("2024-04-26"), 1)).isEqualTo(d("2024-05-02"));
        assertThat(official.addWorkingDays(d("2024-05-03"), 1)).isEqualTo(d("2024-05-04"));
        assertThat(rulesOnly.addWorkingDays(d("2024-05-03"), 1)).isEqualTo(d("2024-05-06"));
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 5, 17, 60})
    void betweenIsTheInverseOfAdd(int n) {
        for (LocalDate from = d("2022-12-01"); from.isBefore(d("2026-01-31")); from = from.plusDays(1)) {
            LocalDate later = official.addWorkingDays(from, n);
            assertThat(official.workingDaysBetween(from, later)).as("%s + %d", from, n).isEqualTo(n);
            assertThat(official.workingDaysBetween(later, from)).isEqualTo(-n);
            if (official.isWorkingDay(from)) {
                LocalDate earlier = official.addWorkingDays(from, -n);
                assertThat(official.workingDaysBetween(from, earlier)).as("%s - %d", from, n).isEqualTo(-n);
                assertThat(official.addWorkingDays(later, -n)).isEqualTo(from);
            }
        }
    }

    @Test
    void holidaysAreSortedWeekdaysOnly() {
        for (int y = 1900; y <= 2199; y++) {
            int year = y;
            List<Holiday> holidays = rulesOnly.holidays(year);
            assertThat(holidays).isSorted().allSatisfy(h -> {
                assertThat(HolidayRules.isWeekend(h.date())).isFalse();
                assertThat(h.date().getYear()).isEqualTo(year);
            });
            // 11 statutory days (Tết 5, 2/9 pair) each on a weekday or compensated.
            assertThat(holidays).hasSizeGreaterThanOrEqualTo(11);
        }
    }

    @Test
    void reloadPicksUpNewOverrides() {
        AtomicReference<CalendarOverrides> current = new AtomicReference<>(CalendarOverrides.empty());
        WorkingDayCalendar calendar = new WorkingDayCalendar(current::get);
        assertThat(calendar.isWorkingDay(d("2024-02-08"))).isTrue();
        current.set(SAMPLE);
        assertThat(calendar.isWorkingDay(d("2024-02-08"))).as("cached until reload").isTrue();
        calendar.reload();
        assertThat(calendar.isWorkingDay(d("2024-02-08"))).isFalse();
    }
}
