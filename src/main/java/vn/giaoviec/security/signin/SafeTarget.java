package vn.giaoviec.security.signin;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where to go after signing in: only a path of this site that a user works in — Giao Việc's pages
 * or the Camunda webapps — never another host (an open redirect would make the login page a
 * phishing tool).
 */
final class SafeTarget {

    static final String INBOX = "/giaoviec/hop-viec";

    private SafeTarget() {
    }

    static String of(String requested) {
        if (requested == null || requested.isBlank() || requested.length() > 2000) {
            return INBOX;
        }
        try {
            URI uri = new URI(requested);
            String path = uri.getPath();
            boolean local = uri.getScheme() == null && uri.getRawAuthority() == null && path != null
                    && path.startsWith("/") && !path.startsWith("//") && !requested.contains("\\");
            boolean ours = local && (path.startsWith("/giaoviec/") || path.startsWith("/camunda/app/"))
                    && !path.startsWith(SignInPage.PATH) && !path.contains("/..");
            return ours ? requested : INBOX;
        } catch (URISyntaxException e) {
            return INBOX;
        }
    }
}
