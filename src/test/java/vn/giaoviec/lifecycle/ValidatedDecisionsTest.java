package vn.giaoviec.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.testsupport.HttpBodies.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.giaoviec.register.TransitionKind;
import vn.giaoviec.testsupport.WebappSession;

/**
 * Decisions on a task are checked on the server whatever the entry (issue 14, items 6–7): one open
 * extension request per task, new dates in the future and after the current due date, the officer
 * from the lead agency — over /api, /engine-rest and Giao Việc's own page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ValidatedDecisionsTest extends LifecycleTestSupport {

    @Autowired TestRestTemplate rest;

    @Test
    void aSecondExtensionRequestWhileOneIsOpenIsRefusedWith409() {
        String code = start();
        LocalDate due = register.get(code).dueDate();
        assertThat(requestExtension(code, due.plusMonths(1), "Chờ số liệu của Bộ").getStatusCode().value()).isEqualTo(202);

        ResponseEntity<Map> second = requestExtension(code, due.plusMonths(2), "Chờ thêm số liệu");

        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(second.getBody().get("error").toString()).contains("đã có một đề nghị gia hạn đang chờ Chánh Văn phòng quyết định");
        assertThat(openTasks(instanceOf(code), PlanTaskProcess.DECIDE_EXTENSION)).hasSize(1);
        assertThat(trail(code)).filteredOn(k -> k == TransitionKind.EXTENSION_REQUESTED).hasSize(1);
    }

    @Test
    void aSecondExtensionRequestFromAStalePageIsRefusedOnThePage() {
        String code = start();
        LocalDate due = register.get(code).dueDate();
        WebappSession officer = WebappSession.signedIn(rest, null, "snv-chuyenvien", "demo");
        officer.getPage("/giaoviec/nhiem-vu/" + code); // the page with the form, kept open in a second tab
        officer.postForm("/giaoviec/nhiem-vu/" + code + "/xin-gia-han", form("newDueDate", due.plusMonths(1).toString(),
                "reason", "Chờ số liệu của các huyện"));
        officer.getPage("/giaoviec/nhiem-vu/" + code); // the redirect after the first request, followed

        officer.postForm("/giaoviec/nhiem-vu/" + code + "/xin-gia-han", form("newDueDate", due.plusMonths(2).toString(),
                "reason", "Chờ thêm số liệu"));

        assertThat(trail(code)).filteredOn(k -> k == TransitionKind.EXTENSION_REQUESTED).hasSize(1);
        assertThat(officer.getPage("/giaoviec/nhiem-vu/" + code).getBody())
                .contains("đã có một đề nghị gia hạn đang chờ Chánh Văn phòng quyết định; không gửi thêm đề nghị khác");
        assertThat(openTasks(instanceOf(code), PlanTaskProcess.DECIDE_EXTENSION)).hasSize(1);
    }

    @Test
    void anExtensionToTodayOrEarlierIsRefusedEvenForAnOverdueTask() {
        String code = start();
        ProcessInstance instance = instanceOf(code);
        passTimeThrough(instance, timer(instance, PlanTaskProcess.EVENT_OVERDUE));
        try {
            LocalDate today = clock.today();

            ResponseEntity<Map> answer = requestExtension(code, today, "Xin đến hôm nay");

            assertThat(answer.getStatusCode().value()).isEqualTo(400);
            assertThat(answer.getBody().get("error").toString()).contains("sau hôm nay");
            assertThat(requestExtension(code, register.get(code).dueDate(), "Như cũ").getStatusCode().value()).isEqualTo(400);
            assertThat(openTasks(instance, PlanTaskProcess.DECIDE_EXTENSION)).isEmpty();
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    @Test
    void theChiefOfOfficeCannotGrantADateBeforeTheCurrentOneOverEngineRest() {
        String code = start();
        LocalDate due = register.get(code).dueDate();
        requestExtension(code, due.plusMonths(1), "Chờ số liệu của Bộ");
        Task decision = openTask(instanceOf(code), PlanTaskProcess.DECIDE_EXTENSION);

        ResponseEntity<Map> answer = complete("chanhvanphong", decision, "{\"variables\":{"
                + "\"extensionApproved\":{\"value\":true},\"newDueDate\":{\"value\":\"" + due.minusDays(1) + "\"}}}");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("message").toString()).contains("sau thời hạn hiện tại");
        assertThat(register.get(code).dueDate()).isEqualTo(due);
    }

    @Test
    void theLeaderCannotNameAnOfficerOfAnotherAgencyOverEngineRest() { // held already (form contract)
        String code = start();
        Task assign = openTask(instanceOf(code), PlanTaskProcess.ASSIGN);

        ResponseEntity<Map> answer = complete("snv-lanhdao", assign, "{\"variables\":{"
                + "\"officer\":{\"value\":\"stp-chuyenvien\"},\"coordinatingAgencies\":{\"value\":\"[]\",\"type\":\"Json\"}}}");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("message").toString()).contains("Chuyên viên xử lý", "stp-chuyenvien",
                "Không có gì được ghi");
        assertThat(openTasks(instanceOf(code), PlanTaskProcess.ASSIGN)).hasSize(1);
    }

    private String start() {
        return issue("snv", List.of(), "Rà soát quy chế làm việc", clock.today().plusMonths(2));
    }

    private ResponseEntity<Map> requestExtension(String code, LocalDate date, String reason) {
        return rest.withBasicAuth("snv-chuyenvien", "demo").exchange("/api/tasks/" + code + "/extension-request",
                HttpMethod.POST, json("{\"newDueDate\":\"" + date + "\",\"reason\":\"" + reason + "\"}"), Map.class);
    }

    private ResponseEntity<Map> complete(String user, Task task, String body) {
        return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + task.getId() + "/complete",
                HttpMethod.POST, json(body), Map.class);
    }

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
