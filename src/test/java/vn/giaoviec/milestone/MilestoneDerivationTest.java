package vn.giaoviec.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giaoviec.deadline.DeadlineParser;
import vn.giaoviec.milestone.ReportingCalendar.ReportingDate;

/** Phrases as the seed plans (/work/shared/seeds) write them, read for a plan of 2023. */
class MilestoneDerivationTest {

    private static final int YEAR = 2023;
    private static final List<ReportingDate> REPORTING = List.of(
            new ReportingDate("Quý I", LocalDate.of(YEAR, 3, 20)),
            new ReportingDate("6 tháng", LocalDate.of(YEAR, 6, 20)),
            new ReportingDate("Quý III (9 tháng)", LocalDate.of(YEAR, 9, 20)),
            new ReportingDate("Năm", LocalDate.of(YEAR, 12, 20)));

    private final DeadlineParser parser = new DeadlineParser();
    private final MilestoneDerivation derivation = new MilestoneDerivation();

    private List<PlannedMilestone> of(String phrase) {
        return derivation.derive(parser.parse(phrase, YEAR), YEAR, REPORTING);
    }

    @Test
    void severalQuartersAreOneMilestoneEach() {
        assertThat(of("Quý II, III năm 2023")).containsExactly(
                new PlannedMilestone(1, "Quý II/2023", LocalDate.of(2023, 6, 30)),
                new PlannedMilestone(2, "Quý III/2023", LocalDate.of(2023, 9, 30)));
    }

    @Test
    void periodicWorkWithoutStatedPeriodsFollowsTheReportingPeriods() {
        for (String phrase : List.of("Theo định kỳ", "Định kỳ theo báo cáo CCHC", "Theo BC CCHC định kỳ",
                "Định kỳ trong năm")) {
            assertThat(of(phrase)).as(phrase).extracting(PlannedMilestone::label).containsExactly(
                    "Báo cáo Quý I năm 2023", "Báo cáo 6 tháng năm 2023", "Báo cáo Quý III (9 tháng) năm 2023",
                    "Năm 2023");
            assertThat(of(phrase)).as(phrase).extracting(PlannedMilestone::dueDate).containsExactly(
                    LocalDate.of(2023, 3, 20), LocalDate.of(2023, 6, 20), LocalDate.of(2023, 9, 20),
                    LocalDate.of(2023, 12, 20));
        }
    }

    @Test
    void quarterlyWorkHasFourQuarterEnds() {
        assertThat(of("Định kỳ hằng quý")).extracting(PlannedMilestone::label)
                .containsExactly("Quý I/2023", "Quý II/2023", "Quý III/2023", "Quý IV/2023");
        assertThat(of("Định kỳ hàng quý, 06 tháng và năm")).extracting(PlannedMilestone::dueDate)
                .containsExactly(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 30), LocalDate.of(2023, 9, 30),
                        LocalDate.of(2023, 12, 31));
    }

    @Test
    void halfYearlyWorkHasTwoHalves() {
        assertThat(of("Định kỳ 6 tháng một lần")).containsExactly(
                new PlannedMilestone(1, "6 tháng đầu năm 2023", LocalDate.of(2023, 6, 30)),
                new PlannedMilestone(2, "6 tháng cuối năm 2023", LocalDate.of(2023, 12, 31)));
    }

    @Test
    void aDateThenPeriodicWorkIsTheDateAndThePeriodsAfterIt() {
        assertThat(of("Quý IV/2022 và theo định kỳ")).extracting(PlannedMilestone::label).containsExactly(
                "Quý IV/2022", "Báo cáo Quý I năm 2023", "Báo cáo 6 tháng năm 2023",
                "Báo cáo Quý III (9 tháng) năm 2023", "Năm 2023");
        assertThat(of("Quý IV/2022 và theo định kỳ").get(0).dueDate()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void oneDateContinuousAndEventWorkHaveNoMilestones() {
        assertThat(of("Quý I/2023")).isEmpty();
        assertThat(of("Thường xuyên")).as("continuous work is reported each period, no milestones").isEmpty();
        assertThat(of("Sau khi có kết quả công bố")).isEmpty();
        assertThat(of("Năm 2023")).isEmpty();
    }

    @Test
    void datesThatAreNoPeriodEndReadAsDates() {
        assertThat(of("Tháng 5 và 15/8/2023")).extracting(PlannedMilestone::label)
                .containsExactly("Tháng 5/2023", "Ngày 15/08/2023");
    }
}
