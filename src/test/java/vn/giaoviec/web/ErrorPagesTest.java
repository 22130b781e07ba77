package vn.giaoviec.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.testsupport.WebappSession;

/**
 * Issue 15, item 8: whatever a user can reach answers in Vietnamese — URLs Tomcat rejects before any
 * servlet (an encoded slash, a broken %-escape), pages that do not exist, a method a page does not
 * take, an upload over the limit — as our error page for a browser and as JSON for /api and
 * /engine-rest; never Tomcat's English "HTTP Status 400 – Bad Request" nor an empty body. Sent as raw
 * HTTP, byte for byte as an attacker (or an old browser) would send it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesTest {

    private static final String BASIC_DEMO = "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes());

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;

    @Test
    void urlsTomcatRejectsGetOurVietnamesePage() throws IOException {
        for (String path : new String[] {"/giaoviec/ke-hoach/a%2fb", "/a%2fb", "/giaoviec/%zz", "/giaoviec/a%00b"}) {
            Answer answer = send("GET " + path + " HTTP/1.1", "Accept: text/html", null);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(path).startsWith("text/html").containsIgnoringCase("utf-8");
            assertThat(answer.body()).as(path).contains("Địa chỉ trang không hợp lệ", "Về hộp việc")
                    .doesNotContain("HTTP Status", "Bad Request", "Tomcat");
        }
    }

    @Test
    void urlsTomcatRejectsUnderTheApisAnswerJson() throws IOException {
        for (String path : new String[] {"/api/plans/a%2fb", "/engine-rest/task/a%2fb", "/api/%zz"}) {
            Answer answer = send("GET " + path + " HTTP/1.1", "Authorization: " + BASIC_DEMO, null);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(path).startsWith("application/json");
            assertThat(answer.body()).as(path).contains("\"error\"", "Địa chỉ không hợp lệ");
        }
    }

    @Test
    void missingPagesAndWrongMethodsGetOurVietnamesePage() throws IOException {
        WebappSession admin = WebappSession.login(rest, "demo", "demo");
        admin.getPage("/giaoviec/hop-viec"); // the first page of ours renews the session id, as in a browser
        String cookie = "Cookie: JSESSIONID=" + admin.cookieValue("JSESSIONID");

        Answer missing = send("GET /giaoviec/khong-co-trang-nay HTTP/1.1", cookie + "\r\nAccept: text/html", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy trang", "Đăng xuất", "Về hộp việc").doesNotContain("Whitelabel");

        // a form address typed into the address bar (GET), where only the form may post
        Answer wrongMethod = send("GET /giaoviec/viec/1/nhan-viec HTTP/1.1", cookie + "\r\nAccept: text/html", null);
        assertThat(wrongMethod.status()).as(wrongMethod.headers()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("không nhận yêu cầu kiểu này", "Về hộp việc")
                .doesNotContain("Whitelabel", "Method Not Allowed");

        Answer outside = send("GET /khong-co-trang-nay HTTP/1.1", "Accept: text/html", null);
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.body()).contains("Không tìm thấy trang").doesNotContain("Whitelabel", "Not Found");
    }

    @Test
    void anUploadOverTheLimitIsAVietnamese413() throws IOException {
        WebappSession admin = WebappSession.login(rest, "demo", "demo");
        String page = admin.getPage("/giaoviec/ke-hoach/nhap").getBody();
        assertThat(page).contains("Tối đa 20 MB", "data-max-bytes=\"20971520\"");

        byte[] big = new byte[21 * 1024 * 1024];
        Answer pageUpload = sendMultipart("/giaoviec/ke-hoach/nhap", "Cookie: JSESSIONID="
                + admin.cookieValue("JSESSIONID") + "\r\nAccept: text/html", big);
        assertThat(pageUpload.status()).isEqualTo(413);
        assertThat(pageUpload.header("Content-Type")).startsWith("text/html");
        assertThat(pageUpload.body()).contains("Tệp quá lớn: tối đa 20 MB", "href=\"/giaoviec/ke-hoach/nhap\"");

        // a form posting to an address of its own (the directory's workbook): back to the page it was on
        Answer directoryUpload = sendMultipart("/giaoviec/danh-ba/nap", "Cookie: JSESSIONID="
                + admin.cookieValue("JSESSIONID") + "\r\nAccept: text/html\r\nReferer: http://localhost:" + port
                + "/giaoviec/danh-ba", big);
        assertThat(directoryUpload.status()).isEqualTo(413);
        assertThat(directoryUpload.body()).contains("Tệp quá lớn: tối đa 20 MB", "href=\"/giaoviec/danh-ba\"");

        Answer apiUpload = sendMultipart("/api/plans/preview", "Authorization: " + BASIC_DEMO, big);
        assertThat(apiUpload.status()).isEqualTo(413);
        assertThat(apiUpload.header("Content-Type")).startsWith("application/json");
        assertThat(apiUpload.body()).contains("Tệp quá lớn: tối đa 20 MB");
    }

    private Answer sendMultipart(String path, String headers, byte[] content) throws IOException {
        String boundary = "----giaoviec";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ke-hoach.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST " + path + " HTTP/1.1", headers + "\r\nContent-Type: multipart/form-data; boundary=" + boundary,
                body.toByteArray());
    }

    private Answer send(String requestLine, String headers, Object body) throws IOException {
        byte[] bytes = body instanceof byte[] b ? b : body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : null;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = requestLine + "\r\nHost: localhost:" + port + "\r\nConnection: close\r\n" + headers
                    + (bytes == null ? "" : "\r\nContent-Length: " + bytes.length) + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (bytes != null) {
                try {
                    out.write(bytes);
                } catch (IOException e) {
                    // the server answered before reading everything, as it may for a body over the limit
                }
            }
            out.flush();
            InputStream in = socket.getInputStream();
            return Answer.parse(in.readAllBytes());
        }
    }

    private record Answer(int status, String headers, String body) {
        static Answer parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            int status = head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
            return new Answer(status, head, head.toLowerCase().contains("transfer-encoding: chunked") ? unchunk(body) : body);
        }

        /** Chunk sizes count bytes; the body is re-read as bytes for them. */
        private static String unchunk(String body) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (at < bytes.length) {
                int lineEnd = at;
                while (lineEnd + 1 < bytes.length && !(bytes[lineEnd] == '\r' && bytes[lineEnd + 1] == '\n')) {
                    lineEnd++;
                }
                int size = Integer.parseInt(new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).strip(), 16);
                if (size == 0) {
                    break;
                }
                out.write(bytes, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
            return out.toString(StandardCharsets.UTF_8);
        }

        String header(String name) {
            for (String line : headers.split("\r\n")) {
                if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                    return line.substring(name.length() + 1).strip();
                }
            }
            return "";
        }
    }
}
