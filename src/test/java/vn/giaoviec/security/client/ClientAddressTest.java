package vn.giaoviec.security.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.catalina.valves.RemoteIpValve;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 15 item 3, over real connections: the test configuration trusts the loopback address as its
 * proxy (giaoviec.trusted-proxies), so X-Forwarded-For sent from there is the client's address for
 * the audit and for login throttling; sent from any other address — here the machine's own network
 * address — it is ignored: the connection's peer is counted and recorded, and rotating the header
 * neither escapes the per-address limit nor writes a chosen address into the audit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ClientAddressTest {

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired ServletWebServerApplicationContext context;
    @LocalServerPort int port;

    String userId;

    @BeforeEach
    void userOfItsOwn() {
        userId = "proxy-" + System.nanoTime();
        User user = identityService.newUser(userId);
        user.setPassword("dung-mat-khau");
        identityService.saveUser(user);
        identityService.createMembership(userId, "stp");
    }

    @AfterEach
    void removeUser() {
        ClockUtil.reset();
        identityService.deleteUser(userId);
    }

    @Test
    void fromTheTrustedProxyTheForwardedAddressIsTheClients() {
        assertThat(login("http://127.0.0.1:" + port, "203.0.113.7", "sai")).isEqualTo(401);

        assertThat(auditedAddresses()).containsExactly("203.0.113.7");
    }

    @Test
    void fromAnyOtherAddressAForgedHeaderIsIgnoredForAuditAndThrottling() throws SocketException {
        String own = networkAddress();
        String base = "http://" + own + ":" + port;
        long now = ClockUtil.getCurrentTime().getTime();
        for (int i = 1; i <= 5; i++) {
            assertThat(login(base, "198.51.100." + i, "sai")).as("failure %d", i).isEqualTo(401);
            now += 61_000; // past Camunda's own delay for this user (at most 60 s), which counts no failure
            ClockUtil.setCurrentTime(new Date(now));
        }

        assertThat(login(base, "8.8.8.8", "dung-mat-khau")).as("a new forged address does not start afresh")
                .isEqualTo(429);
        assertThat(auditedAddresses()).hasSize(6).containsOnly(own);
        assertThat(login("http://127.0.0.1:" + port, null, "dung-mat-khau")).as("the proxy's clients are others")
                .isEqualTo(200);
    }

    @Test
    void theServerTrustsTheConfiguredProxiesAndNoOtherPrivateAddress() {
        RemoteIpValve valve = Arrays.stream(((TomcatWebServer) context.getWebServer()).getTomcat().getEngine()
                .getPipeline().getValves()).filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                .findFirst().orElseThrow();
        Pattern trusted = Pattern.compile(valve.getInternalProxies());

        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        // Tomcat's own default would trust each of these
        for (String lan : List.of("10.1.2.3", "192.168.0.5", "172.16.0.1", "169.254.1.1", "100.64.0.1", "127.0.0.2")) {
            assertThat(trusted.matcher(lan).matches()).as(lan).isFalse();
        }
        assertThat(valve.getTrustedProxies()).isNull();
    }

    @Test
    void withNoProxyConfiguredNothingIsTrusted() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        RemoteIpValve valve = new RemoteIpValve(); // as Spring Boot adds it, with Tomcat's default proxies
        factory.addEngineValves(valve);

        new TrustedProxies().trustedProxiesOnly(List.of()).customize(factory);

        assertThat(valve.getInternalProxies()).isNull();
        assertThat(valve.getTrustedProxies()).isNull();
    }

    private int login(String base, String forwardedFor, String password) {
        HttpHeaders headers = new HttpHeaders();
        if (forwardedFor != null) {
            headers.set("X-Forwarded-For", forwardedFor);
        }
        return rest.withBasicAuth(userId, password).exchange(base + "/api/calendar/holidays?year=2031", HttpMethod.GET,
                new HttpEntity<>(headers), String.class).getStatusCode().value();
    }

    private List<String> auditedAddresses() {
        return jdbc.queryForList("select client_address from security_audit where user_id = ? order by id", String.class,
                userId);
    }

    /** An IPv4 address of this machine that is not the loopback: a peer the test configuration does not trust. */
    private static String networkAddress() throws SocketException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return address.getHostAddress();
                    }
                }
            }
        }
        throw new IllegalStateException("Máy kiểm thử không có địa chỉ mạng IPv4 ngoài 127.0.0.1");
    }
}
