package vn.giaoviec.security.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audits what only the response status tells, for requests Jersey answers outside Spring MVC:
 * <ul>
 *   <li>the Camunda webapps' login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}})
 *       answering 401 — a failed webapp login. A filter on the login path, rather than Camunda's
 *       operation log: the engine records no operation for a failed password check, and with history
 *       level {@code audit} it writes no user operation log at all ({@link WebappLogin} notes the
 *       user name);</li>
 *   <li>{@code /engine-rest} answering 403 — Camunda's {@code AuthorizationException} (Spring
 *       Security's own refusals there are audited by its access-denied handler and never get here).</li>
 * </ul>
 */
class ResponseStatusAudit extends OncePerRequestFilter {

    private final SecurityAudit audit;

    ResponseStatusAudit(SecurityAudit audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (WebappLogin.isLogin(request)) {
            WebappLogin login = new WebappLogin(request);
            chain.doFilter(login, response);
            if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
                audit.record(AuditKind.LOGIN_FAILED, login.username(), SecurityAudit.describe(request),
                        request.getRemoteAddr(), "Đăng nhập Camunda webapp");
            }
            return;
        }
        chain.doFilter(request, response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/engine-rest/") && response.getStatus() == HttpServletResponse.SC_FORBIDDEN
                && request.getAttribute(SecurityAudit.AUDITED) == null) {
            audit.record(AuditKind.ACCESS_DENIED, request, "Camunda từ chối (AuthorizationException)");
        }
    }
}
