package vn.giaoviec.notification.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.notification.Channel;
import vn.giaoviec.notification.NotificationEvent;
import vn.giaoviec.notification.NotificationProperties;
import vn.giaoviec.notification.delivery.DeliveryChannel.SentMark;

/**
 * The outbox (table notification_delivery). Rows are written in the transaction of the change they
 * report; senders on any node claim due rows for a lease, and each row becomes SENT by one conditional
 * update ({@link #markSent}), which only one sender can win: the claim spreads the work, the update
 * makes it exactly once. Failures wait longer each time and are parked after the last attempt. It is
 * also what a channel reports each message's outcome to.
 */
@Repository
public class Deliveries implements DeliveryChannel.Outcome {

    private static final String SELECT = "select id, channel, recipient, address, event, task_code, subject, body_text,"
            + " body_html, link, status, attempts, next_attempt_at, last_error, created_at, sent_at from notification_delivery";

    private final JdbcTemplate jdbc;
    private final ProvinceClock clock;
    private final NotificationProperties.Delivery settings;
    private volatile String lockClause;

    public Deliveries(JdbcTemplate jdbc, ProvinceClock clock, NotificationProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = properties.delivery();
    }

    /** A message to queue: to whom by which channel and address, about what, rendered. */
    public record New(Channel channel, String recipient, String address, NotificationEvent event, String taskCode,
                      String subject, String text, String html, String link) {
    }

    public void enqueue(List<New> deliveries) {
        Timestamp now = now();
        jdbc.batchUpdate("insert into notification_delivery (channel, recipient, address, event, task_code, subject,"
                        + " body_text, body_html, link, status, attempts, next_attempt_at, created_at)"
                        + " values (?,?,?,?,?,?,?,?,?,?,0,?,?)",
                deliveries.stream().map(d -> new Object[] {d.channel().name(), d.recipient(), d.address(),
                        d.event().name(), d.taskCode(), cut(d.subject(), 500), d.text(), d.html(), d.link(),
                        DeliveryStatus.PENDING.name(), now, now}).toList());
    }

    /**
     * Takes up to {@code limit} due messages for {@code owner} until the lease ends. On PostgreSQL rows
     * another node is claiming are skipped (FOR UPDATE SKIP LOCKED), not waited for.
     */
    public List<Delivery> claim(String owner, int limit) {
        Timestamp now = now();
        jdbc.update("update notification_delivery set claimed_by = ?, claimed_until = ? where id in (select id from"
                        + " notification_delivery where status = 'PENDING' and next_attempt_at <= ?"
                        + " and (claimed_until is null or claimed_until < ?) order by id limit ?" + lockClause() + ")",
                owner, Timestamp.valueOf(clock.localNow().plus(settings.claimLease())), now, now, limit);
        return jdbc.query(SELECT + " where claimed_by = ? and status = 'PENDING' order by id", Deliveries::map, owner);
    }

    private static final String MARK_SENT = "update notification_delivery set status = 'SENT', sent_at = ?,"
            + " attempts = attempts + 1, claimed_by = null, claimed_until = null, last_error = null"
            + " where id = ? and status = 'PENDING'";

    /** The commit point of one message: true for exactly one caller, however many nodes try. */
    public boolean markSent(long id) {
        return jdbc.update(MARK_SENT, now(), id) == 1;
    }

    /** The same update held uncommitted until the channel's commit point ({@link HeldSentMark}). */
    @Override
    public Optional<SentMark> openSentMark(Delivery delivery) {
        return HeldSentMark.open(jdbc, MARK_SENT, now(), delivery.id());
    }

    @Override
    public boolean commit(Delivery delivery) {
        return markSent(delivery.id());
    }

    /** Sending failed before the commit point: wait, or park after the last attempt. */
    @Override
    public void failed(Delivery delivery, String error) {
        int attempts = delivery.attempts() + 1;
        jdbc.update("update notification_delivery set attempts = ?, status = ?, next_attempt_at = ?, last_error = ?,"
                        + " claimed_by = null, claimed_until = null where id = ? and status = 'PENDING'", attempts,
                statusAfter(attempts), Timestamp.valueOf(retryAt(attempts)), cut(error, 2000), delivery.id());
    }

    /** The server refused the message after it was marked sent (the node is alive to say so): undone. */
    @Override
    public void failedAfterCommit(Delivery delivery, String error) {
        int attempts = delivery.attempts() + 1;
        jdbc.update("update notification_delivery set status = ?, sent_at = null, next_attempt_at = ?, last_error = ?"
                        + " where id = ? and status = 'SENT'", statusAfter(attempts), Timestamp.valueOf(retryAt(attempts)),
                cut(error, 2000), delivery.id());
    }

    /** Gives back what was claimed and not tried (the sender is stopping); {@code owners} is a LIKE pattern. */
    public void release(String owners) {
        jdbc.update("update notification_delivery set claimed_by = null, claimed_until = null where claimed_by like ?"
                + " and status = 'PENDING'", owners);
    }

    /** An administrator sends a parked message again: it starts over with its attempts. */
    public boolean requeue(long id) {
        return jdbc.update("update notification_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?,"
                + " claimed_by = null, claimed_until = null where id = ? and status = 'PARKED'", now(), id) == 1;
    }

    /** How many messages of each channel stand in each status. */
    public Map<Channel, Map<DeliveryStatus, Long>> counts() {
        Map<Channel, Map<DeliveryStatus, Long>> counts = new EnumMap<>(Channel.class);
        jdbc.query("select channel, status, count(*) from notification_delivery group by channel, status", rs -> {
            counts.computeIfAbsent(Channel.valueOf(rs.getString(1)), c -> new EnumMap<>(DeliveryStatus.class))
                    .put(DeliveryStatus.valueOf(rs.getString(2)), rs.getLong(3));
        });
        return counts;
    }

    /** The latest messages in a status (PENDING ones with an error first: they are failing). */
    public List<Delivery> latest(DeliveryStatus status, int limit) {
        return jdbc.query(SELECT + " where status = ? order by case when last_error is null then 1 else 0 end, id desc"
                + " limit ?", Deliveries::map, status.name(), limit);
    }

    public List<Delivery> ofTask(String taskCode) {
        return jdbc.query(SELECT + " where task_code = ? order by id", Deliveries::map, taskCode);
    }

    private String statusAfter(int attempts) {
        return (attempts >= settings.maxAttempts() ? DeliveryStatus.PARKED : DeliveryStatus.PENDING).name();
    }

    /** 1, 2, 4 … times the base after each failure, at most the maximum. */
    LocalDateTime retryAt(int attempts) {
        Duration wait = settings.retryBase().multipliedBy(1L << Math.min(attempts - 1, 20));
        return clock.localNow().plus(wait.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : wait);
    }

    private String lockClause() {
        if (lockClause == null) {
            String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            lockClause = "PostgreSQL".equalsIgnoreCase(product) ? " for update skip locked" : "";
        }
        return lockClause;
    }

    private Timestamp now() {
        return Timestamp.valueOf(clock.localNow());
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static Delivery map(ResultSet rs, int row) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Delivery(rs.getLong("id"), Channel.valueOf(rs.getString("channel")), rs.getString("recipient"),
                rs.getString("address"), NotificationEvent.valueOf(rs.getString("event")), rs.getString("task_code"),
                rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"), rs.getString("link"),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toLocalDateTime(), rs.getString("last_error"),
                rs.getTimestamp("created_at").toLocalDateTime(), sent == null ? null : sent.toLocalDateTime());
    }
}
