package vn.giaoviec.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.security.login.LoginThrottleProperties;
import vn.giaoviec.testsupport.WebappSession;

/**
 * Login throttling over HTTP, for HTTP Basic and the webapps' login alike, with the values of
 * application.yaml: Camunda's growing delay per user (never a permanent lock), and the limits per
 * client address in front of it (429, the user's own count untouched). Each test logs in from
 * addresses of its own (X-Forwarded-For, honoured from the local test client as from the proxy) and
 * as a user of its own, so no other test's address or demo user gets locked. The engine clock,
 * which both throttles read, stands in for waiting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginThrottlingTest {

    static final String PASSWORD = "Mat-khau-dung-1";
    static final AtomicInteger ADDRESSES = new AtomicInteger();
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identityService;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired LoginThrottleProperties limits;

    String userId;
    String client;
    long now;

    @BeforeEach
    void userAndAddressOfItsOwn() {
        userId = "throttle-" + System.nanoTime();
        User user = identityService.newUser(userId);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(userId, "stp");
        client = newAddress();
        now = System.currentTimeMillis();
        ClockUtil.setCurrentTime(new Date(now));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        identityService.deleteUser(userId);
    }

    @Test
    void throttlingValuesAreTheConfiguredOnes() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(List.of(configuration.getLoginMaxAttempts(), configuration.getLoginDelayBase(),
                configuration.getLoginDelayFactor(), configuration.getLoginDelayMaxTime()))
                .containsExactly(Integer.MAX_VALUE, 3, 2, 60);
        assertThat(limits).isEqualTo(new LoginThrottleProperties(Duration.ofMinutes(15), 20, 5));
    }

    @Test
    void afterAWrongPasswordTheRightOneIsRefusedForTheDelayWindowOnBothLogins() {
        assertThat(basic(client, "sai")).isEqualTo(HttpStatus.UNAUTHORIZED);

        // 1st failure: locked for loginDelayBase = 3 s — Basic and webapp login both refuse the right password
        assertThat(basic(client, PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(webapp(client, PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
        advanceSeconds(2);
        assertThat(basic(client, PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);

        advanceSeconds(2);
        assertThat(basic(client, PASSWORD)).isEqualTo(HttpStatus.OK);

        // a failure through the webapp locks HTTP Basic as well
        assertThat(webapp(client, "sai")).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(basic(client, PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
        advanceSeconds(4);
        assertThat(webapp(client, PASSWORD)).isEqualTo(HttpStatus.OK);

        List<Map<String, Object>> audited = jdbc.queryForList(
                "select resource, client_address from security_audit where kind = 'LOGIN_FAILED' and user_id = ?", userId);
        // every refused attempt, the ones during the lock included, with the client's address
        assertThat(audited).hasSize(6);
        assertThat(audited).extracting(r -> (String) r.get("resource"))
                .anyMatch(r -> r.startsWith("GET /api/calendar/holidays"))
                .anyMatch(r -> r.startsWith("POST /camunda/api/admin/auth/user/default/login/tasklist"));
        assertThat(audited).allMatch(r -> client.equals(r.get("client_address")));
    }

    @Test
    void manyFailuresNeverLockTheUserForGood() {
        // more failures than the old permanent lock (10), each from another address, past every delay window
        for (int attempt = 1; attempt <= 12; attempt++) {
            HttpStatus answer = attempt % 2 == 0 ? webapp(newAddress(), "sai-" + attempt) : basic(newAddress(), "sai-" + attempt);
            assertThat(answer).isEqualTo(HttpStatus.UNAUTHORIZED);
            advanceSeconds(61);
        }
        assertThat(attempts()).isEqualTo(12);
        assertThat(basic(client, PASSWORD)).isEqualTo(HttpStatus.OK);
        assertThat(attempts()).isZero();
    }

    @Test
    void anAdministratorEndsALockAtOnce() {
        assertThat(basic(client, "sai")).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(basic(client, PASSWORD)).as("locked for 3 s").isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(rest.withBasicAuth("demo", "demo").postForEntity("/engine-rest/user/" + userId + "/unlock", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(basic(client, PASSWORD)).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("select count(*) from security_audit where kind = 'ADMIN_CHANGE' and user_id = 'demo'"
                + " and detail like ?", Integer.class, "UnlockUser userId=" + userId + "%")).isEqualTo(1);
    }

    @Test
    void anAddressThatFailedFiveTimesForAUserIsRefusedWithoutTouchingTheUsersCount() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpStatus answer = attempt % 2 == 0 ? webapp(client, "sai-" + attempt) : basic(client, "sai-" + attempt);
            assertThat(answer).isEqualTo(HttpStatus.UNAUTHORIZED);
            advanceSeconds(61);
        }
        // the right password from that address: refused before any check, in each API's error format
        ResponseEntity<String> api = basicAnswer(client, userId, PASSWORD);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(JSON.readTree(api.getBody()).get("error").asText())
                .isEqualTo("Đăng nhập sai quá nhiều lần từ địa chỉ của bạn; vui lòng thử lại sau 10 phút.");
        assertThat(Long.parseLong(api.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(540L, 600L);
        ResponseEntity<String> login = WebappSession.loginAnswer(rest, client, userId, PASSWORD);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(JSON.readTree(login.getBody()).get("message").asText()).startsWith("Đăng nhập sai quá nhiều lần");
        assertThat(attempts()).as("the user's count in Camunda").isEqualTo(5);

        // the user, from their own address, is not locked out; nor is anyone else from the refused one
        assertThat(webapp(newAddress(), PASSWORD)).isEqualTo(HttpStatus.OK);
        assertThat(basicAnswer(client, "demo", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);

        advanceSeconds(Duration.ofMinutes(10).toSeconds());
        assertThat(basic(client, PASSWORD)).as("after the window").isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("select count(*) from security_audit where kind = 'LOGIN_THROTTLED'"
                + " and user_id = ? and client_address = ?", Integer.class, userId, client)).isEqualTo(1);
    }

    @Test
    void anAddressThatFailedForTwentyUserNamesIsRefusedForEveryUser() {
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertThat(basicAnswer(client, "khong-co-" + attempt + "-" + userId, "sai").getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(basic(client, PASSWORD)).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(webapp(client, PASSWORD)).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(attempts()).isZero();
        assertThat(basic(newAddress(), PASSWORD)).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("select count(*) from security_audit where kind = 'LOGIN_THROTTLED'"
                + " and client_address = ?", Integer.class, client)).isEqualTo(1);
    }

    @Test
    void retriesWhileTheUserIsLockedDoNotCountAgainstTheirAddress() {
        String attacker = newAddress();
        assertThat(basic(attacker, "sai")).isEqualTo(HttpStatus.UNAUTHORIZED);

        // the user keeps typing the right password during the 3 s lock: refused by Camunda, never 429
        for (int retry = 1; retry <= 2 * limits.maxFailuresPerClientAndUser(); retry++) {
            assertThat(retry % 2 == 0 ? webapp(client, PASSWORD) : basic(client, PASSWORD))
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        advanceSeconds(4);
        assertThat(webapp(client, PASSWORD)).isEqualTo(HttpStatus.OK);
    }

    private HttpStatus basic(String from, String password) {
        return (HttpStatus) basicAnswer(from, userId, password).getStatusCode();
    }

    private ResponseEntity<String> basicAnswer(String from, String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Forwarded-For", from);
        return rest.withBasicAuth(user, password).exchange("/api/calendar/holidays?year=2031", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
    }

    private HttpStatus webapp(String from, String password) {
        return (HttpStatus) WebappSession.loginAnswer(rest, from, userId, password).getStatusCode();
    }

    private int attempts() {
        return ((UserEntity) identityService.createUserQuery().userId(userId).singleResult()).getAttempts();
    }

    /** A client address of its own (TEST-NET-2, documentation only), never used twice in this run. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    private void advanceSeconds(long seconds) {
        now += seconds * 1000;
        ClockUtil.setCurrentTime(new Date(now));
    }
}
