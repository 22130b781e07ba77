package vn.giaoviec.progress.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.giaoviec.register.TaskStatus;

class RegisterRowTest {

    private static final LocalDate DUE = LocalDate.of(2023, 3, 31);
    private static final LocalDate TODAY = LocalDate.of(2023, 5, 2);

    private static RegisterRow row(TaskStatus status, LocalDate due, LocalDate completed) {
        return new RegisterRow("I", "1", "Nhiệm vụ", "Sở Nội vụ", null, null, "Quý I/2023", due, status, completed);
    }

    @Test
    void completedLateCountsCalendarDaysFromDueToCompletion() {
        // 31/3 -> 10/4 spans a weekend and 30/4 is not involved: calendar days, not working days
        assertThat(row(TaskStatus.DONE_LATE, DUE, LocalDate.of(2023, 4, 10)).daysLate(TODAY)).isEqualTo(10);
    }

    @Test
    void overdueCountsCalendarDaysUntilToday() {
        assertThat(row(TaskStatus.IN_PROGRESS_OVERDUE, DUE, null).daysLate(TODAY)).isEqualTo(32);
    }

    @Test
    void otherStatusesAreNeverLate() {
        assertThat(row(TaskStatus.DONE_ON_TIME, DUE, DUE).daysLate(TODAY)).isZero();
        assertThat(row(TaskStatus.IN_PROGRESS_ON_TIME, DUE, null).daysLate(TODAY)).isZero();
        assertThat(row(TaskStatus.WITHDRAWN, DUE, null).daysLate(TODAY)).isZero();
    }

    @Test
    void missingDatesGiveZeroAndCoordinatorsDefaultToEmpty() {
        assertThat(row(TaskStatus.IN_PROGRESS_OVERDUE, null, null).daysLate(TODAY)).isZero();
        assertThat(row(TaskStatus.DONE_LATE, DUE, null).daysLate(TODAY)).isZero();
        assertThat(row(TaskStatus.DONE_LATE, DUE, null).coordinatingAgencyNames()).isEqualTo(List.of());
    }
}
