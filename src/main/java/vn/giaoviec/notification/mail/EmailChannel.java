package vn.giaoviec.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.notification.Channel;
import vn.giaoviec.notification.NotificationProperties;
import vn.giaoviec.notification.delivery.Delivery;
import vn.giaoviec.notification.delivery.DeliveryChannel;
import vn.giaoviec.notification.delivery.DeliveryChannel.SentMark;

/**
 * E-mail, HTML with a plain-text alternative. With an SMTP server (Spring Boot's spring.mail.*) every
 * message is committed as sent at SMTP's point of no return ({@link CommitPointMessage}), a batch on one
 * connection.
 * Without one, in the embedded demo, messages are written as .eml files to the mail folder
 * (giaoviec.notifications.mail.drop-dir), one file per message id, shown on the "Hộp thư thử" page.
 */
@Component
class EmailChannel implements DeliveryChannel {

    private final ObjectProvider<JavaMailSender> smtp;
    private final MailFolder folder;
    private final InternetAddress from;
    private final ProvinceClock clock;

    EmailChannel(ObjectProvider<JavaMailSender> smtp, MailFolder folder, NotificationProperties properties,
                 ProvinceClock clock) throws Exception {
        MailProviders.pin();
        this.smtp = smtp;
        this.folder = folder;
        this.clock = clock;
        InternetAddress parsed = new InternetAddress(properties.mail().from());
        this.from = new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean available() {
        return smtp.getIfAvailable() != null || folder.enabled();
    }

    @Override
    public void send(List<Delivery> batch, Outcome outcome) {
        if (smtp.getIfAvailable() instanceof JavaMailSenderImpl sender) {
            sendBySmtp(sender, batch, outcome);
        } else {
            batch.forEach(d -> drop(d, outcome));
        }
    }

    /**
     * One connection for the batch; each message is committed at its "." ({@link CommitPointTransport}),
     * and a failure settles that message alone: before its commit it is tried again later, after it
     * (the server refused the message it had been given whole) it is undone and tried again.
     */
    private void sendBySmtp(JavaMailSenderImpl sender, List<Delivery> batch, Outcome outcome) {
        Session session = sender.getSession();
        List<CommitPointMessage> messages = new ArrayList<>();
        List<Delivery> sending = new ArrayList<>();
        for (Delivery delivery : batch) {
            try {
                messages.add(message(session, delivery, () -> outcome.openSentMark(delivery)));
                sending.add(delivery);
            } catch (MessagingException | RuntimeException e) {
                outcome.failed(delivery, "Không tạo được thư: " + e.getMessage());
            }
        }
        if (messages.isEmpty()) {
            return;
        }
        Transport transport;
        try {
            transport = connect(sender, session);
        } catch (MessagingException | RuntimeException e) {
            sending.forEach(d -> outcome.failed(d, text(e)));
            return;
        }
        try {
            for (int i = 0; i < messages.size(); i++) {
                CommitPointMessage message = messages.get(i);
                try {
                    message.saveChanges();
                    transport.sendMessage(message, message.getAllRecipients());
                    message.accepted();
                } catch (MessagingException | RuntimeException e) {
                    message.release(); // first: its open mark locks the row that settling updates
                    settle(outcome, sending.get(i), message, e);
                } finally {
                    message.release();
                }
            }
        } finally {
            try {
                transport.close();
            } catch (MessagingException e) {
                // every message was settled above; QUIT going wrong changes none of them
            }
        }
    }

    private static Transport connect(JavaMailSenderImpl sender, Session session) throws MessagingException {
        String protocol = sender.getProtocol() == null ? "smtp" : sender.getProtocol();
        Transport transport = new CommitPointTransport(session, protocol);
        transport.connect(sender.getHost(), sender.getPort(), emptyAsNull(sender.getUsername()),
                emptyAsNull(sender.getPassword()));
        return transport;
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String text(Exception error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    private static void settle(Outcome outcome, Delivery delivery, CommitPointMessage message, Exception error) {
        if (message.committed()) {
            outcome.failedAfterCommit(delivery, text(error));
        } else {
            outcome.failed(delivery, text(error)); // no effect when it was another node's to send
        }
    }

    /** The demo's mail folder: the file is written first, so a repeat after a crash rewrites the same file. */
    private void drop(Delivery delivery, Outcome outcome) {
        try {
            MimeMessage message = message(Session.getInstance(new Properties()), delivery, null);
            message.saveChanges();
            Path file = folder.fileOf(delivery.recipient(), delivery.id());
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(part)) {
                message.writeTo(out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            outcome.commit(delivery);
        } catch (IOException | MessagingException | RuntimeException e) {
            outcome.failed(delivery, "Không ghi được thư vào thư mục " + folder.describe() + ": " + e.getMessage());
        }
    }

    private CommitPointMessage message(Session session, Delivery delivery, Supplier<Optional<SentMark>> openMark)
            throws MessagingException {
        CommitPointMessage message = new CommitPointMessage(session,
                "<giaoviec." + delivery.id() + "@" + from.getAddress().replaceFirst(".*@", "") + ">", openMark);
        // built part by part: Spring's MimeMessageHelper loads a MIME type table for every message it wraps
        message.setFrom(from);
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(delivery.address(), true));
        message.setSubject(delivery.subject(), "UTF-8");
        message.setSentDate(clock.now());
        if (delivery.html() == null) {
            message.setText(delivery.text(), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(delivery.text(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(delivery.html(), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        }
        message.setHeader("X-GiaoViec-Event", delivery.event().name());
        message.setHeader("X-GiaoViec-Delivery", String.valueOf(delivery.id()));
        if (delivery.taskCode() != null) {
            message.setHeader("X-GiaoViec-Task", delivery.taskCode());
        }
        return message;
    }
}
