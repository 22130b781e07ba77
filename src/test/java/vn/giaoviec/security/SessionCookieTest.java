package vn.giaoviec.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.testsupport.WebappSession;

/**
 * Issue 15, item 6: every session cookie the application sets — at sign-in (a new JSESSIONID against
 * session fixation) and on the first pages after it — is HttpOnly and SameSite=Lax, whichever way
 * the officer signed in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionCookieTest {

    @Autowired TestRestTemplate rest;

    @Test
    void signInOnGiaoViecsOwnPageKeepsSameSiteOnEverySessionCookie() {
        WebappSession officer = WebappSession.anonymous(rest, null);
        officer.signIn("snv-chuyenvien", "demo", null);
        browseAfterSignIn(officer);

        assertEverySessionCookieIsLaxAndHttpOnly(officer);
    }

    @Test
    void signInThroughTasklistKeepsSameSiteOnEverySessionCookie() {
        WebappSession officer = WebappSession.login(rest, "snv-chuyenvien", "demo");
        browseAfterSignIn(officer);

        assertEverySessionCookieIsLaxAndHttpOnly(officer);
    }

    private static void browseAfterSignIn(WebappSession officer) {
        officer.getPage("/giaoviec/hop-viec");
        officer.getPage("/giaoviec/ke-hoach");
        officer.get("/camunda/app/tasklist/default/");
        officer.getPage("/giaoviec/thong-bao");
    }

    private static void assertEverySessionCookieIsLaxAndHttpOnly(WebappSession officer) {
        List<String> sessionCookies = officer.setCookieHeaders().stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
        System.out.println("Set-Cookie JSESSIONID: " + sessionCookies);
        assertThat(sessionCookies).isNotEmpty().allSatisfy(cookie -> {
            assertThat(cookie).contains("HttpOnly");
            assertThat(cookie.toLowerCase().split("samesite=lax", -1)).as(cookie).hasSize(2); // exactly once
        });
    }
}
