package vn.giaoviec.notification.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.notification.NotificationEvent;

/** The in-app notifications: written with the change they report, read and marked read by their recipient only. */
@Repository
public class Notifications {

    private static final String SELECT = "select id, recipient, event, task_code, subject, body, link, created_at,"
            + " read_at from notification";

    private final JdbcTemplate jdbc;
    private final ProvinceClock clock;

    public Notifications(JdbcTemplate jdbc, ProvinceClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A notification to write: its recipient, event, task (or null), subject, text and link. */
    public record New(String recipient, NotificationEvent event, String taskCode, String subject, String body,
                      String link) {
    }

    public void insertAll(List<New> notifications) {
        Timestamp now = Timestamp.valueOf(clock.localNow());
        jdbc.batchUpdate("insert into notification (recipient, event, task_code, subject, body, link, created_at)"
                        + " values (?,?,?,?,?,?,?)",
                notifications.stream().map(n -> new Object[] {n.recipient(), n.event().name(), n.taskCode(),
                        cut(n.subject(), 500), cut(n.body(), 8000), n.link(), now}).toList());
    }

    /** A person's notifications, newest first. */
    public List<Notification> of(String userId, int limit) {
        return jdbc.query(SELECT + " where recipient = ? order by id desc limit ?", Notifications::map, userId, limit);
    }

    public int unread(String userId) {
        Integer count = jdbc.queryForObject("select count(*) from notification where recipient = ? and read_at is null",
                Integer.class, userId);
        return count == null ? 0 : count;
    }

    /** Marks one of the person's own notifications read and returns it; another person's is not found. */
    public Optional<Notification> open(String userId, long id) {
        jdbc.update("update notification set read_at = ? where id = ? and recipient = ? and read_at is null",
                Timestamp.valueOf(clock.localNow()), id, userId);
        return jdbc.query(SELECT + " where id = ? and recipient = ?", Notifications::map, id, userId).stream().findFirst();
    }

    public int markAllRead(String userId) {
        return jdbc.update("update notification set read_at = ? where recipient = ? and read_at is null",
                Timestamp.valueOf(clock.localNow()), userId);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static Notification map(ResultSet rs, int row) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(rs.getLong("id"), rs.getString("recipient"), NotificationEvent.valueOf(rs.getString("event")),
                rs.getString("task_code"), rs.getString("subject"), rs.getString("body"), rs.getString("link"),
                rs.getTimestamp("created_at").toLocalDateTime(), read == null ? null : read.toLocalDateTime());
    }
}
