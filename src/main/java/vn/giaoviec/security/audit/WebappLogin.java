package vn.giaoviec.security.audit;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A login to the Camunda webapps ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}),
 * its small url-encoded form read once — to know the user name before or after Camunda checks the
 * password — and replayed unchanged to whoever reads it next (Camunda's login resource).
 */
public final class WebappLogin extends HttpServletRequestWrapper {

    private static final Pattern PATH = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");
    private static final int MAX_FORM = 16 * 1024;

    private final byte[] body;

    public WebappLogin(HttpServletRequest request) throws IOException {
        super(request);
        this.body = request.getInputStream().readNBytes(MAX_FORM);
    }

    public static boolean isLogin(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && PATH.matcher(path).matches();
    }

    /** The user name typed in the login form; null if there is none. */
    public String username() {
        for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && "username".equals(pair.substring(0, eq))) {
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
