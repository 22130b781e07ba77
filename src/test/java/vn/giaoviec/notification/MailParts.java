package vn.giaoviec.notification;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import vn.giaoviec.notification.mail.MailText;

/** The parts of a received e-mail a reader sees: the plain text, the HTML, the subject and headers. */
final class MailParts {

    private MailParts() {
    }

    static String text(MimeMessage message) {
        return MailText.plain(message);
    }

    static String html(MimeMessage message) {
        return MailText.html(message);
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> to(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
