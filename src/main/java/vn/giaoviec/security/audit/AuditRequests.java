package vn.giaoviec.security.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the request being served at hand for the audit, from before Spring Security's chain on:
 * Spring's own RequestContextFilter comes later here (Jersey's auto-configuration orders it at 0,
 * after Spring Security at -100), too late for authentication failure events.
 */
class AuditRequests extends OncePerRequestFilter {

    private static final ThreadLocal<HttpServletRequest> CURRENT = new ThreadLocal<>();

    static HttpServletRequest current() {
        return CURRENT.get();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest outer = CURRENT.get();
        CURRENT.set(request);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
