package vn.giaoviec.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A user signed in to the Camunda webapps, as a browser would be (session and XSRF cookies), for
 * testing our pages that share that login. Remembers the CSRF token of the last page it read.
 */
public final class WebappSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final TestRestTemplate rest;
    private final String clientAddress;
    private final List<String> cookies = new ArrayList<>();
    private final List<String> setCookies = new ArrayList<>();
    private String csrf;

    private WebappSession(TestRestTemplate rest, String clientAddress) {
        this.rest = rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
        this.clientAddress = clientAddress;
    }

    public static WebappSession login(TestRestTemplate rest, String user, String password) {
        return loginFrom(rest, null, user, password);
    }

    /**
     * As {@link #login}, for a browser at {@code clientAddress} (sent as X-Forwarded-For, which the
     * application honours from a local proxy — the test client's address).
     */
    public static WebappSession loginFrom(TestRestTemplate rest, String clientAddress, String user, String password) {
        WebappSession session = new WebappSession(rest, clientAddress);
        ResponseEntity<String> login = session.logIn(user, password);
        if (!login.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException("Đăng nhập thất bại: " + login.getStatusCode());
        }
        // the login starts a new session; as Tasklist reloads, a GET gives it its CSRF token (XSRF-TOKEN cookie)
        session.exchange("/camunda/app/tasklist/default/", HttpMethod.GET, null, null);
        return session;
    }

    /** A browser with no session yet, at {@code clientAddress} (null: the test client's own), e.g. to sign in on our page. */
    public static WebappSession anonymous(TestRestTemplate rest, String clientAddress) {
        return new WebappSession(rest, clientAddress);
    }

    /**
     * Signs in on Giao Việc's own sign-in page (as a browser: the page, then the form with its CSRF
     * token); the answer is the redirect to the page asked for.
     */
    public ResponseEntity<String> signIn(String user, String password, String next) {
        getPage("/giaoviec/dang-nhap" + (next == null ? "" : "?tiep=" + next));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        if (next != null) {
            form.add("tiep", next);
        }
        return postForm("/giaoviec/dang-nhap", form);
    }

    /** Signed in on Giao Việc's sign-in page, from {@code clientAddress} (null: the test client's own). */
    public static WebappSession signedIn(TestRestTemplate rest, String clientAddress, String user, String password) {
        WebappSession session = new WebappSession(rest, clientAddress);
        ResponseEntity<String> answer = session.signIn(user, password, null);
        if (!answer.getStatusCode().is3xxRedirection()) {
            throw new IllegalStateException("Đăng nhập thất bại: " + answer.getStatusCode());
        }
        return session;
    }

    /** Every Set-Cookie header this browser has received, in order, attributes included. */
    public List<String> setCookieHeaders() {
        return List.copyOf(setCookies);
    }

    /** The value of a cookie this browser holds, or null. */
    public String cookieValue(String name) {
        return cookies.stream().filter(c -> c.startsWith(name + "=")).map(c -> c.substring(name.length() + 1))
                .findFirst().orElse(null);
    }

    /** The webapps' answer to a login attempt from {@code clientAddress} (null: the test client's own). */
    public static ResponseEntity<String> loginAnswer(TestRestTemplate rest, String clientAddress, String user,
                                                     String password) {
        return new WebappSession(rest, clientAddress).logIn(user, password);
    }

    private ResponseEntity<String> logIn(String user, String password) {
        exchange("/camunda/app/tasklist/default/", HttpMethod.GET, null, null);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add("X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        return exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST, form, headers);
    }

    public ResponseEntity<String> get(String path) {
        return remember(exchange(path, HttpMethod.GET, null, null));
    }

    /** As a browser asks for a page (Accept: text/html), so that errors come as the error page. */
    public ResponseEntity<String> getPage(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
        return remember(exchange(path, HttpMethod.GET, null, headers));
    }

    /** A download (or any page) as bytes, with the session cookie. */
    public ResponseEntity<byte[]> getBytes(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
        if (clientAddress != null) {
            headers.set("X-Forwarded-For", clientAddress);
        }
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(null, headers), byte[].class);
    }

    /** A call to the webapps' own REST (/camunda/api/…) as Tasklist makes it: JSON, session cookie, X-XSRF-TOKEN. */
    public ResponseEntity<String> postJson(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        headers.add("X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
        return exchange(path, HttpMethod.POST, json, headers);
    }

    public ResponseEntity<String> postForm(String path, MultiValueMap<String, String> form) {
        form.add("_csrf", csrf);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return remember(exchange(path, HttpMethod.POST, form, headers));
    }

    /**
     * As a forged cross-site request to the webapps' REST would be: JSON and the session cookie, with
     * the given X-XSRF-TOKEN (null: none) instead of the session's.
     */
    public ResponseEntity<String> postJsonWithToken(String path, String json, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.add("X-XSRF-TOKEN", token);
        }
        return exchange(path, HttpMethod.POST, json, headers);
    }

    /** As a forged cross-site form would post: the session cookie, but no CSRF token. */
    public ResponseEntity<String> postFormWithoutToken(String path, MultiValueMap<String, String> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return exchange(path, HttpMethod.POST, form, headers);
    }

    public ResponseEntity<String> postFile(String path, String fileName, byte[] content,
                                           MultiValueMap<String, Object> fields) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>(fields);
        form.add("_csrf", csrf);
        form.add("file", HttpBodies.file(fileName, content));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return remember(exchange(path, HttpMethod.POST, form, headers));
    }

    /** A form with files as a browser posts it (multipart/form-data), with the CSRF token of the last page. */
    public ResponseEntity<String> postMultipart(String path, MultiValueMap<String, Object> parts) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>(parts);
        form.add("_csrf", csrf);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return remember(exchange(path, HttpMethod.POST, form, headers));
    }

    private ResponseEntity<String> remember(ResponseEntity<String> response) {
        Matcher matcher = CSRF.matcher(response.getBody() == null ? "" : response.getBody());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
        return response;
    }

    private ResponseEntity<String> exchange(String path, HttpMethod method, Object body, HttpHeaders extra) {
        HttpHeaders headers = extra == null ? new HttpHeaders() : extra;
        if (clientAddress != null) {
            headers.set("X-Forwarded-For", clientAddress);
        }
        if (!cookies.isEmpty()) {
            headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
        }
        ResponseEntity<String> response = rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (set != null) {
            setCookies.addAll(set);
            for (String cookie : set) {
                String pair = cookie.split(";", 2)[0];
                cookies.removeIf(c -> c.startsWith(pair.split("=", 2)[0] + "="));
                cookies.add(pair);
            }
        }
        return response;
    }

    private String cookie(String name) {
        return cookies.stream().filter(c -> c.startsWith(name + "=")).map(c -> c.substring(name.length() + 1))
                .findFirst().orElseThrow(() -> new IllegalStateException("Thiếu cookie " + name));
    }
}
