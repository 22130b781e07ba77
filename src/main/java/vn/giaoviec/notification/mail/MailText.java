package vn.giaoviec.notification.mail;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The text a reader sees in an e-mail: its plain-text or HTML part, wherever it sits in the MIME tree. */
public final class MailText {

    private MailText() {
    }

    public static String plain(Part part) {
        return find(part, "text/plain");
    }

    public static String html(Part part) {
        return find(part, "text/html");
    }

    private static String find(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = find(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException("Không đọc được thư: " + e.getMessage(), e);
        }
    }
}
