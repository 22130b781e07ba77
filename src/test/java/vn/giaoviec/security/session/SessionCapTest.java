package vn.giaoviec.security.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.testsupport.WebappSession;

/** Past the most sessions Tomcat holds, a new visitor is told in Vietnamese to come back; the node serves on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "giaoviec.sessions.max-active=4")
@ActiveProfiles("test")
class SessionCapTest {

    @Autowired TestRestTemplate rest;

    @Test
    void aVisitorPastTheLimitGetsAVietnameseAnswerAndTheSignedInWorkOn() {
        WebappSession signedIn = WebappSession.signedIn(rest, null, "stp-chuyenvien", "demo");
        for (int i = 0; i < 3; i++) {
            WebappSession.anonymous(rest, null).getPage("/giaoviec/dang-nhap");
        }
        ResponseEntity<String> refused = WebappSession.anonymous(rest, null).getPage("/giaoviec/dang-nhap");
        assertThat(refused.getStatusCode().value()).isEqualTo(503);
        assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("120");
        assertThat(refused.getBody()).contains("Hệ thống đang bận", "Vui lòng thử lại sau vài phút");
        assertThat(WebappSession.anonymous(rest, null).getPage("/camunda/app/tasklist/default/").getStatusCode().value())
                .as("Tasklist's page opens a session too").isEqualTo(503);
        assertThat(signedIn.getPage("/giaoviec/hop-viec").getStatusCode().value()).as("signed in: works on").isEqualTo(200);
        assertThat(rest.withBasicAuth("stp-chuyenvien", "demo").getForEntity("/api/tasks", String.class)
                .getStatusCode().value()).as("the REST API keeps no session").isNotEqualTo(503);
    }
}
