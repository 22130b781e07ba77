package vn.giaoviec.security.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.giaoviec.security.audit.WebappLogin;

/**
 * Refuses logins (HTTP Basic on /api and /engine-rest, the Camunda webapps' login form) from a
 * client address that failed too often ({@link FailedLogins}) with 429, before any password is
 * checked — so the user's own failure count in Camunda stays as it was. A failure counts only when
 * Camunda really checked the password: attempts while the user is locked by Camunda's delay are
 * refused without a check and must not lock the user's own address out on top of it.
 */
class LoginThrottle extends OncePerRequestFilter {

    static final String TOO_MANY = "Đăng nhập sai quá nhiều lần từ địa chỉ của bạn; vui lòng thử lại sau %d phút.";

    private final LoginAttempts attempts;

    LoginThrottle(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        WebappLogin webappLogin = WebappLogin.isLogin(request) ? new WebappLogin(request) : null;
        Optional<String> user = webappLogin != null ? Optional.ofNullable(webappLogin.username()) : basicUser(request);
        if (webappLogin == null && user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        String userId = user.orElse(null);
        Optional<Duration> wait = attempts.refusal(client, userId);
        if (wait.isPresent()) {
            refuse(request, response, wait.get());
            return;
        }
        boolean lockedBefore = attempts.isLocked(userId);
        chain.doFilter(webappLogin != null ? webappLogin : request, response);
        if (response.getStatus() != HttpServletResponse.SC_UNAUTHORIZED) {
            attempts.succeeded(client, userId);
        } else {
            attempts.failed(client, userId, lockedBefore);
        }
    }

    /** The user name of an HTTP Basic Authorization header; empty without one or when it is malformed. */
    private static Optional<String> basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(credentials.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** 429 in the error format of the API asked: ours ({@code error}) or Camunda's ({@code message}, shown by the login page). */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        String message = LoginAttempts.tooMany(wait);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(path.startsWith("/api/")
                ? "{\"error\":\"" + message + "\"}"
                : "{\"type\":\"TooManyRequests\",\"message\":\"" + message + "\"}");
    }
}
