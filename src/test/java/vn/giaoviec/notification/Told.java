package vn.giaoviec.notification;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the notification tables hold about a task: who was told what, in-app and in the outbox. */
final class Told {

    record Row(String recipient, NotificationEvent event, String subject, String body, String link) {
    }

    private final JdbcTemplate jdbc;

    Told(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** In-app notifications about the task, in the order written. */
    List<Row> inApp(String taskCode) {
        return jdbc.query("select recipient, event, subject, body, link from notification where task_code = ? order by id",
                (rs, i) -> new Row(rs.getString(1), NotificationEvent.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5)), taskCode);
    }

    /** Who was told each event (in-app), by event. */
    Map<NotificationEvent, java.util.Set<String>> byEvent(String taskCode) {
        Map<NotificationEvent, java.util.Set<String>> told = new TreeMap<>();
        inApp(taskCode).forEach(r -> told.computeIfAbsent(r.event(), e -> new TreeSet<>()).add(r.recipient()));
        return told;
    }

    java.util.Set<String> recipients(String taskCode, NotificationEvent event) {
        return inApp(taskCode).stream().filter(r -> r.event() == event).map(Row::recipient)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    Row one(String taskCode, NotificationEvent event, String recipient) {
        List<Row> rows = inApp(taskCode).stream().filter(r -> r.event() == event && r.recipient().equals(recipient)).toList();
        if (rows.size() != 1) {
            throw new AssertionError("cần đúng một thông báo " + event + " cho " + recipient + ", có " + rows.size()
                    + ": " + inApp(taskCode));
        }
        return rows.get(0);
    }

    /** Outbox rows (channel, recipient, address) about the task. */
    List<String> outbox(String taskCode) {
        return jdbc.query("select channel, recipient, address, event from notification_delivery where task_code = ?"
                + " order by id", (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                + rs.getString(4), taskCode);
    }
}
