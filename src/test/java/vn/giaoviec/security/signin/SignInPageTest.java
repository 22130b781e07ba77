package vn.giaoviec.security.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.testsupport.WebappSession;

/**
 * Giao Việc's own sign-in page over HTTP: it signs into the session the Camunda webapps use, returns
 * to the link that was opened while signed out (never to another site), answers a wrong password in
 * Vietnamese under the same login limits and audit as the other logins. Each test signs in as a user
 * of its own from an address of its own (X-Forwarded-For from the local client, as from the proxy).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInPageTest {

    static final String PASSWORD = "Mat-khau-rieng-9";
    static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;

    String userId;
    String client;

    @BeforeEach
    void userAndAddressOfItsOwn() {
        userId = "dang-nhap-" + System.nanoTime();
        User user = identityService.newUser(userId);
        user.setFirstName("Phan Văn");
        user.setLastName("Tâm");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(userId, "stp");
        client = "10.12." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
    }

    @AfterEach
    void removeUser() {
        ClockUtil.reset();
        identityService.deleteUser(userId);
    }

    @Test
    void aLinkOpenedWhileSignedOutOpensAfterSigningIn() {
        WebappSession browser = WebappSession.anonymous(rest, client);
        ResponseEntity<String> asked = browser.getPage("/giaoviec/ke-hoach?nam=2031");
        assertThat(asked.getStatusCode().value()).isEqualTo(302);
        assertThat(asked.getHeaders().getLocation().toString())
                .endsWith("/giaoviec/dang-nhap?tiep=%2Fgiaoviec%2Fke-hoach%3Fnam%3D2031");

        ResponseEntity<String> page = browser.getPage("/giaoviec/dang-nhap?tiep=/giaoviec/ke-hoach?nam=2031");
        assertThat(page.getBody()).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu")
                .contains("value=\"/giaoviec/ke-hoach?nam=2031\"");
        String before = browser.cookieValue("JSESSIONID");

        ResponseEntity<String> signedIn = browser.signIn(userId, PASSWORD, "/giaoviec/ke-hoach?nam=2031");
        assertThat(signedIn.getStatusCode().value()).isEqualTo(302);
        assertThat(signedIn.getHeaders().getLocation().toString()).endsWith("/giaoviec/ke-hoach?nam=2031");
        assertThat(browser.cookieValue("JSESSIONID")).as("a new session at sign-in").isNotEqualTo(before);
        assertThat(browser.getPage("/giaoviec/ke-hoach?nam=2031").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theSameSessionOpensTheCamundaWebappsWithoutASecondLogin() {
        WebappSession browser = WebappSession.signedIn(rest, client, userId, PASSWORD);
        ResponseEntity<String> camunda = browser.get("/camunda/api/admin/auth/user/default");
        assertThat(camunda.getStatusCode().value()).isEqualTo(200);
        assertThat(camunda.getBody()).contains("\"userId\":\"" + userId + "\"", "tasklist");
    }

    @Test
    void rootAndGiaoViecLeadASignedInUserToTheInbox() {
        WebappSession browser = WebappSession.signedIn(rest, client, userId, PASSWORD);
        for (String path : new String[] {"/", "/giaoviec/"}) {
            ResponseEntity<String> answer = browser.getPage(path);
            assertThat(answer.getStatusCode().value()).as(path).isEqualTo(302);
            assertThat(answer.getHeaders().getLocation().getPath()).as(path).isEqualTo("/giaoviec/hop-viec");
        }
        ResponseEntity<String> inbox = browser.getPage("/giaoviec/hop-viec");
        assertThat(inbox.getStatusCode().value()).isEqualTo(200);
        assertThat(inbox.getBody()).contains("<h1>Hộp việc</h1>", "Việc của tôi", "Phan Văn Tâm", "Chuyên viên Sở Tư pháp");
    }

    @Test
    void signedOutRootLeadsToSignIn() {
        WebappSession browser = WebappSession.anonymous(rest, client);
        assertThat(browser.getPage("/").getHeaders().getLocation().getPath()).isEqualTo("/giaoviec/hop-viec");
        assertThat(browser.getPage("/giaoviec/hop-viec").getHeaders().getLocation().getPath())
                .isEqualTo("/giaoviec/dang-nhap");
    }

    @Test
    void anotherSiteIsNeverWhereSigningInLeads() {
        for (String next : new String[] {"https://evil.example/giaoviec/", "//evil.example/giaoviec/x",
                "/\\evil.example", "/giaoviec/dang-nhap", "/api/plans"}) {
            WebappSession browser = WebappSession.anonymous(rest, client);
            ResponseEntity<String> answer = browser.signIn(userId, PASSWORD, next);
            assertThat(answer.getHeaders().getLocation().toString()).as(next).endsWith("/giaoviec/hop-viec");
        }
    }

    @Test
    void aWrongPasswordIsAnsweredInVietnameseKeepsTheNameAndIsAudited() {
        WebappSession browser = WebappSession.anonymous(rest, client);
        ResponseEntity<String> answer = browser.signIn(userId, "sai-mat-khau", "/giaoviec/ke-hoach");
        assertThat(answer.getStatusCode().value()).isEqualTo(401);
        assertThat(answer.getBody()).contains("Sai tên đăng nhập hoặc mật khẩu", "value=\"" + userId + "\"",
                "value=\"/giaoviec/ke-hoach\"");
        assertThat(jdbc.queryForList("select client_address from security_audit where kind = 'LOGIN_FAILED'"
                + " and user_id = ?", String.class, userId)).containsExactly(client);
    }

    @Test
    void fiveWrongPasswordsFromOneAddressAreRefusedBeforeAnyCheck() {
        long now = System.currentTimeMillis();
        for (int attempt = 1; attempt <= 5; attempt++) {
            // past Camunda's own delay each time, so that each wrong password is really checked
            ClockUtil.setCurrentTime(new Date(now += 61_000));
            assertThat(WebappSession.anonymous(rest, client).signIn(userId, "sai-" + attempt, null)
                    .getStatusCode().value()).isEqualTo(401);
        }
        ClockUtil.setCurrentTime(new Date(now + 61_000));
        ResponseEntity<String> refused = WebappSession.anonymous(rest, client).signIn(userId, PASSWORD, null);
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotNull();
        assertThat(refused.getBody()).contains("Đăng nhập sai quá nhiều lần từ địa chỉ của bạn");
        // another address is not refused
        assertThat(WebappSession.anonymous(rest, "10.13.0.1").signIn(userId, PASSWORD, null).getStatusCode().value())
                .isEqualTo(302);
    }

    @Test
    void signingOutEndsTheCamundaSessionToo() {
        WebappSession browser = WebappSession.signedIn(rest, client, userId, PASSWORD);
        browser.getPage("/giaoviec/hop-viec");
        ResponseEntity<String> out = browser.postForm("/giaoviec/dang-xuat", new org.springframework.util.LinkedMultiValueMap<>());
        assertThat(out.getHeaders().getLocation().toString()).contains("/giaoviec/dang-nhap");
        assertThat(browser.get("/camunda/api/admin/auth/user/default").getStatusCode().value()).isNotEqualTo(200);
        assertThat(browser.getPage("/giaoviec/hop-viec").getHeaders().getLocation().getPath()).isEqualTo("/giaoviec/dang-nhap");
    }
}
