package vn.giaoviec.security.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Camunda webapps' CSRF check, made first and without its side effect: Camunda's
 * CsrfPreventionFilter ends the session of any request whose X-XSRF-TOKEN header is missing or wrong,
 * so one forged cross-site request signed the victim out (and nothing recorded it). This filter,
 * ahead of Camunda's on /camunda/api/*, refuses such a request itself — 403 with the same
 * {@code X-XSRF-TOKEN: Required} header, which Tasklist understands — audits it by the session's user,
 * and leaves the session alone. A request with the right token goes on to Camunda's filter unchanged;
 * one without any session has nothing to lose and meets Camunda's filter as before.
 */
class WebappCsrfCheck extends OncePerRequestFilter {

    /** Camunda's names: the session attribute with the token, and the header that must repeat it. */
    private static final String SESSION_TOKEN = "CAMUNDA_CSRF_TOKEN";
    private static final String HEADER = "X-XSRF-TOKEN";
    private static final Set<String> NON_MODIFYING = Set.of("GET", "HEAD", "OPTIONS");

    private final SecurityAudit audit;

    WebappCsrfCheck(SecurityAudit audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null || NON_MODIFYING.contains(request.getMethod()) || matches(request, session)) {
            chain.doFilter(request, response);
            return;
        }
        audit.record(AuditKind.ACCESS_DENIED, webappUser(session), SecurityAudit.describe(request),
                request.getRemoteAddr(), "Thiếu hoặc sai mã CSRF (Camunda webapp); phiên đăng nhập được giữ");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setHeader(HEADER, "Required");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"Yêu cầu thiếu hoặc sai mã chống giả mạo (CSRF)"
                + " nên bị từ chối. Hãy tải lại trang rồi thử lại.\"}");
    }

    private static boolean matches(HttpServletRequest request, HttpSession session) {
        Object expected = session.getAttribute(SESSION_TOKEN);
        String sent = request.getHeader(HEADER);
        return expected instanceof String token && !token.isBlank() && sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private static String webappUser(HttpSession session) {
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications == null || authentications.getAuthentications().isEmpty() ? null
                : authentications.getAuthentications().get(0).getName();
    }
}
