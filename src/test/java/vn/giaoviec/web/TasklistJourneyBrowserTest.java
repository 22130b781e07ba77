package vn.giaoviec.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.register.TaskStatus;
import vn.giaoviec.testsupport.Browser;

/**
 * In a real browser: the officer of Sở Nội vụ submits the product through its Camunda Form in the
 * Vietnamese Tasklist, the leader approves it, and the Chánh Văn phòng sees the dashboard change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistJourneyBrowserTest extends LifecycleTestSupport {

    @LocalServerPort int port;
    @Autowired PlanImporter importer;

    @Test
    void officerCompletesTheFormAndTheChiefSeesTheDashboardChange() {
        int year = LocalDate.now().getYear() + 1;
        String title = "Xây dựng kế hoạch truyền thông CCHC " + System.nanoTime();
        Plan plan = importer.commit("kh.txt", ("Kế hoạch cải cách hành chính năm " + year + "\n"
                + "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành\n"
                + "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH\n"
                + "1\t" + title + "\tSở Nội vụ\t\tKế hoạch\tQuý IV/" + year + "\n").getBytes(StandardCharsets.UTF_8),
                null, Map.of(), false, "demo");
        String code = "KH" + plan.id() + "-1";
        String instance = register.get(code).processInstanceId();
        completeAs("snv-lanhdao", taskService.createTaskQuery().processInstanceId(instance).singleResult(),
                Map.of(PlanTaskProcess.Var.OFFICER, "snv-chuyenvien", PlanTaskProcess.Var.COORDINATING_AGENCIES, List.of()));

        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.loginToTasklist("chanhvanphong", "demo");
            browser.get("/giaoviec/ke-hoach/" + plan.id());
            assertThat(browser.pageText()).contains("Đang thực hiện trong hạn");
            browser.screenshot("1-chanh-van-phong-truoc");

            browser.loginToTasklist("snv-chuyenvien", "demo");
            assertThat(browser.pageText()).contains("Việc của tôi", "Việc của đơn vị", "Quá hạn");
            browser.click(By.xpath("//a[contains(., 'Việc của tôi')]"));
            browser.click(By.xpath("//*[contains(@class,'task')]//a[contains(., 'Nộp sản phẩm')]"));
            WebElement number = browser.waitFor(By.cssSelector("input[id$='Field_documentNumber']"));
            assertThat(browser.pageText()).contains(title, "Số, ký hiệu văn bản");
            number.sendKeys("15/KH-SNV");
            WebElement date = browser.waitFor(By.cssSelector("input[id$='Field_documentDate-date']"));
            date.sendKeys("10/03/" + year, Keys.ENTER);
            browser.waitFor(By.cssSelector("textarea[id$='Field_productSummary']")).sendKeys("Kế hoạch đã ban hành");
            browser.screenshot("2-chuyen-vien-dien-bieu-mau");
            browser.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
            browser.waitUntilGone(By.cssSelector("input[id$='Field_documentNumber']"));
            browser.screenshot("3-chuyen-vien-da-nop");

            assertThat(taskService.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey(PlanTaskProcess.REVIEW).count()).isOne();
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
                    .variableName(PlanTaskProcess.Var.DOCUMENT_NUMBER).singleResult().getValue()).isEqualTo("15/KH-SNV");
            completeAs("snv-lanhdao", taskService.createTaskQuery().processInstanceId(instance).singleResult(),
                    Map.of(PlanTaskProcess.Var.PRODUCT_APPROVED, "true"));
            assertThat(register.get(code).status()).isEqualTo(TaskStatus.DONE_ON_TIME);

            browser.loginToTasklist("chanhvanphong", "demo");
            browser.get("/giaoviec/ke-hoach/" + plan.id());
            assertThat(browser.pageText()).contains("100.0%");
            browser.screenshot("4-chanh-van-phong-sau");
        }
    }
}
