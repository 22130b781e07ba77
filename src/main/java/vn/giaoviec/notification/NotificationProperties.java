package vn.giaoviec.notification;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Notifications (giaoviec.notifications.*; application.yaml explains each setting).
 *
 * @param baseUrl        the address people open Giao Việc at: links in e-mails, SMS and calendar feeds
 * @param directoryCache how long users and group members read from Camunda are kept (0: not kept)
 */
@ConfigurationProperties("giaoviec.notifications")
public record NotificationProperties(String baseUrl, Mail mail, Webhook webhook, Delivery delivery, Digest digest,
                                     Duration directoryCache) {

    /**
     * @param from    the sender of every e-mail
     * @param dropDir without an SMTP server (spring.mail.host unset), e-mails are written here as .eml files
     *                and shown on the "Hộp thư thử" page; empty: no e-mail
     */
    public record Mail(String from, String dropDir) {
    }

    /** @param url the SMS/Zalo gateway's address (empty: no webhook); @param secret the HMAC-SHA256 key */
    public record Webhook(String url, String secret, Duration timeout) {

        public boolean enabled() {
            return url != null && !url.isBlank();
        }
    }

    /**
     * @param senderEnabled whether this node runs a sender (tests drive it themselves)
     * @param senderThreads how many threads of this node send at once
     * @param claimLease    how long a node owns the messages it took; after that another node may take them
     * @param maxAttempts   a message failing this many times is parked for an administrator
     */
    public record Delivery(boolean senderEnabled, int senderThreads, Duration pollInterval, int batchSize,
                           Duration claimLease, int maxAttempts, Duration retryBase, Duration retryMax) {
    }

    /** @param time the hour of the daily digest, on working days, in province time */
    public record Digest(boolean enabled, LocalTime time) {
    }
}
