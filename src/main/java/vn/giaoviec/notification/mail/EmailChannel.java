package vn.giaoviec.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.notification.Channel;
import vn.giaoviec.notification.NotificationProperties;
import vn.giaoviec.notification.delivery.Delivery;
import vn.giaoviec.notification.delivery.DeliveryChannel;

/**
 * E-mail, HTML with a plain-text alternative. With an SMTP server (Spring Boot's spring.mail.*) every
 * message commits at the SMTP commit point ({@link CommitPointMessage}), a batch on one connection.
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

    private void sendBySmtp(JavaMailSenderImpl sender, List<Delivery> batch, Outcome outcome) {
        List<CommitPointMessage> messages = new ArrayList<>();
        List<Delivery> sending = new ArrayList<>();
        for (Delivery delivery : batch) {
            try {
                messages.add(message(sender.getSession(), delivery, () -> outcome.commit(delivery)));
                sending.add(delivery);
            } catch (MessagingException | RuntimeException e) {
                outcome.failed(delivery, "Không tạo được thư: " + e.getMessage());
            }
        }
        if (messages.isEmpty()) {
            return;
        }
        try {
            sender.send(messages.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            Map<Object, Exception> failed = e.getFailedMessages();
            for (int i = 0; i < messages.size(); i++) {
                Exception error = failed.get(messages.get(i));
                if (error != null) {
                    settle(outcome, sending.get(i), messages.get(i), error);
                } else if (failed.isEmpty()) {
                    settle(outcome, sending.get(i), messages.get(i), e);
                }
            }
        } catch (MailException e) {
            for (int i = 0; i < messages.size(); i++) {
                settle(outcome, sending.get(i), messages.get(i), e);
            }
        }
    }

    private static void settle(Outcome outcome, Delivery delivery, CommitPointMessage message, Exception error) {
        String text = error.getMessage() == null ? error.toString() : error.getMessage();
        if (message.committed()) {
            outcome.failedAfterCommit(delivery, text);
        } else {
            outcome.failed(delivery, text); // no effect when it was another node's to send
        }
    }

    /** The demo's mail folder: the file is written first, so a repeat after a crash rewrites the same file. */
    private void drop(Delivery delivery, Outcome outcome) {
        try {
            MimeMessage message = message(Session.getInstance(new Properties()), delivery, () -> true);
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

    private CommitPointMessage message(Session session, Delivery delivery, BooleanSupplier commit)
            throws MessagingException {
        CommitPointMessage message = new CommitPointMessage(session,
                "<giaoviec." + delivery.id() + "@" + from.getAddress().replaceFirst(".*@", "") + ">", commit);
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(new InternetAddress(delivery.address(), true));
        helper.setSubject(delivery.subject());
        helper.setSentDate(clock.now());
        if (delivery.html() == null) {
            helper.setText(delivery.text());
        } else {
            helper.setText(delivery.text(), delivery.html());
        }
        message.setHeader("X-GiaoViec-Event", delivery.event().name());
        message.setHeader("X-GiaoViec-Delivery", String.valueOf(delivery.id()));
        if (delivery.taskCode() != null) {
            message.setHeader("X-GiaoViec-Task", delivery.taskCode());
        }
        return message;
    }
}
