package vn.giaoviec.security.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.plan.Plan;
import vn.giaoviec.plan.PlanImporter;
import vn.giaoviec.report.PeriodicReportProcess;
import vn.giaoviec.report.ReportStarter;
import vn.giaoviec.testsupport.Browser;

/**
 * Issue 15, item 5: an imported title that looks like a sign-in notice with a link shows in Tasklist's
 * Camunda Form as the text it is — no link to the attacker's site, the characters as imported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistFormTextBrowserTest extends LifecycleTestSupport {

    static final String PHISHING = "<div>PHIÊN ĐÃ HẾT HẠN <a href=\"https://evil.example/login\">Đăng nhập lại</a></div>";
    static final String MARKDOWN = "[Xem hướng dẫn](https://evil.example/md) tại www.evil.example";

    @LocalServerPort int port;
    @Autowired PlanImporter importer;
    @Autowired ReportStarter reportStarter;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void importedMarkupInTheTitleShowsAsTextInTheTasklistForm() {
        int year = LocalDate.now().getYear() + 1;
        Plan plan = importer.commit("kh.txt", ("Kế hoạch cải cách hành chính năm " + year + "\n"
                + "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành\n"
                + "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH\n"
                + "1\t" + PHISHING + "\tSở Nội vụ\t\t" + MARKDOWN + "\tQuý IV/" + year + "\n")
                .getBytes(StandardCharsets.UTF_8), null, Map.of(), false, "demo");
        String instance = register.get("KH" + plan.id() + "-1").processInstanceId();
        String taskId = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.loginToTasklist("snv-lanhdao", "demo");
            browser.get("/camunda/app/tasklist/default/#/?task=" + taskId);
            browser.waitFor(By.cssSelector("[id$='Field_officer']"));
            browser.waitUntil("return document.body.innerText.indexOf('PHIÊN ĐÃ HẾT HẠN') >= 0");
            browser.screenshot("tieu-de-co-ma-html");

            assertThat(browser.findAllNow(By.cssSelector("a[href*='evil.example']"))).isEmpty();
            assertThat(browser.pageText()).contains(PHISHING, MARKDOWN);
        }
    }

    /**
     * The rows of a dynamic list show their task's title through {@code {{this.title}}} (the periodic
     * report's "Tiến độ từng nhiệm vụ"): an imported title there is text too, while the row's own
     * fields still work.
     */
    @Test
    void importedMarkupInADynamicListRowShowsAsTextInTheReportForm() {
        int year = LocalDateTime.now().getYear() + 1;
        setClock(LocalDateTime.of(year, 1, 2, 9, 0));
        Plan plan = importer.commit("bao-cao.txt", ("Kế hoạch cải cách hành chính năm " + year + "\n"
                + "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành\n"
                + "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n"
                + "1\t" + PHISHING + " " + System.nanoTime() + "\tSở Tư pháp\t\tBáo cáo\tThường xuyên\n"
                + "2\t" + MARKDOWN + "\tSở Tư pháp\t\tBáo cáo\tThường xuyên\n")
                .getBytes(StandardCharsets.UTF_8), null, Map.of(), false, "demo");
        List<String> periods = reportStarter.start(plan);
        ProcessInstance quarterOne = runtimeService.createProcessInstanceQuery().processInstanceIds(Set.copyOf(periods))
                .list().stream().filter(p -> p.getBusinessKey().endsWith("Q1")).findFirst().orElseThrow();
        fire(timer(quarterOne, PeriodicReportProcess.EVENT_CUTOFF_REACHED));
        Task report = openTasks(quarterOne, PeriodicReportProcess.SUBMIT).stream()
                .filter(t -> "stp".equals(taskService.getVariable(t.getId(), PeriodicReportProcess.Var.AGENCY)))
                .findFirst().orElseThrow();

        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.loginToTasklist("stp-chuyenvien", "demo");
            browser.get("/camunda/app/tasklist/default/#/?task=" + report.getId());
            browser.waitFor(By.cssSelector("textarea[id$='Field_ItemText_1']"));
            browser.waitUntil("return document.body.innerText.indexOf('PHIÊN ĐÃ HẾT HẠN') >= 0");
            browser.screenshot("dong-danh-sach-co-ma-html");

            assertThat(browser.findAllNow(By.cssSelector("a[href*='evil.example']"))).isEmpty();
            assertThat(browser.pageText()).contains(PHISHING, MARKDOWN, "KH" + plan.id() + "-1");
            assertThat(browser.waitFor(By.cssSelector("input[id$='Field_ItemTaskCode_0']")).getAttribute("value"))
                    .isEqualTo("KH" + plan.id() + "-1");
        }
    }
}
