package vn.giaoviec.security.session;

import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.apache.catalina.session.StandardManager;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Sessions nobody signed in to cannot fill the memory.
 * <p>
 * Every page that shows a form with a CSRF token — the sign-in page, and any page of the Camunda
 * webapps — opens a session before anyone signs in, and Tomcat kept each for the full 30 minutes: 20,000
 * anonymous requests left 20,000 sessions (about 0.7 KB each), so one client repeating a GET of the
 * sign-in page for half an hour could run a 512 MB node out of memory. Here a session starts with a
 * short life ({@code giaoviec.sessions.anonymous-timeout}, 2 minutes: long enough to type a password)
 * and gets the configured one ({@code server.servlet.session.timeout}) once a person has signed in —
 * when the Camunda webapps' login, which our sign-in page uses too, stores a non-empty
 * {@link Authentications} in it. Tomcat looks for expired sessions every 10 s instead of every 60 s, and
 * holds at most {@code giaoviec.sessions.max-active} sessions (10,000: five per user of a province of
 * 2,000); past that, a new visitor gets an error until some expire, and the node keeps serving those
 * signed in.
 */
@Component
class SessionBudget implements HttpSessionListener, HttpSessionAttributeListener {

    /** Where Camunda's webapps keep who is signed in (AuthenticationUtil). */
    static final String CAMUNDA_AUTHENTICATIONS = "authenticatedUser";

    private final int anonymousSeconds;
    private final int signedInSeconds;

    SessionBudget(@Value("${giaoviec.sessions.anonymous-timeout:2m}") Duration anonymous,
                  @Value("${server.servlet.session.timeout:30m}") Duration signedIn) {
        this.anonymousSeconds = (int) anonymous.toSeconds();
        this.signedInSeconds = (int) signedIn.toSeconds();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(anonymousSeconds);
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        promoteIfSignedIn(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        promoteIfSignedIn(event);
    }

    private void promoteIfSignedIn(HttpSessionBindingEvent event) {
        if (CAMUNDA_AUTHENTICATIONS.equals(event.getName())
                && event.getSession().getAttribute(CAMUNDA_AUTHENTICATIONS) instanceof Authentications authentications
                && !authentications.getAuthentications().isEmpty()) {
            event.getSession().setMaxInactiveInterval(signedInSeconds);
        }
    }

    /** Tomcat's session manager, with the bound and the prompt expiry. */
    @Component
    static class TomcatSessions implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

        private final int maxActive;
        private volatile StandardManager manager;

        TomcatSessions(@Value("${giaoviec.sessions.max-active:10000}") int maxActive) {
            this.maxActive = maxActive;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers((TomcatContextCustomizer) context -> {
                // the manager Spring Boot would create later (it keeps one that is already set)
                StandardManager created = new StandardManager();
                created.setMaxActiveSessions(maxActive);
                // expired sessions go at every background run (10 s), not every sixth
                created.setProcessExpiresFrequency(1);
                context.setManager(created);
                manager = created;
            });
        }

        /** True when no new session can be opened. */
        boolean full() {
            StandardManager current = manager;
            return current != null && current.getActiveSessions() >= maxActive;
        }

        int maxActive() {
            return maxActive;
        }
    }
}
