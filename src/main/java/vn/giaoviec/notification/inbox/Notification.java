package vn.giaoviec.notification.inbox;

import java.time.LocalDateTime;
import vn.giaoviec.notification.NotificationEvent;

/** One in-app notification of one person; unread while {@code readAt} is null. */
public record Notification(long id, String recipient, NotificationEvent event, String taskCode, String subject,
                           String body, String link, LocalDateTime createdAt, LocalDateTime readAt) {

    public boolean unread() {
        return readAt == null;
    }

    /** What happened, the first line of the text (the rest: the task's facts and why). */
    public String summary() {
        int end = body.indexOf('\n');
        return end < 0 ? body : body.substring(0, end);
    }
}
