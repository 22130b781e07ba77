package vn.giaoviec.security.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.apache.catalina.session.ManagerBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.testsupport.WebappSession;

/**
 * A flood of anonymous visits cannot fill the node's memory with sessions: a session nobody signed in
 * to lives two minutes, a signed-in one the configured 30, and Tomcat holds a bounded number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionBudgetTest {

    @Autowired TestRestTemplate rest;
    @Autowired ServletWebServerApplicationContext context;

    @Test
    void sessionsOpenedWithoutSigningInLiveTwoMinutes() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            WebappSession visitor = WebappSession.anonymous(rest, null);
            String path = i % 2 == 0 ? "/giaoviec/dang-nhap" : "/camunda/app/tasklist/default/";
            assertThat(visitor.getPage(path).getStatusCode().is2xxSuccessful()).as(path).isTrue();
            ids.add(visitor.cookieValue("JSESSIONID"));
        }
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
        for (String id : ids) {
            assertThat(session(id).getMaxInactiveInterval()).as("seconds an anonymous session is kept").isEqualTo(120);
        }
    }

    @Test
    void signingInGivesTheSessionTheConfiguredLife() {
        WebappSession ours = WebappSession.signedIn(rest, null, "stp-chuyenvien", "demo");
        assertThat(session(ours.cookieValue("JSESSIONID")).getMaxInactiveInterval()).as("signed in on our page")
                .isEqualTo(30 * 60);
        WebappSession tasklist = WebappSession.login(rest, "stp-lanhdao", "demo");
        assertThat(session(tasklist.cookieValue("JSESSIONID")).getMaxInactiveInterval()).as("signed in to Tasklist")
                .isEqualTo(30 * 60);
    }

    @Test
    void tomcatHoldsABoundedNumberOfSessionsAndExpiresThemPromptly() {
        ManagerBase manager = (ManagerBase) webContext().getManager();
        assertThat(manager.getMaxActiveSessions()).isEqualTo(10_000);
        assertThat(manager.getProcessExpiresFrequency()).isEqualTo(1);
    }

    private Session session(String id) {
        return Arrays.stream(webContext().getManager().findSessions()).filter(s -> s.getIdInternal().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no session " + id));
    }

    private Context webContext() {
        return (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
    }
}
