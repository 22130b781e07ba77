package vn.giaoviec.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AgencyScoreTest {

    @Test
    void onTimeRateCountsCompletedTasksOnly() {
        AgencyScore score = new AgencyScore("Sở Tư pháp", 3, 1, 5, 7);
        assertThat(score.total()).isEqualTo(16);
        assertThat(score.onTimeRate()).isCloseTo(0.75, within(1e-9));
        assertThat(score.completionRate()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void ratesAreUndefinedWithoutCompletedOrAnyTasks() {
        assertThat(new AgencyScore("Sở Y tế", 0, 0, 2, 1).onTimeRate()).isNaN();
        assertThat(new AgencyScore("Sở Y tế", 0, 0, 2, 1).completionRate()).isZero();
        assertThat(new AgencyScore("Sở Y tế", 0, 0, 0, 0).completionRate()).isNaN();
    }

    @Test
    void negativeCountsAreRejected() {
        assertThatThrownBy(() -> new AgencyScore("Sở Y tế", -1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
