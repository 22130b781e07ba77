package vn.giaoviec.security;

import vn.giaoviec.deadline.DeadlineKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.TaskLauncher;
import vn.giaoviec.testsupport.WebappSession;

/** Each kind of security event lands in the audit log, and only administrators read it (GET /api/audit). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityAuditTest {

    @Autowired TestRestTemplate rest;
    @Autowired TaskLauncher launcher;
    @Autowired TaskService taskService;

    @Test
    void failedBasicLoginIsAudited() {
        String unknown = "khong-ton-tai-" + System.nanoTime();
        assertThat(rest.withBasicAuth(unknown, "x").getForEntity("/api/plans", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(audit("LOGIN_FAILED")).anyMatch(e -> unknown.equals(e.get("userId").asText())
                && e.get("resource").asText().equals("GET /api/plans") && e.get("clientAddress").asText().length() > 0);
    }

    @Test
    void permissionDenialsAreAuditedFromOurChecksPagesCsrfAndCamunda() {
        String code = "AUD-" + System.nanoTime();
        String instance = launcher.start(new NewTask(code, null, null, null, "Nhiệm vụ kiểm tra nhật ký", "I", "snv",
                List.of(), "Báo cáo", "Quý IV/2031", LocalDate.of(2031, 12, 31), DeadlineKind.FIXED), "demo");
        TestRestTemplate stp = rest.withBasicAuth("stp-chuyenvien", "demo");

        // our controllers' AccessDeniedException (403)
        assertThat(stp.exchange("/api/tasks/" + code + "/withdrawal", HttpMethod.POST, json("{\"reason\":\"x\"}"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stp.exchange("/api/events/su-kien-" + code, HttpMethod.POST, json("{\"eventDate\":\"2031-05-07\"}"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // Camunda's AuthorizationException on /engine-rest (403)
        String taskId = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        assertThat(stp.getForEntity("/engine-rest/process-instance/" + instance + "/variables", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // a page refused by our check, and a page form without its CSRF token
        WebappSession officer = WebappSession.login(rest, "stp-chuyenvien", "demo");
        assertThat(officer.get("/giaoviec/ke-hoach/nhap").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(officer.postFormWithoutToken("/giaoviec/ke-hoach/ghi", new LinkedMultiValueMap<>()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        List<JsonNode> denied = audit("ACCESS_DENIED").stream()
                .filter(e -> "stp-chuyenvien".equals(e.get("userId").asText())).toList();
        assertThat(denied).anyMatch(e -> e.get("resource").asText().equals("POST /api/tasks/" + code + "/withdrawal")
                && e.get("detail").asText().contains("cơ quan khác"));
        assertThat(denied).anyMatch(e -> e.get("resource").asText().equals("POST /api/events/su-kien-" + code)
                && e.get("detail").asText().contains("báo sự kiện"));
        assertThat(denied).anyMatch(e -> e.get("resource").asText()
                .equals("GET /engine-rest/process-instance/" + instance + "/variables"));
        assertThat(denied).anyMatch(e -> e.get("resource").asText().equals("GET /giaoviec/ke-hoach/nhap"));
        assertThat(denied).anyMatch(e -> e.get("resource").asText().equals("POST /giaoviec/ke-hoach/ghi")
                && e.get("detail").asText().contains("CSRF"));
        assertThat(taskId).isNotNull();
    }

    @Test
    void adminChangesThroughEngineRestAreAudited() {
        String user = "audit-user-" + System.nanoTime();
        String group = "audit-group-" + System.nanoTime();
        TestRestTemplate admin = rest.withBasicAuth("demo", "demo");
        assertThat(admin.postForEntity("/engine-rest/user/create", json("{\"profile\":{\"id\":\"" + user
                + "\",\"firstName\":\"A\",\"lastName\":\"B\"},\"credentials\":{\"password\":\"Bi-mat-123\"}}"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(admin.postForEntity("/engine-rest/group/create", json("{\"id\":\"" + group + "\",\"name\":\"G\"}"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        admin.put("/engine-rest/group/" + group + "/members/" + user, null);
        JsonNode authorization = admin.postForObject("/engine-rest/authorization/create", json("{\"type\":1,"
                + "\"permissions\":[\"ACCESS\"],\"userId\":\"" + user + "\",\"resourceType\":0,\"resourceId\":\"tasklist\"}"),
                JsonNode.class);
        admin.delete("/engine-rest/authorization/" + authorization.get("id").asText());
        admin.delete("/engine-rest/group/" + group + "/members/" + user);
        admin.delete("/engine-rest/user/" + user);

        List<String> details = audit("ADMIN_CHANGE").stream().filter(e -> "demo".equals(e.get("userId").asText()))
                .map(e -> e.get("detail").asText()).toList();
        assertThat(details).anyMatch(d -> d.startsWith("SaveUser") && d.contains(user))
                .anyMatch(d -> d.startsWith("SaveGroup") && d.contains(group))
                .anyMatch(d -> d.startsWith("CreateMembership") && d.contains(user) && d.contains(group))
                .anyMatch(d -> d.startsWith("SaveAuthorization") && d.contains("user " + user))
                .anyMatch(d -> d.startsWith("DeleteAuthorization") && d.contains(authorization.get("id").asText()))
                .anyMatch(d -> d.startsWith("DeleteMembership") && d.contains(user))
                .anyMatch(d -> d.startsWith("DeleteUser") && d.contains(user))
                .noneMatch(d -> d.contains("Bi-mat-123"));
    }

    @Test
    void onlyAdministratorsReadTheLogAndItFiltersByTimeAndKind() {
        assertThat(rest.withBasicAuth("chanhvanphong", "demo").getForEntity("/api/audit", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode none = rest.withBasicAuth("demo", "demo").getForObject("/api/audit?from=2000-01-01&to=2000-01-02",
                JsonNode.class);
        assertThat(none).isEmpty();
        assertThat(audit("ACCESS_DENIED")).anyMatch(e -> "chanhvanphong".equals(e.get("userId").asText())
                && e.get("resource").asText().equals("GET /api/audit"));
        assertThat(rest.withBasicAuth("demo", "demo").getForEntity("/api/audit?kind=KHONG_CO", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private List<JsonNode> audit(String kind) {
        JsonNode entries = rest.withBasicAuth("demo", "demo").getForObject("/api/audit?kind=" + kind + "&from="
                + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now().plusDays(1), JsonNode.class);
        entries.forEach(e -> assertThat(e.get("kind").asText()).isEqualTo(kind));
        return java.util.stream.StreamSupport.stream(entries.spliterator(), false).toList();
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
