package vn.giaoviec.security.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on failed logins from one client address (giaoviec.login-throttle.*), on top of Camunda's
 * own growing delay per user.
 *
 * @param window                       failures are counted in windows of this length, from the first one
 * @param maxFailuresPerClient         failures from one address, whatever the user names, before it is refused
 * @param maxFailuresPerClientAndUser  failures from one address for one user name before that pair is refused
 */
@ConfigurationProperties("giaoviec.login-throttle")
public record LoginThrottleProperties(Duration window, int maxFailuresPerClient, int maxFailuresPerClientAndUser) {
}
