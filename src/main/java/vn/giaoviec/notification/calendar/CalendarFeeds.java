package vn.giaoviec.notification.calendar;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.giaoviec.calendar.ProvinceClock;

/**
 * Private calendar feeds: a person's secret token (256 random bits) is the only credential of their
 * feed's URL, since calendar programs cannot sign in. One live token per person; a new one or a
 * revocation kills the old URL at once (404).
 */
@Repository
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final ProvinceClock clock;

    public CalendarFeeds(JdbcTemplate jdbc, ProvinceClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new secret URL token for the person; any earlier one stops working. */
    @Transactional
    public String renew(String userId) {
        revoke(userId);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update("insert into calendar_feed (token, user_id, created_at) values (?,?,?)", token, userId, now());
        return token;
    }

    public void revoke(String userId) {
        jdbc.update("update calendar_feed set revoked_at = ? where user_id = ? and revoked_at is null", now(), userId);
    }

    public Optional<String> liveToken(String userId) {
        return jdbc.queryForList("select token from calendar_feed where user_id = ? and revoked_at is null", String.class,
                userId).stream().findFirst();
    }

    /** Whose feed a token opens, unless it was revoked. */
    public Optional<String> ownerOf(String token) {
        return jdbc.queryForList("select user_id from calendar_feed where token = ? and revoked_at is null", String.class,
                token).stream().findFirst();
    }

    private Timestamp now() {
        return Timestamp.valueOf(clock.localNow());
    }
}
