package vn.giaoviec.notification.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import vn.giaoviec.calendar.ProvinceClock;

/**
 * The embedded demo's mailbox: the e-mails Giao Việc would have sent, read back from the mail folder
 * when no SMTP server is configured. Each person reads their own.
 */
@Component
public class DemoMailbox {

    static final int SHOWN = 50;

    private final MailFolder folder;
    private final ObjectProvider<JavaMailSender> smtp;
    private final ProvinceClock clock;

    DemoMailbox(MailFolder folder, ObjectProvider<JavaMailSender> smtp, ProvinceClock clock) {
        this.folder = folder;
        this.smtp = smtp;
        this.clock = clock;
    }

    /** Whether e-mails go to the folder rather than to an SMTP server. */
    public boolean enabled() {
        return folder.enabled() && smtp.getIfAvailable() == null;
    }

    /** One e-mail as its reader sees it. */
    public record Mail(long id, String to, String subject, LocalDateTime sentAt, String text) {
    }

    public List<Mail> of(String userId) {
        List<Mail> mails = new ArrayList<>();
        for (Path file : folder.of(userId, SHOWN)) {
            read(file).ifPresent(mails::add);
        }
        return mails;
    }

    /** The .eml file of one of the person's e-mails, if it exists. */
    public Optional<Path> file(String userId, long id) {
        Path file = folder.fileOf(userId, id);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Optional<Mail> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            LocalDateTime sent = message.getSentDate() == null ? null
                    : LocalDateTime.ofInstant(message.getSentDate().toInstant(), clock.zone());
            return Optional.of(new Mail(MailFolder.idOf(file), String.join(", ", message.getHeader("To", ",")),
                    message.getSubject(), sent, MailText.plain(message)));
        } catch (IOException | jakarta.mail.MessagingException | RuntimeException e) {
            return Optional.empty(); // a file being written, or not a message: not shown
        }
    }
}
