package vn.giaoviec.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.testsupport.WebappSession;

/**
 * Camunda's login throttling holds for HTTP Basic and for the webapps' login alike, with the values
 * of application.yaml; every failure is in the security audit log. The engine clock stands in for
 * waiting. A user of its own, so that no demo user gets locked for other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginThrottlingTest {

    static final String PASSWORD = "Mat-khau-dung-1";

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identityService;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;

    String userId;
    long now;

    @BeforeEach
    void userOfItsOwn() {
        userId = "throttle-" + System.nanoTime();
        User user = identityService.newUser(userId);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(userId, "stp");
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
                configuration.getLoginDelayFactor(), configuration.getLoginDelayMaxTime())).containsExactly(10, 3, 2, 60);
    }

    @Test
    void afterAWrongPasswordTheRightOneIsRefusedForTheDelayWindowOnBothLogins() {
        assertThat(basic("sai")).isEqualTo(HttpStatus.UNAUTHORIZED);

        // 1st failure: locked for loginDelayBase = 3 s — Basic and webapp login both refuse the right password
        assertThat(basic(PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(webapp(PASSWORD)).isFalse();
        advanceSeconds(2);
        assertThat(basic(PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);

        advanceSeconds(2);
        assertThat(basic(PASSWORD)).isEqualTo(HttpStatus.OK);

        // a failure through the webapp locks HTTP Basic as well
        assertThat(webapp("sai")).isFalse();
        assertThat(basic(PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
        advanceSeconds(4);
        assertThat(webapp(PASSWORD)).isTrue();

        List<Map<String, Object>> audited = jdbc.queryForList(
                "select resource, client_address from security_audit where kind = 'LOGIN_FAILED' and user_id = ?", userId);
        // every refused attempt, the ones during the lock included
        assertThat(audited).hasSize(6);
        assertThat(audited).extracting(r -> (String) r.get("resource"))
                .anyMatch(r -> r.startsWith("GET /api/calendar/holidays"))
                .anyMatch(r -> r.startsWith("POST /camunda/api/admin/auth/user/default/login/tasklist"));
        assertThat(audited).allMatch(r -> r.get("client_address") != null);
    }

    @Test
    void afterTheMaximumOfFailuresTheUserStaysLockedUntilAnAdministratorUnlocks() {
        int seconds = 0;
        for (int attempt = 1; attempt <= 10; attempt++) {
            boolean refused = attempt % 2 == 0 ? !webapp("sai-" + attempt) : basic("sai-" + attempt) == HttpStatus.UNAUTHORIZED;
            assertThat(refused).isTrue();
            advanceSeconds(61); // past every delay window (at most loginDelayMaxTime = 60 s)
            seconds += 61;
        }
        advanceSeconds(24 * 3600);
        assertThat(basic(PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(webapp(PASSWORD)).isFalse();

        assertThat(rest.withBasicAuth("demo", "demo").postForEntity("/engine-rest/user/" + userId + "/unlock", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(basic(PASSWORD)).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("select count(*) from security_audit where kind = 'LOGIN_FAILED' and user_id = ?",
                Integer.class, userId)).isEqualTo(12);
        assertThat(jdbc.queryForObject("select count(*) from security_audit where kind = 'ADMIN_CHANGE' and user_id = 'demo'"
                + " and detail like ?", Integer.class, "UnlockUser userId=" + userId + "%")).isEqualTo(1);
        assertThat(seconds).isEqualTo(610);
    }

    private HttpStatus basic(String password) {
        return (HttpStatus) rest.withBasicAuth(userId, password).getForEntity("/api/calendar/holidays?year=2031", String.class)
                .getStatusCode();
    }

    private boolean webapp(String password) {
        try {
            WebappSession.login(rest, userId, password);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private void advanceSeconds(long seconds) {
        now += seconds * 1000;
        ClockUtil.setCurrentTime(new Date(now));
    }
}
