package vn.giaoviec.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Failed logins are counted under keys of bounded size, whatever user name a form carries. */
class FailedLoginsTest {

    private final FailedLogins failures = new FailedLogins(new LoginThrottleProperties(Duration.ofMinutes(15), 20, 5));

    @Test
    void aMegabyteUserNameIsCountedUnderItsFirstSixtyFourCharacters() {
        String prefix = "x".repeat(FailedLogins.MAX_USER_CHARS);
        for (int i = 0; i < 5; i++) {
            // five different megabyte names sharing what a user id can hold: one pair, at its limit
            failures.failed("203.0.113.9", prefix + String.valueOf((char) ('a' + i)).repeat(1_000_000));
        }
        assertThat(failures.waitFor("203.0.113.9", prefix)).as("the pair of the first 64 characters").isPresent();
        assertThat(failures.waitFor("203.0.113.9", "someone-else")).isEmpty();
    }
}
