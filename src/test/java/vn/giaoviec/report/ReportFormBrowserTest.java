package vn.giaoviec.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.plan.Plan;
import vn.giaoviec.plan.PlanImporter;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.register.TaskProgress;
import vn.giaoviec.register.TaskProgressLog;
import vn.giaoviec.testsupport.Browser;

/**
 * In a real browser: Sở Tư pháp's officer opens the Quý I report in the Vietnamese Tasklist, sees
 * one row per task the agency reports on (its recurring tasks and its open dated task), fills each
 * row's progress and the period's result; once the leader approves, each task's progress is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportFormBrowserTest extends LifecycleTestSupport {

    static final String AGENCY = "stp";
    /** Each row of the dynamic list starts with the task's code, title and deadline (Field_ItemTitle). */
    static final By ROW_HEADING = By.cssSelector(".fjs-form-field-dynamiclist .fjs-form-field-text");
    static final By PERCENT = By.cssSelector(".fjs-form-field-dynamiclist input[id*='Field_ItemPercent_']");
    static final By REPORT_TEXT = By.cssSelector("textarea[id$='Field_reportText']");

    @LocalServerPort int port;
    @Autowired PlanImporter importer;
    @Autowired ReportStarter starter;
    @Autowired PeriodReports reports;
    @Autowired TaskProgressLog progressLog;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void officerReportsEachTaskOfTheDynamicListAndTheProgressIsKeptPerTask() {
        int year = LocalDateTime.now().getYear() + 1;
        String unique = " " + System.nanoTime();
        List<String> titles = List.of("Rà soát thủ tục hành chính lĩnh vực tư pháp" + unique,
                "Kiểm tra việc thực hiện cơ chế một cửa" + unique,
                "Xây dựng cơ sở dữ liệu hộ tịch điện tử" + unique);
        setClock(LocalDateTime.of(year, 1, 2, 9, 0));
        Plan plan = importer.commit("bao-cao.txt", ("Kế hoạch cải cách hành chính năm " + year + "\n"
                + "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành\n"
                + "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n"
                + "1\t" + titles.get(0) + "\tSở Tư pháp\t\tBáo cáo\tThường xuyên\n"
                + "2\t" + titles.get(1) + "\tSở Tư pháp\t\tBáo cáo\tTheo định kỳ\n"
                + "3\t" + titles.get(2) + "\tSở Tư pháp\t\tCơ sở dữ liệu\tQuý IV/" + year + "\n"
                + "4\tTổng hợp báo cáo CCHC" + unique + "\tSở Nội vụ\t\tBáo cáo\tQuý IV/" + year + "\n")
                .getBytes(StandardCharsets.UTF_8), null, Map.of(), false, "demo");
        List<String> codes = List.of("KH" + plan.id() + "-1", "KH" + plan.id() + "-2", "KH" + plan.id() + "-3");

        starter.start(plan);
        ProcessInstance quarterOne = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(ReportStarter.businessKeyPrefix(plan.id()) + "Q1").singleResult();
        fire(timer(quarterOne, PeriodicReportProcess.EVENT_CUTOFF_REACHED));
        setClock(LocalDateTime.of(year, 3, 16, 9, 0));
        Task report = reportTask(quarterOne, PeriodicReportProcess.SUBMIT);

        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.loginToTasklist("stp-chuyenvien", "demo");
            browser.get("/camunda/app/tasklist/default/#/?task=" + report.getId());
            browser.click(By.cssSelector("button.claim"));
            browser.waitFor(By.cssSelector("button.unclaim"));
            List<WebElement> rows = browser.findAll(ROW_HEADING);
            assertThat(rows).as("một dòng cho mỗi nhiệm vụ").hasSize(titles.size());
            assertThat(browser.findAll(PERCENT)).hasSize(titles.size());
            assertThat(browser.pageText()).contains("Báo cáo CCHC Quý I năm " + year, "Sở Tư pháp",
                    "Tiến độ từng nhiệm vụ").doesNotContain("Tổng hợp báo cáo CCHC" + unique);
            for (int i = 0; i < titles.size(); i++) {
                assertThat(rows.get(i).getText()).contains(codes.get(i), titles.get(i));
                assertThat(browser.waitForPresent(rowField("input", "Field_ItemTaskCode", i)).getAttribute("value"))
                        .isEqualTo(codes.get(i));
            }
            assertThat(rows.get(0).getText()).contains("Thời hạn: Thường xuyên");
            assertThat(rows.get(1).getText()).contains("Thời hạn: Theo định kỳ");
            assertThat(rows.get(2).getText()).contains("Thời hạn: Quý IV/" + year + " — hạn " + year + "-12-31");
            // texts first, then percents, each left with Tab: Tasklist's form-js commits a field on blur,
            // and a percent still waiting to be committed re-renders the row and clears a text typed meanwhile
            for (int i = 0; i < titles.size(); i++) {
                fill(browser, rowField("textarea", "Field_ItemText", i), progressText(codes.get(i)));
            }
            for (int i = 0; i < titles.size(); i++) {
                fill(browser, rowField("input", "Field_ItemPercent", i), String.valueOf(percent(i)));
            }
            fill(browser, REPORT_TEXT, "Hoàn thành các nhiệm vụ quý I");
            fill(browser, By.cssSelector("input[id$='Field_reportLink']"), "12/BC-STP");
            for (int i = 0; i < titles.size(); i++) {
                browser.waitForValue(rowField("textarea", "Field_ItemText", i), progressText(codes.get(i)));
                browser.waitForValue(rowField("input", "Field_ItemPercent", i), String.valueOf(percent(i)));
            }
            browser.screenshot("bao-cao-1-chuyen-vien-dien-bieu-mau");
            // "Lưu" re-validates the whole form: Tasklist 7.24 keeps "Hoàn thành" disabled after any change
            // inside a dynamic list (form-js leaves an empty error entry per row field), until then
            browser.click(By.xpath("//button[contains(., 'Lưu')]"));
            browser.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
            browser.waitUntilGone(REPORT_TEXT);
            browser.screenshot("bao-cao-2-chuyen-vien-da-nop");
        }

        Task approval = reportTask(quarterOne, PeriodicReportProcess.APPROVE);
        // the leader's approval form lists the tasks again with their titles, though Tasklist sent back only the keyed fields
        Object rowsToApprove = taskService.getVariable(approval.getId(), PeriodicReportProcess.Var.PROGRESS_ITEMS);
        assertThat(rowsToApprove.toString()).contains(titles.toArray(String[]::new));
        completeAs("stp-lanhdao", approval, Map.of(PeriodicReportProcess.Var.REPORT_APPROVED, true));

        for (int i = 0; i < codes.size(); i++) {
            assertThat(progressLog.of(codes.get(i))).extracting(TaskProgress::period, TaskProgress::planId,
                    TaskProgress::agency, TaskProgress::percent, TaskProgress::text, TaskProgress::reportedBy)
                    .containsExactly(tuple("Q1", plan.id(), AGENCY, percent(i), progressText(codes.get(i)),
                            "stp-chuyenvien"));
        }
        assertThat(progressLog.of("KH" + plan.id() + "-4")).isEmpty();
        PeriodReport submitted = reports.get(plan.id(), "Q1", AGENCY);
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.onTime()).isTrue();
    }

    /** The agency's open report task at the given step of the period's process. */
    private Task reportTask(ProcessInstance period, String activityId) {
        return openTasks(period, activityId).stream()
                .filter(t -> AGENCY.equals(taskService.getVariable(t.getId(), PeriodicReportProcess.Var.AGENCY)))
                .findFirst().orElseThrow();
    }

    /** A field of the i-th row: form-js suffixes the ids of a dynamic list's fields with the row index. */
    private static By rowField(String tag, String fieldId, int row) {
        return By.cssSelector(tag + "[id$='" + fieldId + "_" + row + "']");
    }

    private static void fill(Browser browser, By field, String value) {
        browser.waitFor(field).sendKeys(value, Keys.TAB);
        browser.waitForValue(field, value);
    }

    private static int percent(int row) {
        return 30 + 20 * row;
    }

    private static String progressText(String taskCode) {
        return "Đã thực hiện " + taskCode + " trong quý I";
    }
}
