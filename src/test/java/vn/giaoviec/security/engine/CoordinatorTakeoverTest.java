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
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.lifecycle.TaskLauncher;
import vn.giaoviec.testsupport.WebappSession;

/**
 * Issue 15, item 2, over HTTP: Sở Tư pháp, asked to coordinate on a task of Sở Nội vụ, completes
 * "Gửi ý kiến phối hợp" with extra variables — its own officer, a due date in 2099, itself as lead
 * agency — to take the task over. Through /engine-rest and through Tasklist's own REST the
 * completion is refused with a Vietnamese 400 and nothing changes; the honest completion passes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CoordinatorTakeoverTest {

    static final String TASKLIST_REST = "/camunda/api/engine/engine/default/task/";
    static final String TAKEOVER = """
            {"variables": {
              "contribution": {"value": "Thống nhất", "type": "String"},
              "officer": {"value": "stp-chuyenvien", "type": "String"},
              "dueAt": {"value": "2099-12-31T00:00:00.000+0700", "type": "Date"},
              "leadAgency": {"value": "stp", "type": "String"}}}""";
    static final String HONEST = "{\"variables\": {\"contribution\": {\"value\": \"Thống nhất, không bổ sung\"}}}";

    @Autowired TestRestTemplate rest;
    @Autowired TaskLauncher launcher;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;

    String instance;
    Task contribution;

    /** A task of Sở Nội vụ with Sở Tư pháp coordinating, assigned by Sở Nội vụ's leader over REST. */
    @BeforeEach
    void coordinationRequestedOfSoTuPhap() {
        instance = launcher.start(new NewTask("TAKE-" + System.nanoTime(), null, null, null, "Rà soát quy chế",
                "II", "snv", List.of("stp"), "Quy chế", "Quý IV/2030", LocalDate.of(2030, 12, 31), DeadlineKind.FIXED), "demo");
        Task assign = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        ResponseEntity<String> assigned = as("snv-lanhdao").exchange("/engine-rest/task/" + assign.getId() + "/complete",
                HttpMethod.POST, json("{\"variables\": {\"officer\": {\"value\": \"snv-chuyenvien\"},"
                        + " \"coordinatingAgencies\": {\"value\": \"[\\\"stp\\\"]\", \"type\": \"Json\"}}}"), String.class);
        assertThat(assigned.getStatusCode()).as(assigned.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        contribution = taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(PlanTaskProcess.CONTRIBUTE).singleResult();
        assertThat(contribution).as("contribution task; open: %s, variables: %s",
                taskService.createTaskQuery().processInstanceId(instance).list(),
                runtimeService.getVariables(instance)).isNotNull();
    }

    @Test
    void overEngineRestTheTakeoverIsRefusedAndTheHonestContributionPasses() {
        ResponseEntity<Map> refused = as("stp-chuyenvien").exchange("/engine-rest/task/" + contribution.getId()
                + "/complete", HttpMethod.POST, json(TAKEOVER), Map.class);

        assertRefusedAndNothingChanged(refused);
        ResponseEntity<String> honest = as("stp-chuyenvien").exchange("/engine-rest/task/" + contribution.getId()
                + "/complete", HttpMethod.POST, json(HONEST), String.class);
        assertThat(honest.getStatusCode()).as(honest.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertTheLeadAgencyKeepsTheTask();
    }

    @Test
    void inTasklistTheTakeoverIsRefusedAndTheHonestContributionPasses() {
        WebappSession tasklist = WebappSession.login(rest, "stp-chuyenvien", "demo");

        ResponseEntity<String> refused = tasklist.postJson(TASKLIST_REST + contribution.getId() + "/submit-form", TAKEOVER);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("biểu mẫu không có trường dueAt, leadAgency, officer");
        assertThat(tasklist.postJson(TASKLIST_REST + contribution.getId() + "/submit-form", HONEST).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertTheLeadAgencyKeepsTheTask();
    }

    private void assertRefusedAndNothingChanged(ResponseEntity<Map> refused) {
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).isEqualTo("Việc \"Gửi ý kiến phối hợp\": biểu mẫu không có"
                + " trường dueAt, leadAgency, officer. Không có gì được ghi.");
        assertThat(taskService.createTaskQuery().taskId(contribution.getId()).count()).as("still open").isEqualTo(1);
        assertThat(runtimeService.getVariable(instance, "officer")).isEqualTo("snv-chuyenvien");
        assertThat(runtimeService.getVariable(instance, "leadAgency")).isEqualTo("snv");
        assertThat(runtimeService.getVariable(instance, "contribution")).isNull();
    }

    private void assertTheLeadAgencyKeepsTheTask() {
        Task submit = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(PlanTaskProcess.SUBMIT)
                .singleResult();
        assertThat(submit.getAssignee()).isEqualTo("snv-chuyenvien");
        assertThat(submit.getDueDate()).isBefore(java.sql.Timestamp.valueOf("2031-01-02 00:00:00"));
        assertThat(runtimeService.getVariable(instance, "leadAgency")).isEqualTo("snv");
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }
}
