package vn.giaoviec.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.testsupport.HttpBodies.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.lifecycle.PlanTaskProcess;

/**
 * What Tasklist asks of the REST API for users who are not administrators, asked as Tasklist asks
 * it: the shared filters' lists carry each task's title and lead agency, the officer's own work is
 * in "Sắp đến hạn" and "Quá hạn", comments and the diagram work for whoever holds the task — and
 * an officer of another agency still gets nothing of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistAccessTest extends LifecycleTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired TestRestTemplate rest;
    @Autowired FilterService filterService;
    @Autowired AuthorizationService authorizationService;
    @Autowired TaskHolderBackfill backfill;

    @Test
    void leaderSeesTitleAndLeadAgencyOfEachTaskInTheAgencyList() {
        ProcessInstance instance = start(task(newCode(), "snv", List.of("stp"), clock.today().plusDays(20)));

        JsonNode row = onlyRow(list("snv-lanhdao", "Việc của đơn vị", instance));

        assertThat(row.path("taskDefinitionKey").asText()).isEqualTo(PlanTaskProcess.ASSIGN);
        assertThat(variables(row)).containsEntry(PlanTaskProcess.Var.TITLE, "Xây dựng kế hoạch kiểm tra CCHC")
                .containsEntry(PlanTaskProcess.Var.LEAD_AGENCY_NAME, "Sở Nội vụ");
    }

    @Test
    void coordinatingAgencySeesTheTaskItIsAskedToContributeTo() {
        ProcessInstance instance = start(task(newCode(), "snv", List.of("stp"), clock.today().plusDays(40)));
        assertThat(list("stp-chuyenvien", "Việc của đơn vị", instance)).isEmpty();
        assertThat(rest("stp-chuyenvien").getForObject("/engine-rest/variable-instance?processInstanceIdIn="
                + instance.getId(), String.class)).isEqualTo("[]");

        assignOfficer(instance, List.of("stp"));

        JsonNode row = onlyRow(list("stp-chuyenvien", "Việc của đơn vị", instance));
        assertThat(row.path("taskDefinitionKey").asText()).isEqualTo(PlanTaskProcess.CONTRIBUTE);
        assertThat(variables(row)).containsEntry(PlanTaskProcess.Var.LEAD_AGENCY_NAME, "Sở Nội vụ");
    }

    @Test
    void officerOfAnotherAgencyReadsNoVariableOfTheTask() {
        ProcessInstance instance = start(task(newCode(), "snv", List.of(), clock.today().plusDays(20)));
        assignOfficer(instance, List.of());

        for (String outsider : List.of("stp-chuyenvien", "stp-lanhdao")) {
            assertThat(list(outsider, "Việc của tôi", instance)).as(outsider).isEmpty();
            assertThat(rest(outsider).getForObject("/engine-rest/variable-instance?processInstanceIdIn="
                    + instance.getId(), String.class)).as(outsider).isEqualTo("[]");
            assertThat(rest(outsider).getForEntity("/engine-rest/process-instance/" + instance.getId() + "/variables",
                    String.class).getStatusCode()).as(outsider).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void officersOwnTaskIsInDueSoonAndOverdue() {
        ProcessInstance dueSoon = start(task(newCode(), "snv", List.of(), clock.today().plusDays(2)));
        ProcessInstance overdue = start(task(newCode(), "snv", List.of(), clock.today().minusDays(3)));
        assignOfficer(dueSoon, List.of());
        assignOfficer(overdue, List.of());

        JsonNode soon = onlyRow(list("snv-chuyenvien", "Sắp đến hạn", dueSoon));
        assertThat(soon.path("taskDefinitionKey").asText()).isEqualTo(PlanTaskProcess.SUBMIT);
        assertThat(variables(soon)).containsEntry(PlanTaskProcess.Var.TITLE, "Xây dựng kế hoạch kiểm tra CCHC");
        assertThat(list("snv-chuyenvien", "Quá hạn", dueSoon)).isEmpty();
        assertThat(onlyRow(list("snv-chuyenvien", "Quá hạn", overdue)).path("taskDefinitionKey").asText())
                .isEqualTo(PlanTaskProcess.SUBMIT);
        assertThat(list("snv-chuyenvien", "Sắp đến hạn", overdue)).isEmpty();
    }

    @Test
    void whoeverHoldsTheTaskCommentsOnItAndNobodyElseSeesTheComments() {
        ProcessInstance instance = start(task(newCode(), "snv", List.of(), clock.today().plusDays(20)));
        Task assign = openTask(instance, PlanTaskProcess.ASSIGN);

        ResponseEntity<String> created = rest("snv-lanhdao").exchange("/engine-rest/task/" + assign.getId()
                + "/comment/create", HttpMethod.POST, json("{\"message\":\"Giao anh Bảo chủ trì\"}"), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest("snv-lanhdao").getForObject("/engine-rest/task/" + assign.getId() + "/comment", String.class))
                .contains("Giao anh Bảo chủ trì");

        assignOfficer(instance, List.of());
        Task submit = openTask(instance, PlanTaskProcess.SUBMIT);
        assertThat(rest("snv-chuyenvien").exchange("/engine-rest/task/" + submit.getId() + "/comment/create",
                HttpMethod.POST, json("{\"message\":\"Đã nhận\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(rest("stp-chuyenvien").getForEntity("/engine-rest/task/" + assign.getId() + "/comment", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest("stp-chuyenvien").exchange("/engine-rest/task/" + submit.getId() + "/comment/create",
                HttpMethod.POST, json("{\"message\":\"xen vào\"}"), String.class).getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(taskService.getTaskComments(submit.getId())).hasSize(1);
    }

    @Test
    void everyAgencyReadsTheDiagramOfItsTasks() {
        ProcessInstance instance = start(task(newCode(), "stp", List.of(), clock.today().plusDays(20)));

        ResponseEntity<String> xml = rest("stp-chuyenvien").getForEntity("/engine-rest/process-definition/"
                + instance.getProcessDefinitionId() + "/xml", String.class);

        assertThat(xml.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xml.getBody()).contains(PlanTaskProcess.SUBMIT);
    }

    @Test
    void tasksOpenedBeforeTheUpgradeGetTheirHoldersGrantsOnce() {
        ProcessInstance instance = start(task(newCode(), "snv", List.of(), clock.today().plusDays(20)));
        Task assign = openTask(instance, PlanTaskProcess.ASSIGN);
        // as a database from before: only Camunda's own grants on the task
        authorizationService.createAuthorizationQuery().groupIdIn("snv-lanhdao").list().stream()
                .filter(a -> a.getResourceId().equals(instance.getId()) || a.getResourceId().equals(assign.getId())
                        && a.getResourceType() == Resources.HISTORIC_TASK.resourceType())
                .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
        assertThat(variables(onlyRow(list("snv-lanhdao", "Việc của đơn vị", instance)))).isEmpty();
        managementService.setProperty(TaskHolderBackfill.DONE_PROPERTY, "false");

        backfill.grantOpenTasks();
        backfill.grantOpenTasks();

        assertThat(variables(onlyRow(list("snv-lanhdao", "Việc của đơn vị", instance))))
                .containsEntry(PlanTaskProcess.Var.LEAD_AGENCY_NAME, "Sở Nội vụ");
        assertThat(rest("snv-lanhdao").exchange("/engine-rest/task/" + assign.getId() + "/comment/create",
                HttpMethod.POST, json("{\"message\":\"Đã xem\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list("snv-chuyenvien", "Việc của đơn vị", instance)).isEmpty();
    }

    private void assignOfficer(ProcessInstance instance, List<String> coordinators) {
        completeAs("snv-lanhdao", openTask(instance, PlanTaskProcess.ASSIGN), Map.of(
                PlanTaskProcess.Var.OFFICER, "snv-chuyenvien", PlanTaskProcess.Var.COORDINATING_AGENCIES, coordinators));
    }

    /** A shared filter's list as Tasklist fetches it (HAL, with the filter's variables), within one instance. */
    private List<JsonNode> list(String user, String filterName, ProcessInstance instance) {
        String filterId = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        ResponseEntity<String> response = rest(user).exchange("/engine-rest/filter/" + filterId + "/list",
                HttpMethod.POST, new HttpEntity<>("{\"processInstanceId\":\"" + instance.getId() + "\"}", headers),
                String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> rows = new ArrayList<>();
        read(response.getBody()).path("_embedded").path("task").forEach(rows::add);
        return rows;
    }

    private static JsonNode onlyRow(List<JsonNode> rows) {
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static Map<String, String> variables(JsonNode row) {
        Map<String, String> values = new java.util.HashMap<>();
        row.path("_embedded").path("variable").forEach(v -> values.put(v.path("name").asText(), v.path("value").asText()));
        return values;
    }

    private TestRestTemplate rest(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
