package vn.giaoviec.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * An upload larger than the limit is answered before anything reads its body (before Spring
 * Security, whose CSRF check would otherwise parse the oversized form, find no token and answer 403,
 * or Tomcat cut the connection and leave the browser on a blank page): 413 with the Vietnamese
 * refusal — JSON for /api and /engine-rest, and for a page our error page naming the limit with a
 * link back to the page the user was on.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    private final UploadLimit limit;
    private final ITemplateEngine templates;
    private final ApplicationContext context;

    UploadLimitFilter(UploadLimit limit, ITemplateEngine templates, ApplicationContext context) {
        this.limit = limit;
        this.templates = templates;
        this.context = context;
    }

    /**
     * The page the form was on: the Referer's path when it is one of our pages on this host (the
     * directory's upload posts to an address of its own), else the posted address itself.
     */
    private static String back(HttpServletRequest request, String path) {
        try {
            URI referer = URI.create(String.valueOf(request.getHeader("Referer")));
            if (request.getServerName().equalsIgnoreCase(referer.getHost()) && referer.getRawPath() != null
                    && referer.getRawPath().startsWith("/giaoviec/") && UnnormalizedPathFilter.isNormalized(referer.getRawPath())) {
                return referer.getRawPath();
            }
        } catch (IllegalArgumentException e) {
            // no usable Referer: the posted address below
        }
        return path.startsWith("/giaoviec/") ? path : "/giaoviec/hop-viec";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the multipart framing adds a few hundred bytes to the file itself
        if (request.getContentLengthLong() <= limit.bytes() + 64 * 1024) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ErrorTexts.isApi(path)) {
            response.setContentType("application/json");
            response.getWriter().write(ErrorTexts.json(limit.refusal()));
            return;
        }
        response.setContentType("text/html");
        WebContext page = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), Locale.forLanguageTag("vi-VN"));
        page.setVariables(Map.of("status", 413, "uploadLimit", limit, "back", back(request, path),
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null)));
        templates.process("error", page, response.getWriter());
    }
}
