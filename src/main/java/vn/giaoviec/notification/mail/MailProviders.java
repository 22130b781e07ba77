package vn.giaoviec.notification.mail;

import java.util.Map;

/**
 * Names Jakarta Mail's and Jakarta Activation's implementations (Angus) once, as the system properties
 * their factory finders read first. Without them every encoder the mail API needs — several per
 * message — is looked up again with a ServiceLoader, which in the packaged application scans the
 * service files of every nested jar: half of the notification sender's CPU in a profile of B3. A
 * property already set is kept, and one whose class is not on the classpath is not set (the API then
 * looks it up as before).
 */
final class MailProviders {

    private static final Map<String, String> IMPLEMENTATIONS = Map.of(
            "jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider",
            "jakarta.activation.spi.MailcapRegistryProvider", "org.eclipse.angus.activation.MailcapRegistryProviderImpl",
            "jakarta.activation.spi.MimeTypeRegistryProvider", "org.eclipse.angus.activation.MimeTypeRegistryProviderImpl");

    private MailProviders() {
    }

    static void pin() {
        IMPLEMENTATIONS.forEach((service, implementation) -> {
            if (System.getProperty(service) == null && present(implementation)) {
                System.setProperty(service, implementation);
            }
        });
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, MailProviders.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
