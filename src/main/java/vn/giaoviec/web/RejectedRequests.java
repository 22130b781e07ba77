package vn.giaoviec.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * A URL Spring Security's firewall refuses (a ";" matrix parameter, an encoded "/" or "%", a backslash)
 * is a 400 in Vietnamese: JSON for the APIs ({"error": "…"}), the error page for people — Spring Boot's
 * error controller answered program clients with its English JSON. One log line.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    private static final Logger LOG = LoggerFactory.getLogger(RejectedRequests.class);

    @Bean
    RequestRejectedHandler vietnameseRequestRejected() {
        return (request, response, exception) -> {
            String path = request.getRequestURI();
            LOG.info("Từ chối đường dẫn không hợp lệ: {} {} — {}", request.getMethod(), path, exception.getMessage());
            if (ErrorTexts.isApi(path)) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(ErrorTexts.json(ErrorTexts.apiMessage(HttpServletResponse.SC_BAD_REQUEST)));
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        };
    }
}
