package vn.giaoviec.bench.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What one person's browser does with Giao Việc's pages: signs in once through the sign-in page
 * (session cookie, the CSRF token of the page's form), then GETs pages and posts their forms
 * (url-encoded, or multipart with files), following the redirect after a post as a browser does.
 * Only the session cookie is kept: the pages set no other.
 */
final class Browser {

    private static final String SESSION = "JSESSIONID";

    private final String base;
    private String session;

    Browser(String base) {
        this.base = base;
    }

    /** A page as the browser got it: status, where it ended up after redirects, its parsed HTML. */
    record Page(int status, String path, Document html) {
        boolean ok() {
            return status == 200;
        }
    }

    /** One field of a multipart post: a value, or a file when {@code content} is not null. */
    record Part(String name, String value, String fileName, byte[] content) {
        static Part field(String name, String value) {
            return new Part(name, value, null, null);
        }
    }

    /** Signs in through /giaoviec/dang-nhap; the page the sign-in leads to (the inbox) when it worked. */
    Page signIn(String user, String password) {
        Page form = get("/giaoviec/dang-nhap");
        Element login = form.html().selectFirst("form[method=post]");
        if (login == null) {
            throw new IllegalStateException("trang đăng nhập không có biểu mẫu (" + form.status() + ")");
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>(hiddenFields(login));
        fields.put("username", user);
        fields.put("password", password);
        return post(login.attr("action"), fields);
    }

    Page get(String path) {
        return follow(send(HttpRequest.newBuilder(uri(path)).GET()), 0);
    }

    /** Posts a form url-encoded, as a browser posts a form without files. */
    Page post(String action, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(encode(name)).append('=')
                .append(encode(value)));
        return follow(send(HttpRequest.newBuilder(uri(action)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))), 0);
    }

    /** Posts a form as multipart/form-data, as a browser posts a form with enctype multipart (files or none). */
    Page postMultipart(String action, List<Part> parts) {
        String boundary = "----giaoviecB4" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.content() == null ? "\r\n\r\n"
                    : "; filename=\"" + part.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content() == null ? part.value().getBytes(StandardCharsets.UTF_8) : part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return follow(send(HttpRequest.newBuilder(uri(action)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))), 0);
    }

    /** The hidden inputs of a form (the CSRF token, the work id …) as the browser would send them. */
    static Map<String, String> hiddenFields(Element form) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        return fields;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(60));
        if (session != null) {
            request.header("Cookie", SESSION + "=" + session);
        }
        try {
            HttpResponse<byte[]> response = Api.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            keepSession(response);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A redirect is followed with a GET (after a post too: 302/303), at most five times. */
    private Page follow(HttpResponse<byte[]> response, int hops) {
        int status = response.statusCode();
        Optional<String> location = response.headers().firstValue("Location");
        if ((status == 302 || status == 303) && location.isPresent() && hops < 5) {
            return follow(send(HttpRequest.newBuilder(response.uri().resolve(location.get())).GET()), hops + 1);
        }
        String path = response.uri().getRawPath() + (response.uri().getRawQuery() == null ? "" : "?" + response.uri().getRawQuery());
        return new Page(status, path, Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), base + path));
    }

    private void keepSession(HttpResponse<?> response) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            if (cookie.startsWith(SESSION + "=")) {
                String value = cookie.substring(SESSION.length() + 1).split(";", 2)[0];
                session = value.isEmpty() ? null : value;
            }
        }
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
