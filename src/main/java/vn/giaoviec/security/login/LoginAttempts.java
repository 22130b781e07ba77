package vn.giaoviec.security.login;

import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.giaoviec.security.audit.AuditKind;
import vn.giaoviec.security.audit.SecurityAudit;

/**
 * The login limits ({@link FailedLogins}, Camunda's own per-user delay) for a login that checks the
 * password itself — Giao Việc's sign-in page — and for {@link LoginThrottle} in front of the others.
 * A failure counts only when the password was really checked (not while Camunda held the user locked).
 */
@Component
public class LoginAttempts {

    private final FailedLogins failures;
    private final CamundaLocks locks;
    private final SecurityAudit audit;

    LoginAttempts(FailedLogins failures, CamundaLocks locks, SecurityAudit audit) {
        this.failures = failures;
        this.locks = locks;
        this.audit = audit;
    }

    /** How long this client must wait before trying {@code user} again; empty when it may try now. */
    public Optional<Duration> refusal(String client, String user) {
        return failures.waitFor(client, user);
    }

    /** Whether Camunda refuses this user any password right now (a delay after wrong passwords). */
    public boolean isLocked(String user) {
        return locks.isLocked(user);
    }

    public void succeeded(String client, String user) {
        failures.succeeded(client, user);
    }

    /** A wrong password; {@code lockedBefore}: Camunda refused without checking, so it is not counted. */
    public void failed(String client, String user, boolean lockedBefore) {
        if (!lockedBefore && failures.failed(client, user)) {
            audit.record(AuditKind.LOGIN_THROTTLED, user, "Địa chỉ " + client + " đạt giới hạn đăng nhập sai;"
                    + " bị từ chối (429) trong " + minutes(failures.waitFor(client, user).orElse(Duration.ZERO)) + " phút");
        }
    }

    /** The Vietnamese refusal, in whole minutes rounded up. */
    public static String tooMany(Duration wait) {
        return String.format(LoginThrottle.TOO_MANY, minutes(wait));
    }

    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
