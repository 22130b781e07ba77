package vn.giaoviec.security;

import vn.giaoviec.deadline.DeadlineKind;
import static vn.giaoviec.testsupport.HttpBodies.json;
import static vn.giaoviec.testsupport.HttpBodies.multipart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.TaskLauncher;

/**
 * Over real HTTP: nobody gets in without credentials, and an officer of one agency can neither
 * list, read, complete, read variables of, nor attach or download files of another agency's task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskAccessRestTest {

    static final byte[] PDF = "%PDF-1.4 sản phẩm".getBytes();

    @Autowired TestRestTemplate rest;
    @Autowired TaskLauncher launcher;
    @Autowired TaskService taskService;

    String snvCode;
    String snvInstance;

    @BeforeEach
    void issueTaskOfSoNoiVu() {
        snvCode = "ACL-" + System.nanoTime();
        snvInstance = launcher.start(new NewTask(snvCode, null, null, null, "Kế hoạch tuyên truyền CCHC", "I", "snv",
                List.of(), "Kế hoạch", "Quý IV/2030", LocalDate.of(2030, 12, 31), DeadlineKind.FIXED), "demo");
    }

    @Test
    void restApisRefuseAnonymousCallers() {
        for (String path : List.of("/engine-rest/task", "/engine-rest/process-definition", "/api/tasks/" + snvCode,
                "/api/deadlines/parse?text=Quý%20I&year=2023", "/api/calendar/holidays?year=2024")) {
            ResponseEntity<String> response = rest.getForEntity(path, String.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getBody()).as(path).contains("Cần đăng nhập");
        }
        assertThat(rest.withBasicAuth("snv-chuyenvien", "sai-mat-khau").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void healthIsOpenAndUp() {
        ResponseEntity<String> response = rest.getForEntity("/actuator/health", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"UP\"");
    }

    @Test
    void leaderOfTheLeadAgencySeesTheAssignmentTask() {
        String tasks = as("snv-lanhdao").getForObject("/engine-rest/task?processInstanceId=" + snvInstance, String.class);
        assertThat(tasks).contains("assignTask");
    }

    @Test
    void officerOfAnotherAgencyGetsNoAccessToTheTask() {
        Task task = taskService.createTaskQuery().processInstanceId(snvInstance).singleResult();
        TestRestTemplate stp = as("stp-chuyenvien");

        assertThat(stp.getForObject("/engine-rest/task?processInstanceId=" + snvInstance, String.class)).isEqualTo("[]");
        // counted within this task's process: other tests of the shared context leave Sở Tư pháp tasks of its own
        assertThat(stp.getForObject("/engine-rest/task/count?processInstanceId=" + snvInstance, String.class))
                .isEqualTo("{\"count\":0}");
        assertThat(stp.getForEntity("/engine-rest/task/" + task.getId(), String.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(stp.getForEntity("/engine-rest/task/" + task.getId() + "/variables", String.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(stp.getForEntity("/engine-rest/process-instance/" + snvInstance + "/variables", String.class)
                .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(stp.exchange("/engine-rest/task/" + task.getId() + "/complete", HttpMethod.POST,
                json("{\"variables\":{}}"), String.class).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(stp.exchange("/engine-rest/task/" + task.getId() + "/claim", HttpMethod.POST,
                json("{\"userId\":\"stp-chuyenvien\"}"), String.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(stp.getForEntity("/api/tasks/" + snvCode, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(taskService.createTaskQuery().processInstanceId(snvInstance).singleResult().getAssignee()).isNull();
    }

    @Test
    void onlyTheLeadAgencyAttachesFilesAndOnlyThoseWhoSeeTheTaskDownloadThem() {
        ResponseEntity<Map> uploaded = as("snv-chuyenvien").postForEntity("/api/tasks/" + snvCode + "/files",
                multipart("ke-hoach.pdf", PDF), Map.class);
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String fileId = (String) uploaded.getBody().get("id");

        ResponseEntity<byte[]> download = as("snv-lanhdao").getForEntity("/api/files/" + fileId, byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(PDF);

        assertThat(as("stp-chuyenvien").getForEntity("/api/files/" + fileId, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("stp-chuyenvien").postForEntity("/api/tasks/" + snvCode + "/files",
                multipart("x.pdf", PDF), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void disguisedOrUnknownFileTypesAreRefusedInVietnamese() {
        ResponseEntity<Map> exe = as("snv-chuyenvien").postForEntity("/api/tasks/" + snvCode + "/files",
                multipart("bao-cao.pdf", "MZ\u0090\u0000".getBytes()), Map.class);
        assertThat(exe.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) exe.getBody().get("error")).contains("không khớp");
        ResponseEntity<Map> script = as("snv-chuyenvien").postForEntity("/api/tasks/" + snvCode + "/files",
                multipart("run.sh", "#!/bin/sh".getBytes()), Map.class);
        assertThat((String) script.getBody().get("error")).contains("không được chấp nhận");
        assertThat(as("snv-chuyenvien").getForObject("/api/tasks/" + snvCode + "/files", String.class)).isEqualTo("[]");
    }

    /** Issue 15, item 7: another agency's task or file answers exactly as one that does not exist. */
    @Test
    void anotherAgencysTaskOrFileCannotBeToldFromAMissingOne() {
        String fileId = (String) as("snv-chuyenvien").postForEntity("/api/tasks/" + snvCode + "/files",
                multipart("ke-hoach.pdf", PDF), Map.class).getBody().get("id");
        String missingFile = fileId.substring(0, fileId.length() - 4) + "0000";
        String taskId = taskService.createTaskQuery().processInstanceId(snvInstance).singleResult().getId();
        String missingTask = taskId + "0";
        TestRestTemplate stp = as("stp-chuyenvien");

        assertSameAnswer(stp.getForEntity("/api/files/" + fileId, String.class),
                stp.getForEntity("/api/files/" + missingFile, String.class), fileId, missingFile);
        assertThat(stp.getForEntity("/api/files/" + fileId, String.class).getBody()).doesNotContain(snvCode);
        assertSameAnswer(stp.getForEntity("/engine-rest/task/" + taskId + "/variables", String.class),
                stp.getForEntity("/engine-rest/task/" + missingTask + "/variables", String.class), taskId, missingTask);
        assertSameAnswer(stp.exchange("/engine-rest/task/" + taskId, HttpMethod.DELETE, null, String.class),
                stp.exchange("/engine-rest/task/" + missingTask, HttpMethod.DELETE, null, String.class), taskId, missingTask);
        String message = "{\"messageName\":\"%s\",\"businessKey\":\"%s\"}";
        assertSameAnswer(stp.postForEntity("/engine-rest/message", json(message.formatted("productSubmitted", snvCode)), String.class),
                stp.postForEntity("/engine-rest/message", json(message.formatted("productSubmitted", "KHONG-CO")), String.class),
                snvCode, "KHONG-CO");
        assertThat(taskService.createTaskQuery().processInstanceId(snvInstance).count()).isOne();
    }

    private static void assertSameAnswer(ResponseEntity<String> other, ResponseEntity<String> missing, String otherId,
                                         String missingId) {
        System.out.println(other.getStatusCode() + " " + other.getBody() + " | " + missing.getStatusCode() + " " + missing.getBody());
        assertThat(other.getStatusCode()).isEqualTo(missing.getStatusCode());
        assertThat(other.getStatusCode().is4xxClientError()).isTrue();
        assertThat(String.valueOf(other.getBody()).replace(otherId, "?"))
                .isEqualTo(String.valueOf(missing.getBody()).replace(missingId, "?"));
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

}
