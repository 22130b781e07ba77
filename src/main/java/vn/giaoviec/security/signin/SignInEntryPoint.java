package vn.giaoviec.security.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A page asked for without a session leads to the sign-in page, which remembers it ("tiep") and
 * returns there after signing in — the link someone was sent still works.
 */
public final class SignInEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        String location = request.getContextPath() + SignInPage.PATH;
        if ("GET".equals(request.getMethod()) && !SafeTarget.INBOX.equals(SafeTarget.of(target))) {
            location += "?tiep=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        }
        response.sendRedirect(location);
    }

    public static String signInPath() {
        return SignInPage.PATH;
    }
}
