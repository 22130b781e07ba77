package vn.giaoviec.notification.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.giaoviec.notification.NotificationProperties;

/**
 * Where the embedded demo keeps the e-mails it would have sent (no SMTP server configured): one folder
 * per recipient under giaoviec.notifications.mail.drop-dir, one .eml file per message, named by its id.
 */
@Component
class MailFolder {

    private final Path root;

    MailFolder(NotificationProperties properties) {
        String dir = properties.mail().dropDir();
        this.root = dir == null || dir.isBlank() ? null : Path.of(dir).toAbsolutePath().normalize();
    }

    boolean enabled() {
        return root != null;
    }

    String describe() {
        return String.valueOf(root);
    }

    Path fileOf(String userId, long id) {
        return folderOf(userId).resolve(id + ".eml");
    }

    /** A person's messages, newest first (at most {@code limit}). */
    List<Path> of(String userId, int limit) {
        Path folder = folderOf(userId);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d+\\.eml"))
                    .sorted(Comparator.comparingLong(MailFolder::idOf).reversed()).limit(limit).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static long idOf(Path file) {
        String name = file.getFileName().toString();
        return Long.parseLong(name.substring(0, name.length() - ".eml".length()));
    }

    private Path folderOf(String userId) {
        return root.resolve(userId.replaceAll("[^A-Za-z0-9._-]", "_"));
    }
}
