package vn.giaoviec.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * B2 through the officers' entry point: a person signs in once on /giaoviec/dang-nhap (session cookie,
 * CSRF token from the form) and opens a list of Hộp việc again and again — the page with the rows users
 * see (code, title, lead agency, step, due date, status), counted lists and all.
 */
final class InboxPages {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private InboxPages() {
    }

    static Latencies measure(int port, String user, String path, int runs) throws Exception {
        String base = "http://127.0.0.1:" + port;
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = browser.send(HttpRequest.newBuilder(URI.create(base + "/giaoviec/dang-nhap")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("Trang đăng nhập không có mã CSRF");
        }
        String fields = "_csrf=" + encode(csrf.group(1)) + "&username=" + encode(user) + "&password=demo";
        HttpResponse<Void> signIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/giaoviec/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.discarding());
        if (signIn.statusCode() != 302) {
            throw new IllegalStateException("Đăng nhập " + user + " thất bại: HTTP " + signIn.statusCode());
        }
        Latencies latencies = new Latencies(runs);
        for (int i = 0; i < runs + 30; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200 || !page.body().contains("Hộp việc")) {
                throw new IllegalStateException(path + " của " + user + ": HTTP " + page.statusCode());
            }
            if (i >= 30) {
                latencies.add(System.nanoTime() - start);
            }
        }
        return latencies;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
