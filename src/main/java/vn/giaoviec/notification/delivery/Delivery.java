package vn.giaoviec.notification.delivery;

import java.time.LocalDateTime;
import vn.giaoviec.notification.Channel;
import vn.giaoviec.notification.NotificationEvent;

/**
 * One message of the outbox: to one person by one channel ({@code address}: their e-mail or telephone),
 * rendered when the change it reports was written, sent afterwards.
 */
public record Delivery(long id, Channel channel, String recipient, String address, NotificationEvent event,
                       String taskCode, String subject, String text, String html, String link, DeliveryStatus status,
                       int attempts, LocalDateTime nextAttemptAt, String lastError, LocalDateTime createdAt,
                       LocalDateTime sentAt) {
}
