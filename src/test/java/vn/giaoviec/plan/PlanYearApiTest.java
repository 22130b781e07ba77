package vn.giaoviec.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.testsupport.HttpBodies.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.giaoviec.calendar.WorkingDayCalendar;
import vn.giaoviec.lifecycle.LifecycleProperties;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskPhase;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.testsupport.WebappSession;
import vn.giaoviec.yearend.PlanYearEndProcess;

/**
 * The plan year over real HTTP with HTTP Basic: periodic reports, event signals (REST and page),
 * year end and statistics — status codes, JSON, Vietnamese errors, and who may act.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanYearApiTest {

    static final int YEAR = 2081;
    static final String EVENT = "sau-khi-co-ket-qua-cong-bo";
    static final String PLAN = """
            KẾ HOẠCH
            Cải cách hành chính năm %1$d (API năm kế hoạch %2$s)
            STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành
            I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH
            1\tRà soát thủ tục %2$s\tSở Tư pháp\t\tBáo cáo\tQuý II/%1$d
            2\tTuyên truyền cải cách %2$s\tSở Nội vụ\t\tKế hoạch\tQuý IV/%1$d
            3\tTổng kết sau công bố %2$s\tSở Nội vụ\t\tBáo cáo\tSau khi có kết quả công bố
            """;

    @Autowired TestRestTemplate rest;
    @Autowired PlanImporter importer;
    @Autowired TaskRegister register;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired WorkingDayCalendar calendar;
    @Autowired LifecycleProperties lifecycle;
    @Autowired JdbcTemplate jdbc;

    final ObjectMapper mapper = new ObjectMapper();
    Plan plan;

    @BeforeEach
    void importAPlan() {
        ClockUtil.setCurrentTime(at(LocalDateTime.of(YEAR, 1, 5, 9, 0)));
        plan = importer.commit("nam-ke-hoach.txt", PLAN.formatted(YEAR, System.nanoTime())
                .getBytes(StandardCharsets.UTF_8), YEAR, Map.of(), false, "demo");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void reportsListEveryPeriodWithEachAgencysReportAndAnAgencySeesOnlyItsOwn() throws Exception {
        assertThat(call("snv-lanhdao", HttpMethod.POST, "/api/plans/" + plan.id() + "/reports/start", null)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // Quý I opens the morning after its data cut-off (14/3)
        ClockUtil.setCurrentTime(at(LocalDateTime.of(YEAR, 3, 15, 9, 0)));
        String q1 = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("BC-KH" + plan.id() + "-Q1")
                .singleResult().getId();
        for (Job job : managementService.createJobQuery().processInstanceId(q1).timers()
                .duedateLowerThan(ClockUtil.getCurrentTime()).list()) {
            managementService.executeJob(job.getId());
        }

        JsonNode all = ok("snv-lanhdao", HttpMethod.GET, "/api/plans/" + plan.id() + "/reports", null);

        assertThat(all.get("planId").asLong()).isEqualTo(plan.id());
        assertThat(all.get("year").asInt()).isEqualTo(YEAR);
        assertThat(all.get("periods")).extracting(p -> p.get("code").asText()).containsExactly("Q1", "H1", "Q3", "YEAR");
        JsonNode first = all.get("periods").get(0);
        assertThat(first.get("name").asText()).isEqualTo("Quý I");
        assertThat(first.get("dueDate").asText()).isEqualTo(YEAR + "-03-20");
        assertThat(first.get("agencies")).extracting(a -> a.get("agency").asText()).containsExactlyInAnyOrder("snv", "stp");
        JsonNode stp = find(first.get("agencies"), "stp");
        assertThat(stp.get("agencyName").asText()).isEqualTo("Sở Tư pháp");
        assertThat(stp.get("status").asText()).isEqualTo("PENDING");
        assertThat(stp.get("statusLabel").asText()).isEqualTo("Chưa nộp");
        assertThat(stp.get("submittedAt").isNull()).isTrue();
        assertThat(stp.get("onTime").isNull()).isTrue();
        assertThat(all.get("periods").get(1).get("agencies")).isEmpty();

        JsonNode own = ok("stp-chuyenvien", HttpMethod.GET, "/api/plans/" + plan.id() + "/reports", null);
        assertThat(own.get("periods").get(0).get("agencies")).extracting(a -> a.get("agency").asText())
                .containsExactly("stp");

        ResponseEntity<String> unknown = call("snv-lanhdao", HttpMethod.GET, "/api/plans/987654321/reports", null);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(error(unknown)).isEqualTo("Không tìm thấy kế hoạch số 987654321");
    }

    @Test
    void signallingAnEventStartsTheWaitingTaskWithItsDueDateOnlyForThoseAllowed() throws Exception {
        String waiting = waitingTask();
        String path = "/api/events/" + EVENT;

        ResponseEntity<String> denied = call("stp-lanhdao", HttpMethod.POST, path,
                json("{\"eventDate\":\"" + YEAR + "-05-07\",\"planId\":" + plan.id() + "}"));
        assertThat(denied.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(error(denied)).contains("Chỉ lãnh đạo Sở Nội vụ");
        ResponseEntity<String> badDate = call("snv-lanhdao", HttpMethod.POST, path,
                json("{\"eventDate\":\"" + YEAR + "-13-45\",\"planId\":" + plan.id() + "}"));
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(error(badDate)).contains("ngày");
        ResponseEntity<String> noDate = call("snv-lanhdao", HttpMethod.POST, path, json("{\"planId\":" + plan.id() + "}"));
        assertThat(noDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(error(noDate)).isEqualTo("Cần ngày diễn ra sự kiện (eventDate)");
        assertThat(register.get(waiting).phase()).isEqualTo(TaskPhase.AWAITING_EVENT);
        assertThat(register.get(waiting).dueDate()).isNull();

        JsonNode signalled = ok("snv-lanhdao", HttpMethod.POST, path,
                json("{\"eventDate\":\"" + YEAR + "-05-07\",\"planId\":" + plan.id() + "}"));

        RegisterEntry started = register.get(waiting);
        LocalDate expectedDue = calendar.onOrAfter(calendar.addWorkingDays(LocalDate.of(YEAR, 5, 7),
                lifecycle.eventWorkingDays()));
        assertThat(started.phase()).isEqualTo(TaskPhase.ASSIGN);
        assertThat(started.dueDate()).isEqualTo(expectedDue);
        assertThat(signalled.get("event").asText()).isEqualTo(EVENT);
        assertThat(signalled.get("tasks")).extracting(JsonNode::asText).containsExactly(waiting);
        assertThat(signalled.get("started").get(0).get("dueDate").asText()).isEqualTo(expectedDue.toString());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(waiting).count()).isEqualTo(1);

        JsonNode again = ok("snv-lanhdao", HttpMethod.POST, path,
                json("{\"eventDate\":\"" + YEAR + "-05-08\",\"planId\":" + plan.id() + "}"));
        assertThat(again.get("tasks")).isEmpty();
        assertThat(register.get(waiting).dueDate()).isEqualTo(expectedDue);
    }

    @Test
    void anUnknownEventNameIsNotFoundAndStartsNothing() throws Exception {
        String waiting = waitingTask();

        ResponseEntity<String> unknown = call("snv-lanhdao", HttpMethod.POST, "/api/events/sau-khi-co-ket-qua-cong-bo-x",
                json("{\"eventDate\":\"" + YEAR + "-05-07\",\"planId\":" + plan.id() + "}"));

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(error(unknown)).startsWith("Không có nhiệm vụ nào chờ sự kiện \"sau-khi-co-ket-qua-cong-bo-x\""
                + " trong kế hoạch số " + plan.id());
        assertThat(register.get(waiting).phase()).isEqualTo(TaskPhase.AWAITING_EVENT);
    }

    @Test
    void eventsPageListsWaitingTasksAndSignalsWithTheDateGiven() {
        String waiting = waitingTask();
        WebappSession officer = WebappSession.login(rest, "stp-chuyenvien", "demo");
        assertThat(officer.get("/giaoviec/su-kien").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        WebappSession leader = WebappSession.login(rest, "snv-lanhdao", "demo");
        assertThat(leader.get("/giaoviec/ke-hoach").getBody()).contains("/giaoviec/su-kien");

        ResponseEntity<String> page = leader.get("/giaoviec/su-kien");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Sau khi có kết quả công bố", "Kế hoạch số " + plan.id(), waiting);

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("eventName", EVENT);
        form.add("planId", Long.toString(plan.id()));
        form.add("eventDate", YEAR + "-05-07");
        ResponseEntity<String> result = leader.postForm("/giaoviec/su-kien", form);

        LocalDate due = register.get(waiting).dueDate();
        assertThat(due).isNotNull();
        assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(result.getBody()).contains("Đã báo sự kiện ngày 07/05/" + YEAR + ": 1 nhiệm vụ bắt đầu", waiting,
                due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    @Test
    void yearEndOverRestClosesThePlanEndsItsProcessAndRefusesASecondClosure() throws Exception {
        List<String> codes = register.ofPlan(plan.id()).stream().map(RegisterEntry::taskCode).toList();
        String carried = codes.get(0);
        String path = "/api/plans/" + plan.id() + "/year-end";
        String allDecided = "{\"decisions\":{\"" + carried + "\":\"CARRY_OVER\","
                + String.join(",", codes.subList(1, codes.size()).stream().map(c -> "\"" + c + "\":\"CLOSE\"").toList()) + "}}";

        ResponseEntity<String> unknown = call("snv-lanhdao", HttpMethod.POST, "/api/plans/987654321/year-end", json(allDecided));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(error(unknown)).isEqualTo("Không tìm thấy kế hoạch số 987654321");
        ResponseEntity<String> denied = call("stp-lanhdao", HttpMethod.POST, path, json(allDecided));
        assertThat(denied.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(error(denied)).contains("kết thúc năm kế hoạch");
        ResponseEntity<String> missing = call("snv-lanhdao", HttpMethod.POST, path,
                json("{\"decisions\":{\"" + carried + "\":\"CARRY_OVER\"}}"));
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(error(missing)).startsWith("Còn nhiệm vụ chưa hoàn thành chưa có quyết định").contains(codes.get(1));
        ResponseEntity<String> badDecision = call("snv-lanhdao", HttpMethod.POST, path,
                json("{\"decisions\":{\"" + carried + "\":\"MAYBE\"}}"));
        assertThat(badDecision.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(register.get(carried).planId()).isEqualTo(plan.id());
        assertThat(planStatus()).isEqualTo("OPEN");
        assertThat(yearEndProcesses()).isEqualTo(1);

        JsonNode closed = ok("snv-lanhdao", HttpMethod.POST, path, json(allDecided));

        assertThat(planStatus()).isEqualTo("CLOSED");
        assertThat(yearEndProcesses()).isZero();
        assertThat(closed.get("total").asLong()).isEqualTo(codes.size());
        assertThat(closed.get("carriedOver").asLong()).isEqualTo(1);
        assertThat(closed.get("notCompleted").asLong()).isEqualTo(codes.size() - 1);
        assertThat(closed.get("stillOpen").asLong()).isZero();
        long nextPlan = register.get(carried).planId();
        assertThat(jdbc.queryForObject("select plan_year from plan where id = ?", Integer.class, nextPlan))
                .isEqualTo(YEAR + 1);

        JsonNode statistics = ok("chanhvanphong", HttpMethod.GET, "/api/plans/" + plan.id() + "/statistics", null);
        assertThat(statistics).isEqualTo(closed);
        assertThat(statistics.get("notCompleted").asLong()).isEqualTo(jdbc.queryForObject(
                "select count(*) from task_register where plan_id = ? and status = 'NOT_COMPLETED'", Long.class, plan.id()));
        assertThat(call("stp-lanhdao", HttpMethod.GET, "/api/plans/" + plan.id() + "/statistics", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> unknownStatistics = call("demo", HttpMethod.GET, "/api/plans/987654321/statistics", null);
        assertThat(unknownStatistics.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        WebappSession leader = WebappSession.login(rest, "snv-lanhdao", "demo");
        String dashboard = leader.get("/giaoviec/ke-hoach/" + plan.id()).getBody();
        assertThat(dashboard).containsSubsequence(">" + (codes.size() - 1) + "</div>Không hoàn thành (kết thúc năm)");
        String list = leader.get("/giaoviec/ke-hoach").getBody();
        String row = list.substring(list.indexOf("/giaoviec/ke-hoach/" + plan.id() + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Đã kết thúc năm");

        ResponseEntity<String> second = call("snv-lanhdao", HttpMethod.POST, path, json(allDecided));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(error(second)).isEqualTo("Kế hoạch số " + plan.id() + " đã kết thúc năm kế hoạch; không thể kết thúc lần nữa");
    }

    private String waitingTask() {
        return register.ofPlan(plan.id()).stream().filter(e -> e.phase() == TaskPhase.AWAITING_EVENT)
                .map(RegisterEntry::taskCode).findFirst().orElseThrow();
    }

    private String planStatus() {
        return jdbc.queryForObject("select status from plan where id = ?", String.class, plan.id());
    }

    private long yearEndProcesses() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanYearEndProcess.KEY)
                .processInstanceBusinessKey(PlanYearEndProcess.businessKey(plan.id())).count();
    }

    private ResponseEntity<String> call(String user, HttpMethod method, String path, HttpEntity<?> body) {
        return rest.withBasicAuth(user, "demo").exchange(path, method, body == null ? HttpEntity.EMPTY : body, String.class);
    }

    private JsonNode ok(String user, HttpMethod method, String path, HttpEntity<?> body) throws Exception {
        ResponseEntity<String> response = call(user, method, path, body);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
        return mapper.readTree(response.getBody());
    }

    private String error(ResponseEntity<String> response) throws Exception {
        return mapper.readTree(response.getBody()).get("error").asText();
    }

    private static JsonNode find(JsonNode agencies, String code) {
        return StreamSupport.stream(agencies.spliterator(), false).filter(a -> a.get("agency").asText().equals(code))
                .findFirst().orElseThrow();
    }

    private static Date at(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }
}
