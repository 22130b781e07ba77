package vn.giaoviec.security.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Failed HTTP Basic logins on /api and /engine-rest, from Spring Security's authentication failure
 * events (Spring Boot's event publisher reaches the filter chains' authentication managers).
 * Recorded once per request even when a parent manager reports the same failure again.
 */
@Component
class LoginFailureAudit {

    private static final String RECORDED = LoginFailureAudit.class.getName() + ".recorded";

    private final SecurityAudit audit;

    LoginFailureAudit(SecurityAudit audit) {
        this.audit = audit;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        HttpServletRequest request = SecurityAudit.currentRequest();
        if (request != null) {
            if (request.getAttribute(RECORDED) != null) {
                return;
            }
            request.setAttribute(RECORDED, Boolean.TRUE);
        }
        audit.record(AuditKind.LOGIN_FAILED, event.getAuthentication().getName(),
                "HTTP Basic: " + event.getException().getClass().getSimpleName());
    }
}
