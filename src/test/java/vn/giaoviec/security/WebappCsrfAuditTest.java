package vn.giaoviec.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.testsupport.WebappSession;

/**
 * Issue 15, item 8: a request to the Camunda webapps' REST without its CSRF token (what a forged
 * cross-site request looks like) is refused, lands in the security audit log like every other
 * refusal — user, path, client address, "CSRF" — and leaves the user's own session working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebappCsrfAuditTest {

    private static final String TASK_COUNT = "/camunda/api/engine/engine/default/task/count";

    @Autowired TestRestTemplate rest;

    @Test
    void aWebappRequestWithoutItsCsrfTokenIsAuditedAndTheSessionSurvives() {
        WebappSession officer = WebappSession.loginFrom(rest, "203.0.113.77", "stp-chuyenvien", "demo");

        for (String token : new String[] {null, "ma-gia-mao"}) {
            ResponseEntity<String> forged = officer.postJsonWithToken(TASK_COUNT, "{}", token);
            assertThat(forged.getStatusCode()).as("token " + token).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(forged.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo("Required");
        }

        String audit = rest.withBasicAuth("demo", "demo").getForObject("/api/audit?kind=ACCESS_DENIED&from="
                + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now().plusDays(1), String.class);
        assertThat(audit).contains("\"userId\":\"stp-chuyenvien\"", "POST " + TASK_COUNT, "203.0.113.77", "CSRF");

        ResponseEntity<String> own = officer.postJson(TASK_COUNT, "{}");
        assertThat(own.getStatusCode()).as("the user's own request after the refusal").isEqualTo(HttpStatus.OK);
        assertThat(officer.get("/giaoviec/hop-viec").getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
