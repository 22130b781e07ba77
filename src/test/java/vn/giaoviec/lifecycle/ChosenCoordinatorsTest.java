package vn.giaoviec.lifecycle;

import java.util.Set;
import vn.giaoviec.identity.UserAccess;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.lifecycle.coordination.Coordination;
import vn.giaoviec.plan.Plan;
import vn.giaoviec.plan.PlanImporter;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.testsupport.WebappSession;

/**
 * The lead agency's leader settles the coordinators in "Phân công xử lý" (issue 14, item 1): the
 * register, the task page, who may see the task and the .xlsx register follow that choice — more
 * agencies than the plan listed, or the ones chosen for "… có liên quan".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChosenCoordinatorsTest extends LifecycleTestSupport {

    static final String PLAN = """
            KẾ HOẠCH
            Cải cách hành chính năm %d (bản thử %d)
            STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành
            I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH
            1\tRà soát quy trình nội bộ\tSở Nội vụ\tSở Tư pháp, Sở Tài chính\tBáo cáo\tQuý IV/%1$d
            2\tĐánh giá mức độ hài lòng\tSở Nội vụ\tCác cơ quan, đơn vị có liên quan\tBáo cáo\tQuý IV/%1$d
            """;

    @Autowired PlanImporter importer;
    @Autowired TestRestTemplate rest;
    @Autowired Coordination coordination;

    Plan plan;

    @BeforeEach
    void importPlan() {
        setClock(LocalDateTime.of(2046, 2, 2, 9, 0));
        plan = importer.commit("kh.txt", PLAN.formatted(2046, System.nanoTime()).getBytes(StandardCharsets.UTF_8), null,
                Map.of(), false, "demo");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aCoordinatorAddedByTheLeaderIsInTheRegisterOnThePageAndSeesTheTask() throws Exception {
        RegisterEntry task = task("Rà soát");
        assertThat(task.coordinatingAgencies()).containsExactly("stp", "stc");

        assign(task, List.of("stp", "stc", "skhdt"));

        assertThat(register.get(task.taskCode()).coordinatingAgencies()).containsExactly("stp", "stc", "skhdt");
        assertThat(rest.withBasicAuth("skhdt-chuyenvien", "demo")
                .getForEntity("/api/tasks/" + task.taskCode(), String.class).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> page = WebappSession.signedIn(rest, null, "skhdt-chuyenvien", "demo")
                .getPage("/giaoviec/nhiem-vu/" + task.taskCode());
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("Sở Kế hoạch và Đầu tư");
        assertThat(coordinatorsInTheXlsxRegister("Rà soát")).contains("Sở Tư pháp", "Sở Tài chính", "Sở Kế hoạch và Đầu tư");
    }

    @Test
    void theRelevantAgenciesChosenByTheLeaderAreTheTasksCoordinators() throws Exception {
        RegisterEntry task = task("Đánh giá");
        assertThat(task.coordinatingAgencies()).isEmpty();

        assign(task, List.of("stp", "syt"));

        assertThat(register.get(task.taskCode()).coordinatingAgencies()).containsExactly("stp", "syt");
        for (String officer : List.of("stp-chuyenvien", "syt-chuyenvien")) {
            assertThat(rest.withBasicAuth(officer, "demo").getForEntity("/api/tasks/" + task.taskCode(), String.class)
                    .getStatusCode().value()).as(officer).isEqualTo(200);
        }
        assertThat(rest.withBasicAuth("stc-chuyenvien", "demo").getForEntity("/api/tasks/" + task.taskCode(), String.class)
                .getStatusCode().value()).as("an agency not chosen").isEqualTo(404);
        assertThat(coordinatorsInTheXlsxRegister("Đánh giá")).contains("Sở Tư pháp", "Sở Y tế");
    }

    @Test
    void aCoordinatorDroppedByTheLeaderNoLongerSeesTheTask() {
        RegisterEntry task = task("Rà soát");

        assign(task, List.of("stp"));

        assertThat(register.get(task.taskCode()).coordinatingAgencies()).containsExactly("stp");
        assertThat(rest.withBasicAuth("stc-chuyenvien", "demo").getForEntity("/api/tasks/" + task.taskCode(), String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void anAgencyLeftOutWhenCoordinationEndedIsMarkedInTheXlsxRegister() throws Exception {
        RegisterEntry task = task("Rà soát");
        assign(task, List.of("stp", "stc"));
        completeAs("stc-chuyenvien", openTasks(instanceOf(task.taskCode()), PlanTaskProcess.CONTRIBUTE).stream()
                .filter(t -> "stc".equals(taskService.getVariable(t.getId(), PlanTaskProcess.Var.COORDINATING_AGENCY)))
                .findFirst().orElseThrow(), Map.of(PlanTaskProcess.Var.CONTRIBUTION, "Đồng ý"));

        coordination.close(task.taskCode(), new UserAccess("snv-lanhdao", Set.of("snv", "snv-lanhdao")));

        assertThat(coordinatorsInTheXlsxRegister("Rà soát")).contains("Sở Tư pháp (chưa gửi ý kiến)")
                .doesNotContain("Sở Tài chính (chưa gửi ý kiến)").contains("Sở Tài chính");
    }

    private void assign(RegisterEntry task, List<String> coordinators) {
        completeAs("snv-lanhdao", openTask(instanceOf(task.taskCode()), PlanTaskProcess.ASSIGN), Map.of(
                PlanTaskProcess.Var.OFFICER, "snv-chuyenvien", PlanTaskProcess.Var.COORDINATING_AGENCIES, coordinators));
        assertThat(openTasks(instanceOf(task.taskCode()), PlanTaskProcess.CONTRIBUTE)).hasSize(coordinators.size());
    }

    private RegisterEntry task(String titleStart) {
        return register.ofPlan(plan.id()).stream().filter(t -> t.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    private String coordinatorsInTheXlsxRegister(String titleStart) throws Exception {
        byte[] xlsx = rest.withBasicAuth("demo", "demo").getForEntity("/api/plans/" + plan.id() + "/register.xlsx",
                byte[].class).getBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                if (format.formatCellValue(row.getCell(1)).startsWith(titleStart)) {
                    return format.formatCellValue(row.getCell(3));
                }
            }
        }
        throw new AssertionError("no row " + titleStart);
    }
}
