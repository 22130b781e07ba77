package vn.giaoviec.engine.rest;

import vn.giaoviec.deadline.DeadlineKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.lifecycle.TaskLauncher;
import vn.giaoviec.testsupport.WebappSession;

/**
 * Two leaders of the same agency act on the same task at the same instant, over real HTTP against
 * Camunda's REST (two threads released together by a latch): exactly one succeeds, the other gets
 * 409 with a Vietnamese message, and the process and the register moved once. Both copies of that
 * REST: /engine-rest with HTTP Basic, and the webapps' /camunda/api/engine as Tasklist calls it
 * (session cookie and CSRF header).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentTaskActionsTest {

    static final int ROUNDS = 10;
    static final String PASSWORD = "hai-nguoi-cung-luc";
    static final String TASKLIST_REST = "/camunda/api/engine/engine/default/task/";
    static final ObjectMapper JSON = new ObjectMapper();
    static final String COMPLETE_BODY = "{\"variables\":{\"officer\":{\"value\":\"snv-chuyenvien\"}}}";

    @Autowired TestRestTemplate rest;
    @Autowired TaskLauncher launcher;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;

    final String first = "snv-ld-a-" + System.nanoTime();
    final String second = "snv-ld-b-" + System.nanoTime();
    final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeAll
    void twoLeadersOfSoNoiVu() {
        for (String id : List.of(first, second)) {
            User user = identityService.newUser(id);
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(id, "snv-lanhdao");
        }
    }

    @AfterAll
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void twoLeadersCompleteTheSameAssignmentTask() throws Exception {
        completeRaces("/engine-rest/task/%s/complete", this::post);
    }

    @Test
    void twoLeadersSubmitTheSameAssignmentFormInTasklist() throws Exception {
        Map<String, WebappSession> sessions = tasklistSessions();
        completeRaces(TASKLIST_REST + "%s/submit-form", (user, path, body) -> json(sessions.get(user).postJson(path, body)));
    }

    @Test
    void twoLeadersClaimTheSameAssignmentTask() throws Exception {
        claimRaces("/engine-rest/task/%s/claim", this::post);
    }

    @Test
    void twoLeadersClaimTheSameAssignmentTaskInTasklist() throws Exception {
        Map<String, WebappSession> sessions = tasklistSessions();
        claimRaces(TASKLIST_REST + "%s/claim", (user, path, body) -> json(sessions.get(user).postJson(path, body)));
    }

    private void completeRaces(String pathOfTask, Poster poster) throws Exception {
        Map<String, Integer> losers = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            String code = "CONC-C-" + round + "-" + System.nanoTime();
            String instance = issue(code);
            Task assign = taskService.createTaskQuery().processInstanceId(instance).singleResult();

            List<ResponseEntity<Map>> answers = race(String.format(pathOfTask, assign.getId()), COMPLETE_BODY, poster);

            ResponseEntity<Map> loser = oneWinnerOneConflict(answers, HttpStatus.NO_CONTENT);
            losers.merge(loserKind(loser), 1, Integer::sum);
            assertThat(taskService.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey(PlanTaskProcess.SUBMIT).count()).as("submitProduct tasks").isEqualTo(1);
            assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isEqualTo(1);
            assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
                    .activityId(PlanTaskProcess.ASSIGN).finished().count()).as("assignTask completions").isEqualTo(1);
            assertThat(transitions(code, "ASSIGNED")).as("ASSIGNED in the register").isEqualTo(1);
            assertThat(transitions(code, "PHASE")).as("phase change to submit (issued in assign)").isEqualTo(1);
        }
        System.out.printf("Concurrent complete %s (%s): %d rounds, %d succeeded once each, losers got 409: %s,"
                + " duplicates 0%n", pathOfTask, database(), ROUNDS, ROUNDS, losers);
    }

    private void claimRaces(String pathOfTask, Poster poster) throws Exception {
        Map<String, Integer> losers = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            String code = "CONC-K-" + round + "-" + System.nanoTime();
            String instance = issue(code);
            Task assign = taskService.createTaskQuery().processInstanceId(instance).singleResult();

            List<ResponseEntity<Map>> answers = race(String.format(pathOfTask, assign.getId()),
                    "{\"userId\":\"%s\"}", poster);

            ResponseEntity<Map> loser = oneWinnerOneConflict(answers, HttpStatus.NO_CONTENT);
            losers.merge(loserKind(loser), 1, Integer::sum);
            String winner = answers.get(0) == loser ? second : first;
            assertThat(taskService.createTaskQuery().taskId(assign.getId()).singleResult().getAssignee())
                    .isEqualTo(winner);
            // history level audit (application.yaml) keeps no user operation log: the historic task has the winner
            assertThat(historyService.createHistoricTaskInstanceQuery().taskId(assign.getId()).singleResult()
                    .getAssignee()).as("assignee in history").isEqualTo(winner);
        }
        System.out.printf("Concurrent claim %s (%s): %d rounds, %d succeeded once each, losers got 409: %s,"
                + " duplicates 0%n", pathOfTask, database(), ROUNDS, ROUNDS, losers);
    }

    @Test
    void aSecondCompletionAfterTheFirstIsAConflictTooAndOtherErrorsStayCamundas() {
        String instance = issue("CONC-L-" + System.nanoTime());
        Task assign = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(post(first, "/engine-rest/task/" + assign.getId() + "/complete", COMPLETE_BODY).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<Map> late = post(second, "/engine-rest/task/" + assign.getId() + "/complete", COMPLETE_BODY);
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) late.getBody().get("message")).isEqualTo(EngineRestConflicts.ALREADY_DONE);

        Task submit = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        ResponseEntity<Map> claimedByOther = post(first, "/engine-rest/task/" + submit.getId() + "/claim",
                "{\"userId\":\"" + first + "\"}");
        assertThat(claimedByOther.getStatusCode()).as("submitProduct belongs to snv-chuyenvien")
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT);

        ResponseEntity<Map> unknown = post(first, "/engine-rest/task/khong-co/complete", COMPLETE_BODY);
        assertThat(unknown.getStatusCode()).as("a task that never existed is no conflict")
                .isNotEqualTo(HttpStatus.CONFLICT);
    }

    private String issue(String code) {
        return launcher.start(new NewTask(code, null, null, null, "Rà soát thủ tục hành chính", "II", "snv",
                List.of(), "Báo cáo", "Quý IV/2030", LocalDate.of(2030, 12, 31), DeadlineKind.FIXED), "demo");
    }

    /** Both users post at the same instant; answers in the order [first, second]. */
    private List<ResponseEntity<Map>> race(String path, String bodyTemplate, Poster poster) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ResponseEntity<Map>>> futures = new ArrayList<>();
        for (String user : List.of(first, second)) {
            String body = bodyTemplate.contains("%s") ? String.format(bodyTemplate, user) : bodyTemplate;
            futures.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return poster.post(user, path, body);
            }));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<ResponseEntity<Map>> answers = new ArrayList<>();
        for (Future<ResponseEntity<Map>> future : futures) {
            answers.add(future.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static ResponseEntity<Map> oneWinnerOneConflict(List<ResponseEntity<Map>> answers, HttpStatus success) {
        assertThat(answers).extracting(ResponseEntity::getStatusCode)
                .as("answers %s", answers).containsExactlyInAnyOrder(success, HttpStatus.CONFLICT);
        ResponseEntity<Map> loser = answers.stream().filter(a -> a.getStatusCode() == HttpStatus.CONFLICT)
                .findFirst().orElseThrow();
        assertThat(loser.getHeaders().getContentType()).isNotNull();
        assertThat(loser.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat((String) loser.getBody().get("message")).contains("Vui lòng tải lại danh sách việc");
        return loser;
    }

    private static String loserKind(ResponseEntity<Map> loser) {
        String message = (String) loser.getBody().get("message");
        if (message.equals(EngineRestConflicts.CONCURRENT)) {
            return "cùng lúc";
        }
        return message.equals(EngineRestConflicts.ALREADY_DONE) ? "đã hoàn thành" : "đã có người nhận";
    }

    /** Each leader signed in to Tasklist in a browser session of their own. */
    private Map<String, WebappSession> tasklistSessions() {
        return Map.of(first, WebappSession.login(rest, first, PASSWORD), second, WebappSession.login(rest, second, PASSWORD));
    }

    private static ResponseEntity<Map> json(ResponseEntity<String> answer) {
        try {
            Map body = answer.getBody() == null ? null : JSON.readValue(answer.getBody(), Map.class);
            return new ResponseEntity<>(body, answer.getHeaders(), answer.getStatusCode());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Không đọc được JSON: " + answer, e);
        }
    }

    /** One user's request with a JSON body, as /engine-rest or Tasklist gets it. */
    interface Poster {
        ResponseEntity<Map> post(String user, String path, String body);
    }

    private ResponseEntity<Map> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, PASSWORD).postForEntity(path, new HttpEntity<>(body, headers), Map.class);
    }

    private int transitions(String code, String kind) {
        return jdbc.queryForObject("select count(*) from task_transition where task_code = ? and kind = ?",
                Integer.class, code, kind);
    }

    private String database() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    }
}
