package vn.giaoviec.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.giaoviec.testsupport.WebappSession;

/** Security headers on pages and API, the session cookie's flags, CSRF on page forms, no stack traces. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersTest {

    @Autowired TestRestTemplate rest;

    @Test
    void pagesCarryTheSecurityHeadersAndAContentSecurityPolicyThatAllowsOurCss() {
        WebappSession admin = WebappSession.login(rest, "demo", "demo");
        ResponseEntity<String> page = admin.get("/giaoviec/ke-hoach");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        HttpHeaders headers = page.getHeaders();
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
        String csp = headers.getFirst("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'", "style-src 'self'", "script-src 'self'", "frame-ancestors 'self'",
                "object-src 'none'");
        // scripts: our own files only (style attributes stay allowed for the progress bars' widths)
        assertThat(csp).contains("script-src 'self';", "style-src 'self';").doesNotContain("unsafe-eval",
                "script-src-attr", "script-src 'self' 'unsafe-inline'");
        // our own small script file only: no inline script, no inline style
        assertThat(page.getBody()).contains("href=\"/css/giaoviec.css\"", "<script src=\"/js/giaoviec.js\" defer></script>")
                .doesNotContainPattern("<script(?![^>]*src=\"/js/)").doesNotContain(" style=\"");
        assertThat(rest.getForEntity("/css/giaoviec.css", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void apiAndWebappsCarryTheirHeaders() {
        HttpHeaders api = rest.withBasicAuth("demo", "demo").getForEntity("/api/plans", String.class).getHeaders();
        assertThat(api.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(api.getFirst("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(api.getFirst("Content-Security-Policy")).contains("default-src 'none'");
        HttpHeaders engineRest = rest.withBasicAuth("demo", "demo").getForEntity("/engine-rest/filter", String.class)
                .getHeaders();
        assertThat(engineRest.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

        HttpHeaders webapp = rest.getForEntity("/camunda/app/tasklist/default/", String.class).getHeaders();
        assertThat(webapp.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(webapp.getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(webapp.getFirst("Content-Security-Policy")).isNotBlank();
    }

    @Test
    void sessionAndXsrfCookiesAreHttpOnlyAndSameSiteLax() {
        ResponseEntity<String> tasklist = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        List<String> cookies = tasklist.getHeaders().get(HttpHeaders.SET_COOKIE);
        String xsrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
        assertThat(xsrf).containsIgnoringCase("SameSite=Lax");
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(session).contains("HttpOnly");
        assertThat(session.toLowerCase().split("samesite=lax", -1)).hasSize(2); // exactly once
        // plain HTTP here: no Secure flag; Tomcat adds it on HTTPS (forwarded by the proxy)
        assertThat(session).doesNotContain("Secure");
    }

    @Test
    void pageFormsWithoutTheCsrfTokenAreRefused() {
        WebappSession admin = WebappSession.login(rest, "demo", "demo");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("action", "commit");
        assertThat(admin.postFormWithoutToken("/giaoviec/ke-hoach/ghi", form).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anUnexpectedFailureShowsTheVietnameseErrorPageAndNoStackTrace() {
        WebappSession officer = WebappSession.login(rest, "stp-chuyenvien", "demo");
        ResponseEntity<String> page = officer.getPage("/giaoviec/thu-loi-500");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(page.getBody()).contains("Đã có lỗi xảy ra", "Mã lỗi").doesNotContain("Exception", "bí mật", "at vn.");

        ResponseEntity<String> api = rest.withBasicAuth("demo", "demo").getForEntity("/api/plans/abc/statistics",
                String.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.getBody()).contains("không đúng định dạng").doesNotContain("Exception");
        ResponseEntity<String> missing = rest.withBasicAuth("demo", "demo").getForEntity("/api/calendar/holidays",
                String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody()).contains("Thiếu tham số").doesNotContain("Exception");
    }
}
