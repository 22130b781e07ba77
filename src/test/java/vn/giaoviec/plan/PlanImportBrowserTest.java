package vn.giaoviec.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.testsupport.Browser;

/**
 * The Chánh Văn phòng imports a plan in Chromium (Vietnamese): uploads it, says what the unknown names
 * are (a new agency, a party that is no agency), skips a row, chooses a date where the phrase has none,
 * previews again — every choice still there —, commits, and the plan's dashboard shows the tasks.
 * Also at phone width (390 × 844).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanImportBrowserTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired AgencyDirectory directory;

    @Test
    void uploadChooseEditPreviewAgainCommitAndSeeTheTasks() throws Exception {
        int year = LocalDate.now().getYear() + 2;
        String marker = String.valueOf(System.nanoTime()).substring(8);
        Path file = Files.createTempFile("ke-hoach-", ".txt");
        Files.writeString(file, "KẾ HOẠCH\nCải cách hành chính năm " + year + " (" + marker + ")\n"
                + "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành\n"
                + "I. CẢI CÁCH THỂ CHẾ\n"
                + "1\tRà soát văn bản quy phạm pháp luật " + marker + "\tSở Tư pháp\tSở Tài nguyên và Môi trường\tBáo cáo\tQuý II/" + year + "\n"
                + "2\tĐối thoại với doanh nghiệp về thủ tục hành chính\tVăn phòng UBND tỉnh\tHội Nông dân tỉnh; Sở Tư pháp\tBiên bản\tĐột xuất\n"
                + "3\tKiểm tra công tác cải cách hành chính\tSở Nội vụ\tSở Tư pháp\tKết luận\tQuý III/" + year + "\n",
                StandardCharsets.UTF_8);
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.loginToTasklist("chanhvanphong", "demo");
            browser.get("/giaoviec/ke-hoach/nhap");
            browser.waitForPresent(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
            browser.click(By.xpath("//button[contains(., 'Xem trước')]"));
            browser.waitForPresent(By.xpath("//h2[contains(., 'Tên chưa có trong danh bạ')]"));
            assertThat(browser.pageText()).contains("Sở Tài nguyên và Môi trường", "Hội Nông dân tỉnh",
                    "Chưa xác định (hạn: cuối năm kế hoạch)", "3 dòng nhiệm vụ");
            browser.fullPageScreenshot("nhap-ke-hoach-1-xem-truoc");

            choose(browser, "Sở Tài nguyên và Môi trường", "Thêm cơ quan mới…");
            choose(browser, "Hội Nông dân tỉnh", "Không phải cơ quan (giữ làm chữ)");
            browser.click(By.name("skip.3"));
            browser.setDate(By.name("dueDate.2"), LocalDate.of(year, 9, 30));
            browser.fullPageScreenshot("nhap-ke-hoach-1b-da-chon");
            browser.click(By.xpath("(//button[@value='preview'])[1]"));
            browser.waitForPresent(By.xpath("//h2[contains(., 'Tên chưa có trong danh bạ')]"));
            assertThat(new Select(browser.waitFor(By.name("choice.0"))).getFirstSelectedOption().getText())
                    .isEqualTo("Thêm cơ quan mới…");
            assertThat(browser.waitFor(By.name("skip.3")).isSelected()).isTrue();
            assertThat(browser.pageText()).contains("30/09/" + year, "Ngày do người nhập chọn",
                    "Cùng thực hiện (không phải cơ quan): Hội Nông dân tỉnh", "2 dòng nhiệm vụ");
            browser.fullPageScreenshot("nhap-ke-hoach-2-sau-khi-chon");
            browser.resize(390, 844);
            browser.fullPageScreenshot("nhap-ke-hoach-3-dien-thoai");
            browser.resize(1400, 1000);

            browser.click(By.xpath("(//button[@value='commit'])[1]"));
            browser.waitForPresent(By.xpath("//*[contains(., 'Đã ghi kế hoạch')]"));
            assertThat(browser.currentPath()).matches("/giaoviec/ke-hoach/\\d+");
            assertThat(browser.pageText()).contains("giao 2 nhiệm vụ", "Rà soát văn bản quy phạm pháp luật " + marker,
                    "Đối thoại với doanh nghiệp");
            browser.fullPageScreenshot("nhap-ke-hoach-4-da-ghi");
        }
        String added = directory.all().stream().filter(a -> a.name().equals("Sở Tài nguyên và Môi trường"))
                .findFirst().orElseThrow().code();
        assertThat(jdbc.queryForList("select coordinating_agencies from task_register where title like ?",
                String.class, "Rà soát văn bản quy phạm pháp luật " + marker + "%")).singleElement().asString()
                .contains(added);
    }

    /**
     * Issue 15, item 8: the page names the limit next to the file input; a larger file is stopped in
     * the browser before it is sent, and — should a browser send it anyway (no script) — the server's
     * 413 is a Vietnamese page naming the limit, whose link leads back to the import page.
     */
    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitNamed() throws Exception {
        Path file = Files.createTempFile("ke-hoach-qua-lon-", ".txt");
        Files.write(file, new byte[21 * 1024 * 1024]);
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.loginToTasklist("chanhvanphong", "demo");
            browser.get("/giaoviec/ke-hoach/nhap");
            assertThat(browser.pageText()).contains("Tối đa 20 MB");
            browser.waitForPresent(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
            browser.click(By.xpath("//button[contains(., 'Xem trước')]"));
            Alert alert = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
            assertThat(alert.getText()).contains("quá lớn: tối đa 20 MB");
            alert.accept();
            assertThat(browser.currentPath()).isEqualTo("/giaoviec/ke-hoach/nhap");
            browser.screenshot("nhap-ke-hoach-5-tep-qua-lon-trinh-duyet");

            browser.script("document.querySelector('input[type=file]').removeAttribute('data-max-bytes')");
            browser.click(By.xpath("//button[contains(., 'Xem trước')]"));
            browser.waitForPresent(By.xpath("//h1[contains(., 'Tệp quá lớn')]"));
            assertThat(browser.pageText()).contains("Tệp quá lớn: tối đa 20 MB", "chưa được gửi đi");
            browser.fullPageScreenshot("nhap-ke-hoach-6-tep-qua-lon-may-chu");
            browser.click(By.linkText("Quay lại trang trước để chọn tệp khác"));
            browser.waitForPresent(By.cssSelector("input[type=file]"));
            assertThat(browser.currentPath()).isEqualTo("/giaoviec/ke-hoach/nhap");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void choose(Browser browser, String name, String option) {
        WebElement block = browser.waitForPresent(By.xpath("//div[@class='name'][strong[.='" + name + "']]"));
        new Select(block.findElement(By.cssSelector("select[name^='choice.']"))).selectByVisibleText(option);
    }
}
