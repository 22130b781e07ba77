package vn.giaoviec.security.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.testsupport.HttpBodies.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.TaskLauncher;
import vn.giaoviec.testsupport.WebappSession;

/**
 * Camunda's REST for people who are not administrators: only Tasklist's calls; writes that only
 * administrators need are refused before the engine; and the answers do not tell whether another
 * agency's task or process exists (issue 15 item 7).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineRestGuardTest {

    @Autowired TestRestTemplate rest;
    @Autowired TaskLauncher launcher;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;

    String code;
    String instance;
    Task assign;

    /** A task of Sở Nội vụ, waiting for its leader's assignment. */
    @BeforeEach
    void taskOfSoNoiVu() {
        code = "GUARD-" + System.nanoTime();
        instance = launcher.start(new NewTask(code, null, null, null, "Kiểm tra công vụ", "V", "snv", List.of(),
                "Báo cáo", "Quý IV/2030", LocalDate.of(2030, 12, 31), DeadlineKind.FIXED), "demo");
        assign = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    }

    @Test
    void anotherAgencysTaskAndAMissingTaskAnswerAlike() {
        for (String suffix : List.of("", "/variables", "/form-variables", "/identity-links", "/comment")) {
            ResponseEntity<String> foreign = call("stp-lanhdao", HttpMethod.GET, "/engine-rest/task/" + assign.getId() + suffix, null);
            ResponseEntity<String> missing = call("stp-lanhdao", HttpMethod.GET, "/engine-rest/task/khong-co-viec" + suffix, null);
            assertThat(foreign.getStatusCode().value()).as(suffix).isEqualTo(404);
            assertThat(foreign.getBody()).as(suffix).isEqualTo(missing.getBody()).contains(EngineRestGuard.NO_SUCH_TASK);
            assertThat(missing.getStatusCode().value()).isEqualTo(404);
        }
        ResponseEntity<String> own = call("snv-lanhdao", HttpMethod.GET, "/engine-rest/task/" + assign.getId() + "/variables", null);
        assertThat(own.getStatusCode().value()).isEqualTo(200);
        assertThat(own.getBody()).contains(code);
    }

    @Test
    void deletingATaskIsForAdministratorsWhateverTheTask() {
        for (String id : List.of(assign.getId(), "khong-co-viec")) {
            for (String user : List.of("stp-lanhdao", "snv-lanhdao")) {
                ResponseEntity<String> answer = call(user, HttpMethod.DELETE, "/engine-rest/task/" + id, null);
                assertThat(answer.getStatusCode().value()).as(user + " " + id).isEqualTo(403);
                assertThat(answer.getBody()).contains(EngineRestGuard.ADMIN_ONLY);
            }
        }
        assertThat(taskService.createTaskQuery().taskId(assign.getId()).count()).isEqualTo(1);
    }

    @Test
    void aMessageForAnotherAgencysTaskTellsNothingOfIt() {
        String body = "{\"messageName\":\"TaskWithdrawn\",\"businessKey\":\"%s\","
                + "\"processVariables\":{\"withdrawalReason\":{\"value\":\"x\"}}}";
        ResponseEntity<String> existing = call("stp-lanhdao", HttpMethod.POST, "/engine-rest/message", body.formatted(code));
        ResponseEntity<String> unknown = call("stp-lanhdao", HttpMethod.POST, "/engine-rest/message", body.formatted("KHONG-CO"));

        assertThat(existing.getStatusCode().value()).isEqualTo(403);
        assertThat(existing.getBody()).isEqualTo(unknown.getBody()).doesNotContain(instance);
        assertThat(unknown.getStatusCode().value()).isEqualTo(403);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isEqualTo(1);
    }

    @Test
    void administratorsOnlyCallsAreRefusedToEveryoneElseBeforeTheEngine() {
        Map<String, String[]> calls = Map.of(
                "POST /engine-rest/process-instance/" + instance + "/variables",
                new String[] {"{\"modifications\":{\"officer\":{\"value\":\"stp-chuyenvien\"}}}"},
                "PUT /engine-rest/process-instance/" + instance + "/variables/leadAgency", new String[] {"{\"value\":\"stp\"}"},
                "POST /engine-rest/signal", new String[] {"{\"name\":\"x\",\"variables\":{\"leadAgency\":{\"value\":\"stp\"}}}"},
                "POST /engine-rest/process-definition/key/planTask/start", new String[] {"{\"variables\":{}}"},
                "POST /engine-rest/process-instance/" + instance + "/modification",
                new String[] {"{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"reviewProduct\"}]}"},
                "PUT /engine-rest/task/" + assign.getId(), new String[] {"{\"name\":\"Đổi tên\",\"due\":null}"},
                "POST /engine-rest/task/create", new String[] {"{\"name\":\"Việc riêng\"}"},
                "POST /engine-rest/task/" + assign.getId() + "/identity-links",
                new String[] {"{\"groupId\":\"stp\",\"type\":\"candidate\"}"},
                "POST /engine-rest/task/" + assign.getId() + "/bpmnError", new String[] {"{\"errorCode\":\"x\"}"},
                "POST /engine-rest/execution/" + instance + "/localVariables",
                new String[] {"{\"modifications\":{\"leadAgency\":{\"value\":\"stp\"}}}"});
        calls.forEach((call, body) -> {
            String[] parts = call.split(" ", 2);
            ResponseEntity<String> answer = call("snv-lanhdao", HttpMethod.valueOf(parts[0]), parts[1], body[0]);
            assertThat(answer.getStatusCode().value()).as(call + ": " + answer.getBody()).isEqualTo(403);
        });
        assertThat(runtimeService.getVariable(instance, "leadAgency")).isEqualTo("snv");
        assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getName()).isEqualTo("Phân công xử lý");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("planTask").active().count())
                .as("no process started by the refused start").isPositive();

        ResponseEntity<String> admin = call("demo", HttpMethod.PUT,
                "/engine-rest/process-instance/" + instance + "/variables/assignmentNote", "{\"value\":\"Quản trị ghi\"}");
        assertThat(admin.getStatusCode().value()).as("administrators keep Cockpit's powers").isEqualTo(204);
    }

    @Test
    void nobodyHandsATaskToSomeoneElseOrChangesWhatTheFormDoesNotOwn() {
        ResponseEntity<String> toOther = call("snv-lanhdao", HttpMethod.POST, "/engine-rest/task/" + assign.getId()
                + "/assignee", "{\"userId\":\"stp-chuyenvien\"}");
        assertThat(toOther.getStatusCode().value()).isEqualTo(403);
        assertThat(toOther.getBody()).contains(EngineRestGuard.ONLY_SELF);

        ResponseEntity<String> foreign = call("snv-lanhdao", HttpMethod.POST, "/engine-rest/task/" + assign.getId()
                + "/variables", "{\"modifications\":{\"leadAgency\":{\"value\":\"stp\"}}}");
        assertThat(foreign.getStatusCode().value()).isEqualTo(400);
        assertThat(foreign.getBody()).contains("biểu mẫu không có trường leadAgency");
        ResponseEntity<String> single = call("snv-lanhdao", HttpMethod.PUT, "/engine-rest/task/" + assign.getId()
                + "/localVariables/dueAt", "{\"value\":\"2099-01-01T00:00:00.000+0700\",\"type\":\"Date\"}");
        assertThat(single.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> deletion = call("snv-lanhdao", HttpMethod.POST, "/engine-rest/task/" + assign.getId()
                + "/variables", "{\"deletions\":[\"officerOptions\"]}");
        assertThat(deletion.getStatusCode().value()).isEqualTo(403);
        assertThat(runtimeService.getVariable(instance, "leadAgency")).isEqualTo("snv");
        assertThat(runtimeService.getVariable(instance, "officerOptions")).isNotNull();
    }

    @Test
    void tasklistsOwnRestIsGuardedTheSameWay() {
        WebappSession tasklist = WebappSession.login(rest, "stp-lanhdao", "demo");
        ResponseEntity<String> message = tasklist.postJson("/camunda/api/engine/engine/default/message",
                "{\"messageName\":\"TaskWithdrawn\",\"businessKey\":\"" + code + "\"}");
        assertThat(message.getStatusCode().value()).isEqualTo(403);
        assertThat(message.getBody()).contains(EngineRestGuard.ADMIN_ONLY).doesNotContain(instance);
        ResponseEntity<String> claim = tasklist.postJson("/camunda/api/engine/engine/default/task/" + assign.getId()
                + "/claim", "{\"userId\":\"stp-lanhdao\"}");
        assertThat(claim.getStatusCode().value()).isEqualTo(404);
        assertThat(taskService.createTaskQuery().taskId(assign.getId()).singleResult().getAssignee()).isNull();
    }

    private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
        HttpEntity<String> entity = body == null ? new HttpEntity<>(null) : json(body);
        return rest.withBasicAuth(user, "demo").exchange(path, method, entity, String.class);
    }
}
