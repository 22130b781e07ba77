package vn.giaoviec.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.plan.Plan;
import vn.giaoviec.plan.PlanImporter;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskStatus;
import vn.giaoviec.testsupport.WebappSession;

/**
 * A small plan driven into all four official buckets; the progress API, the dashboard, the task
 * page and the exports are checked against the register and against the engine's own history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanProgressTest extends LifecycleTestSupport {

    static final String PLAN = """
            KẾ HOẠCH
            Cải cách hành chính năm %d (bản thử %d)
            STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành
            I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH
            1\tNhiệm vụ A đúng hạn\tSở Nội vụ\t\tKế hoạch\tQuý I/%1$d
            2\tNhiệm vụ B trễ hạn\tSở Tư pháp\t\tBáo cáo\tQuý I/%1$d
            3\tNhiệm vụ C trong hạn\tSở Tài chính\t\tBáo cáo\tQuý II/%1$d
            II. CẢI CÁCH THỂ CHẾ
            1\tNhiệm vụ D quá hạn\tSở Tư pháp\tSở Nội vụ\tBáo cáo\tQuý I/%1$d
            """;

    @Autowired PlanImporter importer;
    @Autowired PlanProgress progress;
    @Autowired TestRestTemplate rest;

    int year;
    Plan plan;

    @BeforeEach
    void driveAPlanIntoEveryBucket() {
        year = 2045;
        setClock(LocalDateTime.of(year, 2, 1, 9, 0));
        plan = importer.commit("kh.txt", PLAN.formatted(year, System.nanoTime()).getBytes(StandardCharsets.UTF_8), null, Map.of(),
                false, "demo");
        finish(task("Nhiệm vụ A"), "snv");
        setClock(LocalDateTime.of(year, 4, 15, 9, 0));
        // this plan's timers only: other tests of the shared context leave processes whose timers may
        // cancel each other (a report's compile date ends its agencies' reminders)
        for (RegisterEntry entry : register.ofPlan(plan.id())) {
            if (entry.processInstanceId() == null) {
                continue;
            }
            for (Job job : managementService.createJobQuery().processInstanceId(entry.processInstanceId()).timers()
                    .duedateLowerThan(ClockUtil.getCurrentTime()).list()) {
                managementService.executeJob(job.getId());
            }
        }
        finish(task("Nhiệm vụ B"), "stp");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void progressCountsMatchTheEnginesHistory() {
        Progress shown = progress.progress(plan.id(), ProgressFilter.all(null));

        assertThat(shown.total()).isEqualTo(new Progress.Counts(1, 1, 1, 1));
        assertThat(shown.total()).isEqualTo(countFromHistory());
        assertThat(shown.byAgency()).extracting(Progress.Group::name)
                .containsExactly("Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính");
        assertThat(shown.byAgency().get(1).counts()).isEqualTo(new Progress.Counts(0, 1, 0, 1));
        assertThat(shown.bySection()).extracting(Progress.Group::key)
                .containsExactly("I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", "II. CẢI CÁCH THỂ CHẾ");
        assertThat(shown.total().onTimeRate()).isEqualTo(50.0);
        assertThat(shown.overdueByAge()).isEqualTo(new Progress.OverdueAge(1, 0, 0));
    }

    @Test
    void progressApiShowsAnAgencyOnlyItsOwnTasks() {
        JsonNode all = rest.withBasicAuth("chanhvanphong", "demo")
                .getForObject("/api/plans/" + plan.id() + "/progress", JsonNode.class);
        assertThat(all.get("total").get("overdue").asInt()).isEqualTo(1);
        assertThat(all.get("byAgency")).hasSize(3);

        JsonNode stp = rest.withBasicAuth("stp-chuyenvien", "demo")
                .getForObject("/api/plans/" + plan.id() + "/progress", JsonNode.class);
        assertThat(stp.get("byAgency")).extracting(g -> g.get("key").asText()).containsExactly("stp");
        assertThat(stp.get("total").get("late").asInt()).isEqualTo(1);
    }

    @Test
    void exportedRegisterReadsBackAsTheRegister() throws Exception {
        ResponseEntity<byte[]> response = rest.withBasicAuth("demo", "demo")
                .getForEntity("/api/plans/" + plan.id() + "/register.xlsx", byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<RegisterEntry> register = progress.tasks(plan.id(), ProgressFilter.all(null));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            Map<String, String[]> byTitle = new HashMap<>();
            for (Row row : sheet) {
                if (row.getCell(6) == null || row.getCell(6).getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    continue;
                }
                String title = format.formatCellValue(row.getCell(1));
                byTitle.put(title, new String[] {format.formatCellValue(row.getCell(2)),
                        format.formatCellValue(row.getCell(7)),
                        row.getCell(6).getLocalDateTimeCellValue().toLocalDate().toString()});
            }
            for (RegisterEntry entry : register) {
                assertThat(byTitle).containsKey(entry.title());
                assertThat(byTitle.get(entry.title())).as(entry.title()).containsExactly(
                        directoryName(entry.leadAgency()), entry.status().label(), entry.dueDate().toString());
            }
        }
        ResponseEntity<byte[]> scorecard = rest.withBasicAuth("demo", "demo")
                .getForEntity("/api/plans/" + plan.id() + "/scorecard.xlsx", byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(scorecard.getBody()))) {
            assertThat(new DataFormatter().formatCellValue(workbook.getSheetAt(0).getRow(3).getCell(0)))
                    .isNotBlank();
        }
    }

    @Test
    void dashboardAndTaskPageShowTheFiguresAndTheTimeline() {
        WebappSession chief = WebappSession.login(rest, "chanhvanphong", "demo");
        String dashboard = chief.get("/giaoviec/ke-hoach/" + plan.id()).getBody();
        assertThat(dashboard).contains("Đang thực hiện quá hạn", "Nhiệm vụ D quá hạn", "Sở Tư pháp", "50.0%");
        String overdueOnly = chief.get("/giaoviec/ke-hoach/" + plan.id() + "?status=IN_PROGRESS_OVERDUE").getBody();
        assertThat(overdueOnly).contains("Nhiệm vụ D quá hạn").doesNotContain("Nhiệm vụ A đúng hạn");

        String code = task("Nhiệm vụ B").taskCode();
        String page = chief.get("/giaoviec/nhiem-vu/" + code).getBody();
        assertThat(page).contains("Nhiệm vụ B trễ hạn", "Đã hoàn thành quá hạn", "Giao nhiệm vụ", "Nộp sản phẩm",
                "Duyệt sản phẩm", "Quá hạn, chuyển Chánh Văn phòng", "12/KH");

        WebappSession otherAgency = WebappSession.login(rest, "stc-chuyenvien", "demo");
        assertThat(otherAgency.get("/giaoviec/nhiem-vu/" + code).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** Independently of the register: ended instances against their due date, running ones by their overdue step. */
    private Progress.Counts countFromHistory() {
        int[] counts = new int[4];
        for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyLike("KH" + plan.id() + "-%").list()) {
            LocalDate due = LocalDate.parse((String) historyService.createHistoricVariableInstanceQuery()
                    .processInstanceId(instance.getId()).variableName(PlanTaskProcess.Var.DUE_DATE).singleResult()
                    .getValue());
            if (instance.getEndTime() != null) {
                LocalDate end = LocalDate.ofInstant(instance.getEndTime().toInstant(), VIETNAM);
                counts[end.isAfter(due) ? 1 : 0]++;
            } else {
                boolean escalated = historyService.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId()).activityId(PlanTaskProcess.MARK_OVERDUE).count() > 0;
                counts[escalated ? 3 : 2]++;
            }
        }
        return new Progress.Counts(counts[0], counts[1], counts[2], counts[3]);
    }

    private RegisterEntry task(String titleStart) {
        return progress.tasks(plan.id(), ProgressFilter.all(null)).stream()
                .filter(t -> t.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    private String directoryName(String code) {
        return Map.of("snv", "Sở Nội vụ", "stp", "Sở Tư pháp", "stc", "Sở Tài chính").get(code);
    }

    private void finish(RegisterEntry entry, String agency) {
        String instance = entry.processInstanceId();
        completeAs(agency + "-lanhdao", one(instance, PlanTaskProcess.ASSIGN),
                Map.of(PlanTaskProcess.Var.OFFICER, agency + "-chuyenvien",
                        PlanTaskProcess.Var.COORDINATING_AGENCIES, List.of()));
        completeAs(agency + "-chuyenvien", one(instance, PlanTaskProcess.SUBMIT), Map.of(
                PlanTaskProcess.Var.DOCUMENT_NUMBER, "12/KH", PlanTaskProcess.Var.DOCUMENT_DATE, year + "-03-01",
                PlanTaskProcess.Var.PRODUCT_SUMMARY, "Sản phẩm"));
        completeAs(agency + "-lanhdao", one(instance, PlanTaskProcess.REVIEW),
                Map.of(PlanTaskProcess.Var.PRODUCT_APPROVED, "true"));
        assertThat(register.get(entry.taskCode()).status()).isIn(TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE);
    }

    private Task one(String instance, String activity) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity).singleResult();
    }
}
