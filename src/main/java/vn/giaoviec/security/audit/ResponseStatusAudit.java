package vn.giaoviec.security.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audits what only the response status tells, for requests Jersey answers outside Spring MVC:
 * <ul>
 *   <li>the Camunda webapps' login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}})
 *       answering 401 — a failed webapp login. A filter on the login path, rather than Camunda's
 *       operation log: the engine records no operation for a failed password check, and with history
 *       level {@code audit} it writes no user operation log at all. The form body is read here (it is
 *       a few hundred bytes) only to note the user name, then handed on unchanged;</li>
 *   <li>{@code /engine-rest} answering 403 — Camunda's {@code AuthorizationException} (Spring
 *       Security's own refusals there are audited by its access-denied handler and never get here).</li>
 * </ul>
 */
class ResponseStatusAudit extends OncePerRequestFilter {

    static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");
    private static final int MAX_FORM = 16 * 1024;

    private final SecurityAudit audit;

    ResponseStatusAudit(SecurityAudit audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()) {
            FormCopy login = new FormCopy(request);
            chain.doFilter(login, response);
            if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
                audit.record(AuditKind.LOGIN_FAILED, login.parameter("username"), SecurityAudit.describe(request),
                        request.getRemoteAddr(), "Đăng nhập Camunda webapp");
            }
            return;
        }
        chain.doFilter(request, response);
        if (path.startsWith("/engine-rest/") && response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            audit.record(AuditKind.ACCESS_DENIED, request, "Camunda từ chối (AuthorizationException)");
        }
    }

    /** The request with its (small, url-encoded) body read once and replayed to whoever reads it next. */
    static final class FormCopy extends HttpServletRequestWrapper {

        private final byte[] body;

        FormCopy(HttpServletRequest request) throws IOException {
            super(request);
            this.body = request.getInputStream().readNBytes(MAX_FORM);
        }

        String parameter(String name) {
            for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && name.equals(pair.substring(0, eq))) {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
