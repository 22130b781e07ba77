package vn.giaoviec.security;

import vn.giaoviec.deadline.DeadlineKind;
import static vn.giaoviec.testsupport.HttpBodies.json;
import static vn.giaoviec.testsupport.HttpBodies.multipart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.giaoviec.plan.Plan;
import vn.giaoviec.plan.PlanImporter;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.TaskLauncher;
import vn.giaoviec.milestone.MilestoneProcess;
import vn.giaoviec.testsupport.WebappSession;

/**
 * Every REST endpoint of the project (/api/**, the /giaoviec/** pages and downloads) and the Camunda
 * REST resources it uses × seven roles, over real HTTP, against the expected outcome written in
 * {@link #MATRIX}: Y allowed (2xx, or a page's redirect after a post), E allowed but shows nothing
 * of the fixture, N denied (401/403/404, or the login page for anonymous page requests).
 * <p>
 * Agency A is Sở Tư pháp (stp), B is Sở Nội vụ (snv). In every cell: no response shows a task of an
 * agency the role may not see (titles, process instances and file names carry markers, looked for in
 * JSON, HTML and inside .xlsx), a denied response shows no task at all, and a denied write changes
 * nothing (register, transitions, files, plans, reports, process instances, claims, completions).
 * Writes that are allowed act on a fresh task or plan of their own, so cells do not disturb each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    enum Role {
        STP_OFFICER("stp-chuyenvien"), STP_LEADER("stp-lanhdao"), SNV_OFFICER("snv-chuyenvien"),
        CHIEF("chanhvanphong"), SNV_LEADER("snv-lanhdao"), ADMIN("demo"), ANONYMOUS(null);

        final String user;

        Role(String user) {
            this.user = user;
        }

        boolean seesA() {
            return this != SNV_OFFICER && this != ANONYMOUS;
        }

        boolean seesB() {
            return this != STP_OFFICER && this != STP_LEADER && this != ANONYMOUS;
        }

        String label() {
            return user == null ? "anonymous" : user;
        }
    }

    /**
     * The expected outcome per endpoint; columns in {@link Role} order:
     * stp-chuyenvien, stp-lanhdao, snv-chuyenvien, chanhvanphong, snv-lanhdao, demo (admin), anonymous.
     * {A} is a task of Sở Tư pháp (plan P), {P} the plan with tasks of both agencies, {M} the open
     * milestone work of {A} (its phrase "Quý II, IV/2031" gives it two milestones).
     */
    static final String[][] MATRIX = {
        // REST API of Giao Việc (HTTP Basic)
        {"GET /api/plans",                                   "Y Y Y Y Y Y N"},
        {"POST /api/plans/preview",                          "N N N Y Y Y N"},
        {"POST /api/plans",                                  "N N N Y Y Y N"},
        {"POST /api/plans/{P}/year-end",                     "N N N Y Y Y N"},
        {"GET /api/plans/{P}/statistics",                    "N N N Y Y Y N"},
        {"GET /api/plans/{P}/progress",                      "Y Y Y Y Y Y N"},
        {"GET /api/plans/{P}/register.xlsx",                 "Y Y Y Y Y Y N"},
        {"GET /api/plans/{P}/scorecard.xlsx",                "Y Y Y Y Y Y N"},
        {"POST /api/plans/{P}/reports/start",                "N N N Y Y Y N"},
        {"GET /api/plans/{P}/reports",                       "Y Y Y Y Y Y N"},
        {"POST /api/tasks",                                  "N N N Y Y Y N"},
        {"GET /api/tasks/{A}",                               "Y Y N Y Y Y N"},
        {"POST /api/tasks/{A}/extension-request",            "Y Y N N N N N"},
        {"POST /api/tasks/{A}/withdrawal",                   "N N N Y N Y N"},
        {"POST /api/tasks/{A}/files",                        "Y Y N N N N N"},
        {"GET /api/tasks/{A}/files",                         "Y Y N Y Y Y N"},
        {"GET /api/files/{fileOfA}",                         "Y Y N Y Y Y N"},
        {"POST /api/events/{event}",                         "N N N Y Y Y N"},
        {"GET /api/deadlines/parse",                         "Y Y Y Y Y Y N"},
        {"GET /api/calendar/holidays",                       "Y Y Y Y Y Y N"},
        {"GET /api/calendar/add-working-days",               "Y Y Y Y Y Y N"},
        {"GET /api/calendar/working-day",                    "Y Y Y Y Y Y N"},
        {"GET /api/audit",                                   "N N N N N Y N"},
        // pages and downloads (Camunda webapp session, CSRF token on posts)
        {"GET /giaoviec/ke-hoach",                           "Y Y Y Y Y Y N"},
        {"GET /giaoviec/ke-hoach/nhap",                      "N N N Y Y Y N"},
        {"POST /giaoviec/ke-hoach/nhap",                     "N N N Y Y Y N"},
        {"POST /giaoviec/ke-hoach/nhap/{ownDraft}",          "N N N Y Y Y N"},
        {"POST /giaoviec/ke-hoach/nhap/{draftOfAdmin}",      "N N N N N Y N"},
        {"GET /giaoviec/ke-hoach/{P}",                       "Y Y Y Y Y Y N"},
        {"GET /giaoviec/ke-hoach/{P}/so-theo-doi.xlsx",      "Y Y Y Y Y Y N"},
        {"GET /giaoviec/ke-hoach/{P}/bang-diem.xlsx",        "Y Y Y Y Y Y N"},
        {"GET /giaoviec/hop-viec",                           "Y Y Y Y Y Y N"},
        {"GET /giaoviec/nhiem-vu/{A}",                       "Y Y N Y Y Y N"},
        {"POST /giaoviec/nhiem-vu/{A}/y-kien",               "Y Y N Y Y Y N"},
        {"POST /giaoviec/nhiem-vu/{A}/xin-gia-han",          "Y Y N N N N N"},
        {"POST /giaoviec/nhiem-vu/{A}/thu-hoi",              "N N N Y N Y N"},
        {"GET /giaoviec/nhiem-vu/{A}/tep",                   "Y Y N Y Y Y N"},
        {"POST /giaoviec/nhiem-vu/{A}/tep",                  "Y Y N N N N N"},
        {"GET /giaoviec/tep/{fileOfA}",                      "Y Y N Y Y Y N"},
        {"GET /giaoviec/su-kien",                            "N N N Y Y Y N"},
        {"POST /giaoviec/su-kien",                           "N N N Y Y Y N"},
        // the directory page: administrators and Sở Nội vụ's leaders (the post writes stp's aliases as they are)
        {"GET /giaoviec/danh-ba",                            "N N N N Y Y N"},
        {"POST /giaoviec/danh-ba/stp/ten-goi-khac",          "N N N N Y Y N"},
        // Camunda REST as the project uses it (task {A} = "Phân công xử lý", candidate group stp-lanhdao)
        {"GET /engine-rest/task?processInstanceId={A}",      "E Y E E E Y N"},
        {"GET /engine-rest/task/{A}",                        "N Y N N N Y N"},
        {"GET /engine-rest/task/{A}/variables",              "N Y N N N Y N"},
        {"POST /engine-rest/task/{A}/claim",                 "N Y N N N Y N"},
        {"POST /engine-rest/task/{A}/complete",              "N Y N N N Y N"},
        {"POST /engine-rest/task/{A}/submit-form",           "N Y N N N Y N"},
        // whoever holds a task reads its instance's variables and its history (Tasklist's lists, comments)
        {"GET /engine-rest/process-instance/{A}/variables",  "N Y N N N Y N"},
        {"GET /engine-rest/variable-instance?processInstanceIdIn={A}", "E Y E E E Y N"},
        // Camunda REST that only administrators need (EngineRestGuard): refused before the engine
        {"POST /engine-rest/process-instance/{A}/variables", "N N N N N Y N"},
        {"POST /engine-rest/message",                        "N N N N N Y N"},
        {"GET /engine-rest/filter",                          "Y Y Y Y Y Y N"},
        {"GET /engine-rest/history/task?processInstanceId={A}", "E Y E E E Y N"},
        {"GET /engine-rest/task/{A}/comment",                "N Y N N N Y N"},
        {"POST /engine-rest/task/{A}/comment/create",        "N Y N N N Y N"},
        // a milestone of task {A} ("Báo cáo kết quả mốc", candidate group stp): Sở Tư pháp's people only
        {"GET /engine-rest/task/{M}",                        "Y Y N N N Y N"},
        {"GET /engine-rest/task/{M}/variables",              "Y Y N N N Y N"},
        {"POST /engine-rest/task/{M}/complete",              "Y Y N N N Y N"},
        // the work page is for whoever holds the work: the administrator holds none
        {"GET /giaoviec/viec/{M}",                           "Y Y N N N N N"},
        // the diagram (definition only, no instance data) for every agency: Tasklist's "Sơ đồ"
        {"GET /engine-rest/process-definition/key/planTask/xml", "Y Y Y Y Y Y N"},
    };

    static final String PLAN = """
            KẾ HOẠCH
            Cải cách hành chính năm 2031 (ma trận quyền %s)
            STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành
            I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH
            1\tRà soát thủ tục %s\tSở Tư pháp\t\tBáo cáo\tQuý II, IV/2031
            2\tTuyên truyền cải cách %s\tSở Nội vụ\t\tKế hoạch\tQuý IV/2031
            3\tTổng kết sau công bố %s\tSở Nội vụ\t\tBáo cáo\tSau khi có kết quả công bố
            """;
    static final String EVENT = "sau-khi-co-ket-qua-cong-bo";

    @Autowired TestRestTemplate rest;
    @Autowired PlanImporter importer;
    @Autowired TaskLauncher launcher;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired JdbcTemplate jdbc;

    /** Markers: every title, file name and content of agency A's fixtures carries markerA; B's, markerB. */
    String markerA;
    String markerB;
    Target a;
    long planP;
    String instanceB;
    int fresh;
    final Map<Role, WebappSession> sessions = new EnumMap<>(Role.class);
    final Map<Role, String> drafts = new EnumMap<>(Role.class);
    final Map<String, String> covered = new LinkedHashMap<>();
    final java.util.Set<String> existingInstances = new java.util.HashSet<>();

    /** What a cell acts on: a plan, a task of agency A in it, its engine task, a file of it. */
    record Target(long planId, String taskCode, String instanceId, String engineTaskId, String fileId,
                  String milestoneTaskId) {
    }

    @BeforeAll
    void fixtures() {
        runtimeService.createProcessInstanceQuery().list().forEach(i -> existingInstances.add(i.getId()));
        String token = Long.toString(System.nanoTime(), 36).toUpperCase();
        markerA = "MXA" + token;
        markerB = "MXB" + token;
        Plan plan = importPlan();
        planP = plan.id();
        String codeB = codeOf(planP, "snv", false);
        instanceB = register(codeB, "process_instance_id");
        a = target(planP, codeOf(planP, "stp", false));
        upload(codeB, "snv-chuyenvien", "san-pham-" + markerB + ".pdf", markerB);
    }

    /** The context and its database serve other test classes: the lifecycles started here end here. */
    @AfterAll
    void endTheLifecyclesStartedHere() {
        runtimeService.createProcessInstanceQuery().list().stream().map(i -> i.getId())
                .filter(id -> !existingInstances.contains(id))
                .forEach(id -> runtimeService.deleteProcessInstanceIfExists(id, "Kết thúc kiểm thử ma trận quyền",
                        true, true, true, false));
    }

    @AfterAll
    void printCoverage() {
        StringBuilder out = new StringBuilder("\nMa trận phân quyền — " + covered.size() + " điểm cuối × "
                + Role.values().length + " vai trò = " + covered.size() * Role.values().length + " ô\n");
        out.append(String.format("%-55s %s%n", "endpoint", Stream.of(Role.values()).map(Role::label)
                .collect(Collectors.joining(" | "))));
        covered.forEach((endpoint, row) -> out.append(String.format("%-55s %s%n", endpoint, row)));
        System.out.println(out);
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (String[] row : MATRIX) {
            String[] expected = row[1].split(" ");
            for (Role role : Role.values()) {
                cells.add(Arguments.of(row[0], role, expected[role.ordinal()].charAt(0)));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} als {1} → {2}")
    @MethodSource("cells")
    void cell(String endpoint, Role role, char expected) {
        covered.merge(endpoint, expected + "", (x, y) -> x + " " + y);
        boolean write = endpoint.startsWith("POST") && !endpoint.equals("POST /api/plans/preview")
                && !endpoint.startsWith("POST /giaoviec/ke-hoach/");
        Target target = write && expected == 'Y' ? freshTarget(endpoint) : a;
        List<Long> before = snapshot();

        Result result = call(endpoint, role, target);

        // Camunda's refusals repeat the process instance id the caller asked for: not a leak
        String idOfA = endpoint.contains("processInstanceId") || endpoint.contains("process-instance/{A}")
                ? markerA : target.instanceId();
        String cell = endpoint + " as " + role.label() + " (" + result.status + "): " + abbreviate(result.text);
        switch (expected) {
            case 'Y' -> assertThat(result.allowed()).as(cell).isTrue();
            case 'E' -> assertThat(result.allowed() && !result.text.contains(target.instanceId())).as(cell).isTrue();
            default -> {
                assertThat(result.denied()).as(cell).isTrue();
                assertThat(result.text).as(cell).doesNotContain(markerA, markerB, idOfA, instanceB);
                if (write) {
                    assertThat(snapshot()).as("nothing written: " + cell).isEqualTo(before);
                }
            }
        }
        if (!role.seesA()) {
            assertThat(result.text).as("leak of A: " + cell).doesNotContain(markerA, idOfA);
        }
        if (!role.seesB()) {
            assertThat(result.text).as("leak of B: " + cell).doesNotContain(markerB, instanceB);
        }
        if (expected == 'Y' && shows(endpoint)) {
            assertThat(result.text).as("shows the task: " + cell).contains(markerA);
        }
    }

    /** Endpoints whose allowed answer must show agency A's task (title, file name or content). */
    private static boolean shows(String endpoint) {
        return endpoint.contains("{A}") && endpoint.startsWith("GET /") && !endpoint.startsWith("GET /engine-rest")
                || endpoint.contains("{fileOfA}");
    }

    private Result call(String endpoint, Role role, Target t) {
        String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{P}", Long.toString(t.planId()))
                .replace("{fileOfA}", t.fileId()).replace("{event}", EVENT);
        if (endpoint.startsWith("GET /engine-rest") || endpoint.startsWith("POST /engine-rest")) {
            path = path.replace("processInstanceId={A}", "processInstanceId=" + t.instanceId())
                    .replace("processInstanceIdIn={A}", "processInstanceIdIn=" + t.instanceId())
                    .replace("process-instance/{A}", "process-instance/" + t.instanceId())
                    .replace("task/{A}", "task/" + t.engineTaskId())
                    .replace("task/{M}", "task/" + t.milestoneTaskId());
        } else {
            path = path.replace("{A}", t.taskCode()).replace("{M}", t.milestoneTaskId());
        }
        boolean page = path.startsWith("/giaoviec/");
        return switch (endpoint) {
            case "POST /api/plans/preview", "POST /api/plans" -> api(role, HttpMethod.POST, path,
                    multipart("ke-hoach.txt", planText().getBytes(StandardCharsets.UTF_8)));
            case "POST /api/plans/{P}/year-end" -> api(role, HttpMethod.POST, path, json("{\"decisions\":{"
                    + codesOf(t.planId()).stream().map(c -> "\"" + c + "\":\"CLOSE\"").collect(Collectors.joining(","))
                    + "}}"));
            case "POST /api/plans/{P}/reports/start" -> api(role, HttpMethod.POST, path, null);
            case "POST /api/tasks" -> api(role, HttpMethod.POST, path, json("{\"taskCode\":\"MT-" + System.nanoTime()
                    + "\",\"title\":\"Giao lẻ " + markerA + "\",\"section\":\"I\",\"leadAgency\":\"stp\","
                    + "\"coordinatingAgencies\":[],\"dueDate\":\"2031-12-31\"}"));
            case "POST /api/tasks/{A}/extension-request" -> api(role, HttpMethod.POST, path,
                    json("{\"newDueDate\":\"2032-03-31\",\"reason\":\"Chờ số liệu\"}"));
            case "POST /api/tasks/{A}/withdrawal" -> api(role, HttpMethod.POST, path, json("{\"reason\":\"Trùng việc\"}"));
            case "POST /api/tasks/{A}/files" -> api(role, HttpMethod.POST, path,
                    multipart("bao-cao-" + markerA + ".pdf", ("%PDF-1.4 " + markerA).getBytes(StandardCharsets.UTF_8)));
            case "POST /api/events/{event}" -> api(role, HttpMethod.POST, path,
                    json("{\"eventDate\":\"2031-05-07\",\"planId\":" + t.planId() + "}"));
            case "GET /api/deadlines/parse" -> api(role, HttpMethod.GET, path + "?text=Quý I/2031&year=2031", null);
            case "GET /api/calendar/holidays" -> api(role, HttpMethod.GET, path + "?year=2031", null);
            case "GET /api/calendar/add-working-days" -> api(role, HttpMethod.GET, path + "?from=2031-04-28&days=3", null);
            case "GET /api/calendar/working-day" -> api(role, HttpMethod.GET, path + "?date=2031-09-02", null);
            case "POST /giaoviec/ke-hoach/nhap" -> pagePost(role, path, "ke-hoach.txt",
                    planText().getBytes(StandardCharsets.UTF_8));
            // the preview and commit of an upload: only by whoever uploaded it (a draft is its owner's alone)
            case "POST /giaoviec/ke-hoach/nhap/{ownDraft}" -> pagePost(role,
                    path.replace("{ownDraft}", draftOf(role)), null, null);
            case "POST /giaoviec/ke-hoach/nhap/{draftOfAdmin}" -> pagePost(role,
                    path.replace("{draftOfAdmin}", draftOf(Role.ADMIN)), null, null);
            case "POST /giaoviec/su-kien" -> pagePost(role, path, form(Map.of("eventName", EVENT,
                    "planId", Long.toString(t.planId()), "eventDate", "2031-05-07")));
            case "POST /giaoviec/danh-ba/stp/ten-goi-khac" -> pagePost(role, path, form(Map.of("aliases", "STP")));
            case "POST /giaoviec/nhiem-vu/{A}/y-kien" -> pagePost(role, path, form(Map.of("body", "Ý kiến về nhiệm vụ")));
            case "POST /giaoviec/nhiem-vu/{A}/xin-gia-han" -> pagePost(role, path, form(Map.of("newDueDate", "2032-03-31",
                    "reason", "Chờ số liệu")));
            case "POST /giaoviec/nhiem-vu/{A}/thu-hoi" -> pagePost(role, path, form(Map.of("reason", "Trùng việc")));
            case "POST /giaoviec/nhiem-vu/{A}/tep" -> pagePost(role, path, "bao-cao-" + markerA + ".pdf",
                    ("%PDF-1.4 " + markerA).getBytes(StandardCharsets.UTF_8));
            case "POST /engine-rest/task/{A}/claim" -> api(role, HttpMethod.POST, path,
                    json("{\"userId\":\"" + (role.user == null ? "x" : role.user) + "\"}"));
            case "POST /engine-rest/task/{A}/comment/create" -> api(role, HttpMethod.POST, path,
                    json("{\"message\":\"Ý kiến về nhiệm vụ\"}"));
            case "POST /engine-rest/process-instance/{A}/variables" -> api(role, HttpMethod.POST, path,
                    json("{\"modifications\":{\"assignmentNote\":{\"value\":\"" + markerA + "\"}}}"));
            case "POST /engine-rest/message" -> api(role, HttpMethod.POST, path, json("{\"messageName\":\"TaskWithdrawn\","
                    + "\"businessKey\":\"" + t.taskCode() + "\",\"processVariables\":{\"withdrawalReason\":{\"value\":\"Trùng\"}}}"));
            case "POST /engine-rest/task/{M}/complete" -> api(role, HttpMethod.POST, path,
                    json("{\"variables\":{\"milestoneResult\":{\"value\":\"Đã rà soát xong quý II\"}}}"));
            case "POST /engine-rest/task/{A}/complete", "POST /engine-rest/task/{A}/submit-form" -> api(role,
                    HttpMethod.POST, path, json("{\"variables\":{\"officer\":{\"value\":\"stp-chuyenvien\"}}}"));
            default -> page ? pageGet(role, path) : api(role, HttpMethod.GET, path, null);
        };
    }

    /** A fresh plan or task of agency A for an allowed write, so that cells do not disturb each other. */
    private Target freshTarget(String endpoint) {
        if (endpoint.startsWith("POST /api/plans/{P}") || endpoint.startsWith("POST /api/events")
                || endpoint.equals("POST /giaoviec/su-kien")) {
            long plan = importPlan().id();
            return target(plan, codeOf(plan, "stp", false));
        }
        if (endpoint.startsWith("POST /api/tasks/{A}/extension") || endpoint.startsWith("POST /api/tasks/{A}/withdrawal")
                || endpoint.endsWith("/xin-gia-han") || endpoint.endsWith("/thu-hoi")
                || endpoint.startsWith("POST /engine-rest")) {
            String code = "MT-" + System.nanoTime();
            launcher.start(new NewTask(code, null, null, null, "Nhiệm vụ riêng " + markerA + "-" + ++fresh, "I", "stp",
                    List.of(), "Báo cáo", "Quý II, IV/2031", LocalDate.of(2031, 12, 31), DeadlineKind.MULTIPLE), "demo");
            return target(a.planId(), code);
        }
        return a;
    }

    private Plan importPlan() {
        return importer.commit("ke-hoach.txt", planText().getBytes(StandardCharsets.UTF_8), null, Map.of(), false, "demo");
    }

    private String planText() {
        return PLAN.formatted(System.nanoTime(), markerA, markerB, markerB);
    }

    private Target target(long plan, String code) {
        String instance = register(code, "process_instance_id");
        String engineTask = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("assignTask")
                .singleResult().getId();
        String file = upload(code, "stp-chuyenvien", "san-pham-" + markerA + ".pdf", markerA);
        String milestoneTask = taskService.createTaskQuery().processInstanceBusinessKey(code + "/M1")
                .taskDefinitionKey(MilestoneProcess.REPORT).singleResult().getId();
        return new Target(plan, code, instance, engineTask, file, milestoneTask);
    }

    private String upload(String code, String user, String name, String content) {
        ResponseEntity<Map> stored = rest.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + code + "/files",
                multipart(name, ("%PDF-1.4 " + content).getBytes(StandardCharsets.UTF_8)), Map.class);
        assertThat(stored.getStatusCode().value()).as("fixture upload").isEqualTo(201);
        return (String) stored.getBody().get("id");
    }

    private String codeOf(long plan, String agency, boolean awaiting) {
        return jdbc.queryForObject("select task_code from task_register where plan_id = ? and lead_agency = ?"
                + " and process_instance_id is " + (awaiting ? "" : "not ") + "null", String.class, plan, agency);
    }

    private List<String> codesOf(long plan) {
        return jdbc.queryForList("select task_code from task_register where plan_id = ?", String.class, plan);
    }

    private String register(String code, String column) {
        return jdbc.queryForObject("select " + column + " from task_register where task_code = ?", String.class, code);
    }

    /** Everything a denied write could have changed. */
    private List<Long> snapshot() {
        List<Long> counts = new ArrayList<>();
        for (String table : List.of("task_register", "task_transition", "product_file", "plan", "period_report",
                "task_progress", "task_comment")) {
            counts.add(jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        counts.add(jdbc.queryForObject("select count(*) from task_register where process_instance_id is null", Long.class));
        counts.add(runtimeService.createProcessInstanceQuery().count());
        counts.add(taskService.createTaskQuery().taskAssigned().count());
        counts.add(historyService.createHistoricTaskInstanceQuery().finished().count());
        counts.add(jdbc.queryForObject("select count(*) from ACT_HI_COMMENT", Long.class));
        return counts;
    }

    // --- HTTP -----------------------------------------------------------------------------------

    record Result(int status, String text, String location) {
        boolean allowed() {
            return status >= 200 && status < 300 || status >= 300 && status < 400 && !toLogin();
        }

        boolean denied() {
            // Camunda's comment endpoint refuses a task the caller cannot see with 400 "No task found"
            return status == 401 || status == 403 || status == 404 || toLogin()
                    || status == 400 && text.contains("No task found");
        }

        private boolean toLogin() {
            return location != null && (location.contains("/camunda/app/tasklist") || location.contains("/giaoviec/dang-nhap"));
        }
    }

    private Result api(Role role, HttpMethod method, String path, HttpEntity<?> body) {
        TestRestTemplate client = role.user == null ? rest : rest.withBasicAuth(role.user, "demo");
        return result(client.exchange(path, method, body == null ? HttpEntity.EMPTY : body, byte[].class));
    }

    private Result pageGet(Role role, String path) {
        if (role.user == null) {
            return result(anonymous().exchange(path, HttpMethod.GET, HttpEntity.EMPTY, byte[].class));
        }
        return result(session(role).getBytes(path));
    }

    private Result pagePost(Role role, String path, String fileName, byte[] content) {
        if (fileName == null) {
            return pagePost(role, path, form("action", "preview"));
        }
        if (role.user == null) {
            return result(anonymous().exchange(path, HttpMethod.POST, HttpEntity.EMPTY, byte[].class));
        }
        return page(session(role).postFile(path, fileName, content, new LinkedMultiValueMap<>()));
    }

    /** The import draft a role's upload made (the administrator's when the role may not import). */
    private String draftOf(Role role) {
        return drafts.computeIfAbsent(role, r -> {
            if (r.user == null) {
                return draftOf(Role.ADMIN);
            }
            String location = session(r).postFile("/giaoviec/ke-hoach/nhap", "ke-hoach.txt",
                    planText().getBytes(StandardCharsets.UTF_8), new LinkedMultiValueMap<>()).getHeaders()
                    .getFirst(HttpHeaders.LOCATION);
            if (location == null || !location.contains("/giaoviec/ke-hoach/nhap/")) {
                return r == Role.ADMIN ? "-" : draftOf(Role.ADMIN);
            }
            return location.substring(location.lastIndexOf('/') + 1);
        });
    }

    private Result pagePost(Role role, String path, MultiValueMap<String, String> form) {
        if (role.user == null) {
            return result(anonymous().exchange(path, HttpMethod.POST, HttpEntity.EMPTY, byte[].class));
        }
        return page(session(role).postForm(path, form));
    }

    private static Result page(ResponseEntity<String> response) {
        return new Result(response.getStatusCode().value(), response.getBody() == null ? "" : response.getBody(),
                response.getHeaders().getFirst(HttpHeaders.LOCATION));
    }

    private WebappSession session(Role role) {
        return sessions.computeIfAbsent(role, r -> {
            WebappSession session = WebappSession.login(rest, r.user, "demo");
            // read a page with a form of the agency's own task: the session's CSRF token
            String visible = r.seesA() ? a.taskCode() : codeOf(planP, "snv", false);
            assertThat(session.get("/giaoviec/nhiem-vu/" + visible + "/tep").getStatusCode().value()).isEqualTo(200);
            return session;
        });
    }

    private TestRestTemplate anonymous() {
        return rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    private static Result result(ResponseEntity<byte[]> response) {
        byte[] body = response.getBody() == null ? new byte[0] : response.getBody();
        MediaType type = response.getHeaders().getContentType();
        String text = type != null && type.getSubtype().contains("spreadsheetml") ? xlsxText(body)
                : new String(body, StandardCharsets.UTF_8);
        return new Result(response.getStatusCode().value(), text, response.getHeaders().getFirst(HttpHeaders.LOCATION));
    }

    private static String xlsxText(byte[] workbook) {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            DataFormatter format = new DataFormatter();
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(format.formatCellValue(cell)).append('\t');
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private static MultiValueMap<String, String> form(String key, String value) {
        return form(Map.of(key, value));
    }

    private static MultiValueMap<String, String> form(Map<String, String> values) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        values.forEach(form::add);
        return form;
    }


    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
