package vn.giaoviec.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A path with "//", "/./" or "/../" in it is refused with 400 and one log line. Tomcat maps such a
 * path to its servlet after normalizing it, but the security chains match the path as sent (so
 * "//engine-rest/…" slipped past the /engine-rest chain unauthenticated) and Jersey then failed on
 * it with a 500 and some 60 lines of stack trace per request. No page or client of ours sends such
 * paths; an attacker probing for a way around the security chains does.
 */
class UnnormalizedPathFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(UnnormalizedPathFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        if (isNormalized(uri)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.info("400 {} {} từ {}: đường dẫn không chuẩn (\"//\", \"/./\" hoặc \"/../\"), chưa xác định người dùng",
                request.getMethod(), uri, request.getRemoteAddr());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (ErrorTexts.isApi(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))) {
            response.setContentType("application/json");
            response.getWriter().write(ErrorTexts.json(ErrorTexts.apiMessage(400)));
        } else {
            response.setContentType("text/html");
            response.getWriter().write(ErrorTexts.page(400));
        }
    }

    static boolean isNormalized(String uri) {
        return !(uri.contains("//") || uri.contains("/./") || uri.contains("/../") || uri.endsWith("/.")
                || uri.endsWith("/.."));
    }
}
