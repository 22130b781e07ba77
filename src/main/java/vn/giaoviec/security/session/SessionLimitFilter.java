package vn.giaoviec.security.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When Tomcat holds as many sessions as it may (SessionBudget), a request that has none is answered
 * at once with 503 and a Vietnamese page — before anything renders a page or opens a session, which
 * would fail deep inside with an English stack trace in the log. Those signed in work on; the REST
 * APIs, which keep no session, and the health check are not refused. One log line a minute at most.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SessionLimitFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SessionLimitFilter.class);
    static final String PAGE = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Hệ thống đang bận</title>"
            + "</head><body><h1>Hệ thống đang bận</h1><p>Có quá nhiều phiên truy cập cùng lúc. Vui lòng thử lại sau"
            + " vài phút.</p><p>Nếu tình trạng kéo dài, xin báo bộ phận quản trị hệ thống.</p></body></html>";

    private final SessionBudget.TomcatSessions sessions;
    private final AtomicLong lastLogged = new AtomicLong();

    SessionLimitFilter(SessionBudget.TomcatSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getSession(false) == null && sessions.full()) {
            long now = System.currentTimeMillis();
            long last = lastLogged.get();
            if (now - last > 60_000 && lastLogged.compareAndSet(last, now)) {
                LOG.warn("Đủ {} phiên: từ chối yêu cầu chưa có phiên ({} {})", sessions.maxActive(), request.getMethod(),
                        request.getRequestURI());
            }
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "120");
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
