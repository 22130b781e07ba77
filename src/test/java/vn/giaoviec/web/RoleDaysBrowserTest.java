package vn.giaoviec.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.lifecycle.TaskActions;
import vn.giaoviec.plan.PlanImporter;
import vn.giaoviec.lifecycle.PlanTaskProcess.Var;
import vn.giaoviec.register.TaskPhase;
import vn.giaoviec.register.TransitionKind;
import vn.giaoviec.testsupport.Browser;
import vn.giaoviec.testsupport.ReadablePage;

/**
 * Each role's day on Giao Việc's own pages in Chromium (Vietnamese), at a desk and on a 390 × 844
 * phone: the leader assigns from a long inbox, the coordinating agency contributes with a file, the
 * officer submits the product with a photo, the leader returns then approves it, the Chánh Văn phòng
 * urges overdue tasks in bulk, decides an extension and withdraws a task, Sở Nội vụ follows the plan.
 * Every page visited is checked for English words, ISO dates, logins and sideways scrolling;
 * screenshots are kept in target/browser-screenshots (vai-tro-*.png).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RoleDaysBrowserTest extends LifecycleTestSupport {

    @LocalServerPort int port;
    @Autowired TaskActions actions;
    @Autowired PlanImporter importer;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aLeaderFindsEachOfAHundredTasksAndAssignsOneFromALinkOpenedSignedOut() {
        String marker = marker();
        List<String> codes = new ArrayList<>();
        String[] works = {"Rà soát thủ tục hành chính", "Kiểm tra công vụ", "Số hoá hồ sơ", "Đánh giá chỉ số PAR",
            "Tập huấn CCHC", "Cập nhật cơ sở dữ liệu", "Báo cáo chuyên đề", "Công khai TTHC", "Đo lường sự hài lòng",
            "Triển khai dịch vụ công"};
        for (int i = 0; i < 100; i++) {
            codes.add(issue("stc", List.of(), works[i % works.length] + " lĩnh vực " + (i / 10 + 1) + " " + marker,
                    clock.today().plusDays(3 + i)));
        }
        String code = codes.get(0);
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.get("/giaoviec/nhiem-vu/" + code);
            assertThat(browser.currentPath()).isEqualTo("/giaoviec/dang-nhap");
            ReadablePage.check(browser, "trang đăng nhập");
            browser.screenshot("vai-tro-1-lanh-dao-dang-nhap");
            browser.signInHere("stc-lanhdao", "demo");
            assertThat(browser.currentPath()).isEqualTo("/giaoviec/nhiem-vu/" + code);

            browser.get("/giaoviec/hop-viec?ds=cua-don-vi&q=" + marker);
            List<WebElement> rows = browser.findAll(By.cssSelector("tr.work"));
            assertThat(rows).hasSize(20);
            for (WebElement row : rows) {
                assertThat(row.getText()).containsPattern("[A-Z0-9-]+").contains("Sở Tài chính", "Phân công xử lý")
                        .containsPattern("\\d{2}/\\d{2}/\\d{4}").containsPattern("trong hạn|sắp đến hạn");
            }
            assertThat(rows.get(0).getText()).contains(code);
            assertThat(browser.pageText()).containsPattern("Việc của đơn vị\\s+100").contains("Trang 1/5");
            ReadablePage.check(browser, "hộp việc của lãnh đạo");
            browser.fullScreenshot("vai-tro-1-lanh-dao-hop-viec-100-viec-may-tinh");
            browser.phone();
            ReadablePage.check(browser, "hộp việc của lãnh đạo (điện thoại)");
            browser.screenshot("vai-tro-1-lanh-dao-hop-viec-dien-thoai");
            browser.desk();

            browser.click(By.linkText(works[0] + " lĩnh vực 1 " + marker));
            new Select(browser.waitFor(By.id("f-officer"))).selectByVisibleText(
                    browser.optionText(By.id("f-officer"), "Chuyên viên Sở Tài chính"));
            browser.waitFor(By.id("f-assignmentNote")).sendKeys("Hoàn thành trước hạn một tuần");
            ReadablePage.check(browser, "biểu mẫu phân công");
            browser.fullScreenshot("vai-tro-1-lanh-dao-phan-cong");
            browser.click(By.xpath("//button[normalize-space()='Hoàn thành']"));
            assertThat(browser.waitForPresent(By.cssSelector(".ok")).getText())
                    .contains("Đã hoàn thành việc “Phân công xử lý”", "Về hộp việc");
            ReadablePage.check(browser, "xác nhận phân công");
            browser.screenshot("vai-tro-1-lanh-dao-da-phan-cong");
        }
        assertThat(openTask(instanceOf(code), PlanTaskProcess.SUBMIT).getAssignee()).isEqualTo("stc-chuyenvien");
    }

    @Test
    void theOfficerSubmitsTheProductWithAPhotoOnAPhone() throws IOException {
        String code = issue("snv", List.of("stp"), "Xây dựng Kế hoạch tự kiểm tra CCHC " + marker(),
                clock.today().plusMonths(1));
        completeAs("snv-lanhdao", openTask(instanceOf(code), PlanTaskProcess.ASSIGN), Map.of(Var.OFFICER, "snv-chuyenvien",
                Var.COORDINATING_AGENCIES, List.of("stp"), Var.ASSIGNMENT_NOTE, "Bám sát Kế hoạch của UBND tỉnh"));
        completeAs("stp-chuyenvien", openTask(instanceOf(code), PlanTaskProcess.CONTRIBUTE),
                Map.of(Var.CONTRIBUTION, "Sở Tư pháp đề nghị bổ sung nội dung kiểm tra chứng thực"));
        Path photo = photo();
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.phone();
            browser.signIn("snv-chuyenvien", "demo");
            ReadablePage.check(browser, "hộp việc của chuyên viên (điện thoại)");
            browser.screenshot("vai-tro-3-chuyen-vien-hop-viec-dien-thoai");
            browser.click(By.cssSelector("tr.work a[href*='" + code + "']"));
            assertThat(browser.pageText()).contains("Bám sát Kế hoạch của UBND tỉnh",
                    "Sở Tư pháp đề nghị bổ sung nội dung kiểm tra chứng thực", "Việc của bạn: Nộp sản phẩm");
            ReadablePage.check(browser, "trang nhiệm vụ của chuyên viên (điện thoại)");
            browser.fullScreenshot("vai-tro-3-chuyen-vien-nhiem-vu-dien-thoai");

            // a required field left empty: the problem is said, what was typed and the photo are kept
            browser.setDate(By.id("f-documentDate"), "2031-03-10");
            browser.waitFor(By.id("f-productSummary")).sendKeys("Kế hoạch đã được Giám đốc Sở ký ban hành");
            browser.driver().findElement(By.cssSelector("input[type=file][name=tep]")).sendKeys(photo.toAbsolutePath().toString());
            browser.click(By.xpath("//button[normalize-space()='Hoàn thành']"));
            assertThat(browser.waitForPresent(By.id("loi")).getText()).contains("Cần điền số, ký hiệu văn bản.");
            assertThat(browser.waitForPresent(By.id("f-productSummary")).getAttribute("value"))
                    .isEqualTo("Kế hoạch đã được Giám đốc Sở ký ban hành");
            assertThat(browser.pageText()).contains("anh-ke-hoach.jpg");
            ReadablePage.check(browser, "biểu mẫu nộp sản phẩm có lỗi (điện thoại)");
            browser.fullScreenshot("vai-tro-3-chuyen-vien-thieu-so-van-ban-dien-thoai");

            browser.waitFor(By.id("f-documentNumber")).sendKeys("25/KH-SNV");
            browser.click(By.xpath("//button[normalize-space()='Hoàn thành']"));
            assertThat(browser.waitForPresent(By.cssSelector(".ok")).getText()).contains("Đã hoàn thành việc “Nộp sản phẩm”");
            ReadablePage.check(browser, "xác nhận nộp sản phẩm (điện thoại)");
            browser.screenshot("vai-tro-3-chuyen-vien-da-nop-dien-thoai");
        }
        assertThat(register.get(code).phase()).isEqualTo(TaskPhase.REVIEW);
        assertThat(runtimeService.getVariable(instanceOf(code).getId(), Var.DOCUMENT_DATE)).isEqualTo("2031-03-10");
        assertThat(trail(code)).contains(TransitionKind.SUBMITTED);
    }

    @Test
    void theCoordinatingAgencyContributesWithAFileOnAPhone() throws IOException {
        String marker = marker();
        String code = issue("snv", List.of("stp"), "Rà soát quy trình nội bộ " + marker, clock.today().plusMonths(1));
        completeAs("snv-lanhdao", openTask(instanceOf(code), PlanTaskProcess.ASSIGN), Map.of(Var.OFFICER, "snv-chuyenvien",
                Var.COORDINATING_AGENCIES, List.of("stp")));
        Path document = Path.of("target", "browser-fixtures", "y-kien-so-tu-phap.pdf");
        Files.createDirectories(document.getParent());
        Files.writeString(document, "%PDF-1.4 ý kiến");
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.phone();
            browser.signIn("stp-chuyenvien", "demo");
            browser.get("/giaoviec/hop-viec?ds=cua-don-vi&q=" + marker);
            assertThat(browser.pageText()).contains("Gửi ý kiến phối hợp", "Chủ trì: Sở Nội vụ");
            ReadablePage.check(browser, "hộp việc của cơ quan phối hợp (điện thoại)");
            browser.screenshot("vai-tro-2-phoi-hop-hop-viec-dien-thoai");
            browser.click(By.cssSelector("tr.work a[href*='" + code + "']"));
            browser.waitFor(By.id("f-contribution")).sendKeys("Sở Tư pháp thống nhất; đề nghị bổ sung bước lấy ý kiến");
            browser.driver().findElement(By.cssSelector("input[type=file][name=tep]")).sendKeys(document.toAbsolutePath().toString());
            ReadablePage.check(browser, "biểu mẫu phối hợp (điện thoại)");
            browser.screenshotOf(By.cssSelector(".work-form"), "vai-tro-2-phoi-hop-bieu-mau-dien-thoai");
            browser.click(By.xpath("//button[normalize-space()='Hoàn thành']"));
            assertThat(browser.waitForPresent(By.cssSelector(".ok")).getText()).contains("Đã hoàn thành việc “Gửi ý kiến phối hợp”");
            assertThat(browser.pageText()).contains("y-kien-so-tu-phap.pdf", "Sở Tư pháp thống nhất");
            ReadablePage.check(browser, "sau khi gửi ý kiến (điện thoại)");
            browser.screenshot("vai-tro-2-phoi-hop-da-gui-dien-thoai");
        }
        assertThat(trail(code)).contains(TransitionKind.CONTRIBUTION);
    }

    @Test
    void theLeaderReturnsTheProductOnAPhoneThenApprovesTheNewOneAtADesk() {
        String code = issue("snv", List.of(), "Ban hành quy chế làm việc " + marker(), clock.today().plusMonths(1));
        completeAs("snv-lanhdao", openTask(instanceOf(code), PlanTaskProcess.ASSIGN), Map.of(Var.OFFICER, "snv-chuyenvien",
                Var.COORDINATING_AGENCIES, List.of()));
        completeAs("snv-chuyenvien", openTask(instanceOf(code), PlanTaskProcess.SUBMIT), Map.of(Var.DOCUMENT_NUMBER, "30/QĐ-SNV",
                Var.DOCUMENT_DATE, "2031-04-02", Var.PRODUCT_SUMMARY, "Quy chế làm việc của Sở"));
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.phone();
            browser.signIn("snv-lanhdao", "demo");
            browser.get("/giaoviec/nhiem-vu/" + code);
            assertThat(browser.pageText()).contains("Việc của bạn: Duyệt sản phẩm", "30/QĐ-SNV", "02/04/2031");
            WebElement reason = browser.driver().findElement(By.id("o-f-returnReason"));
            assertThat(reason.isDisplayed()).as("the reason shows only for a return").isFalse();
            browser.click(By.xpath("//label[contains(., 'Trả lại để hoàn thiện')]"));
            browser.waitFor(By.id("f-returnReason")).sendKeys("Bổ sung quy định về tiếp công dân");
            ReadablePage.check(browser, "biểu mẫu duyệt (điện thoại)");
            browser.screenshotOf(By.cssSelector(".work-form"), "vai-tro-4-lanh-dao-tra-lai-dien-thoai");
            browser.click(By.xpath("//button[normalize-space()='Hoàn thành']"));
            assertThat(browser.waitForPresent(By.cssSelector(".ok")).getText()).contains("Đã hoàn thành việc “Duyệt sản phẩm”");

            completeAs("snv-chuyenvien", openTask(instanceOf(code), PlanTaskProcess.SUBMIT), Map.of(
                    Var.DOCUMENT_NUMBER, "31/QĐ-SNV", Var.DOCUMENT_DATE, "2031-04-09",
                    Var.PRODUCT_SUMMARY, "Quy chế làm việc của Sở, đã bổ sung tiếp công dân"));
            browser.desk();
            browser.get("/giaoviec/nhiem-vu/" + code);
            assertThat(browser.pageText()).contains("Thay đổi so với lần nộp trước", "30/QĐ-SNV → 31/QĐ-SNV",
                    "bị trả lại vì: Bổ sung quy định về tiếp công dân");
            assertThat(browser.driver().findElements(By.cssSelector("input[name='f.productApproved']:checked")))
                    .as("the second review opens with nothing chosen").isEmpty();
            assertThat(browser.driver().findElement(By.id("o-f-returnReason")).isDisplayed()).isFalse();
            ReadablePage.check(browser, "lần duyệt thứ hai");
            browser.fullScreenshot("vai-tro-4-lanh-dao-duyet-lan-hai-may-tinh");
            browser.click(By.xpath("//label[contains(., 'Duyệt sản phẩm')]"));
            browser.click(By.xpath("//button[normalize-space()='Hoàn thành']"));
            assertThat(browser.waitForPresent(By.cssSelector(".ok")).getText()).contains("Đã hoàn thành việc “Duyệt sản phẩm”");
            assertThat(browser.pageText()).contains("Đã hoàn thành đúng hạn");
            ReadablePage.check(browser, "nhiệm vụ đã hoàn thành");
            browser.screenshot("vai-tro-4-lanh-dao-da-duyet-may-tinh");
        }
        assertThat(register.get(code).phase()).isEqualTo(TaskPhase.CLOSED);
    }

    @Test
    void theChiefUrgesTwoOverdueTasksDecidesAnExtensionAndWithdrawsATask() {
        String marker = marker();
        List<String> overdue = List.of(issue("stp", List.of(), "Công bố danh mục thủ tục " + marker, clock.today().plusDays(20)),
                issue("stc", List.of(), "Công khai ngân sách " + marker, clock.today().plusDays(25)));
        for (String code : overdue) {
            fire(timer(instanceOf(code), PlanTaskProcess.EVENT_OVERDUE));
        }
        // the day after the later due date: both tasks are overdue today
        String extended = issue("syt", List.of(), "Số hoá hồ sơ bệnh án " + marker, clock.today().plusMonths(2));
        java.time.LocalDate wanted = register.get(extended).dueDate().plusMonths(1);
        actions.requestExtension(extended, wanted, "Chờ hướng dẫn của Bộ Y tế",
                new vn.giaoviec.identity.UserAccess("syt-chuyenvien", java.util.Set.of("syt")));
        String withdrawn = issue("sgddt", List.of(), "Khảo sát trường học " + marker, clock.today().plusMonths(3));
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.signIn("chanhvanphong", "demo");
            browser.get("/giaoviec/hop-viec?ds=xu-ly-qua-han&q=" + marker);
            assertThat(browser.findAll(By.cssSelector("tr.work"))).hasSize(2)
                    .allMatch(row -> row.getText().contains("quá hạn"));
            ReadablePage.check(browser, "việc quá hạn của Chánh Văn phòng");
            for (WebElement box : browser.driver().findElements(By.cssSelector("input[name=viec]"))) {
                ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
                box.click();
            }
            browser.waitFor(By.id("bulk-note")).sendKeys("Đề nghị báo cáo kết quả trước thứ Sáu");
            browser.fullScreenshot("vai-tro-5-chanh-van-phong-don-doc-may-tinh");
            browser.click(By.xpath("//button[contains(., 'Đôn đốc các nhiệm vụ đã chọn')]"));
            assertThat(browser.waitForPresent(By.cssSelector(".ok")).getText()).contains("Đã đôn đốc 2 nhiệm vụ");
            ReadablePage.check(browser, "sau khi đôn đốc");
            browser.screenshot("vai-tro-5-chanh-van-phong-da-don-doc-may-tinh");

            browser.get("/giaoviec/nhiem-vu/" + extended);
            assertThat(browser.pageText()).contains("Việc của bạn: Quyết định gia hạn", "Chờ hướng dẫn của Bộ Y tế");
            browser.click(By.xpath("//label[contains(., 'Đồng ý gia hạn')]"));
            assertThat(browser.waitFor(By.id("f-newDueDate")).getAttribute("value")).isEqualTo(wanted.toString());
            ReadablePage.check(browser, "quyết định gia hạn");
            browser.screenshotOf(By.cssSelector(".work-form"), "vai-tro-5-chanh-van-phong-gia-han-may-tinh");
            browser.click(By.xpath("//button[normalize-space()='Hoàn thành']"));
            assertThat(browser.waitForPresent(By.cssSelector(".ok")).getText()).contains("Đã hoàn thành việc “Quyết định gia hạn”");

            browser.phone();
            browser.get("/giaoviec/nhiem-vu/" + withdrawn);
            browser.waitFor(By.id("withdrawal-reason")).sendKeys("Trùng với nhiệm vụ của Sở Nội vụ");
            browser.click(By.xpath("//button[contains(., 'Thu hồi nhiệm vụ')]"));
            assertThat(browser.waitForPresent(By.cssSelector(".ok")).getText()).contains("Đã thu hồi nhiệm vụ");
            ReadablePage.check(browser, "nhiệm vụ đã thu hồi (điện thoại)");
            browser.screenshot("vai-tro-5-chanh-van-phong-thu-hoi-dien-thoai");
        }
        for (String code : overdue) {
            assertThat(trail(code)).contains(TransitionKind.URGED);
        }
        assertThat(register.get(extended).dueDate()).isAfterOrEqualTo(wanted);
        assertThat(register.get(withdrawn).phase()).isEqualTo(TaskPhase.WITHDRAWN);
    }

    @Test
    void homeAffairsFollowsThePlanOnAPhoneWithoutSidewaysScrolling() {
        int year = clock.today().getYear() + 1;
        StringBuilder plan = new StringBuilder("Kế hoạch cải cách hành chính năm " + year + " " + marker() + "\n"
                + "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành\n"
                + "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH\n");
        String[] leads = {"Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Y tế", "UBND huyện Long Hồ"};
        for (int i = 1; i <= 60; i++) {
            plan.append(i).append("\tTriển khai nhiệm vụ cải cách hành chính số ").append(i).append(" của cơ quan\t")
                    .append(leads[i % leads.length]).append("\t\tBáo cáo kết quả\tQuý ").append(i % 4 == 0 ? "IV" : "II")
                    .append("/").append(year).append("\n");
        }
        long planId = importer.commit("ke-hoach-" + year + ".txt", plan.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                null, Map.of(), false, "demo").id();
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.phone();
            browser.signIn("snv-lanhdao", "demo");
            ReadablePage.check(browser, "hộp việc của lãnh đạo Sở Nội vụ (điện thoại)");
            browser.get("/giaoviec/ke-hoach");
            ReadablePage.check(browser, "danh sách kế hoạch (điện thoại)");
            browser.screenshot("vai-tro-6-so-noi-vu-ke-hoach-dien-thoai");
            browser.get("/giaoviec/ke-hoach/" + planId);
            assertThat(browser.pageText()).contains("Theo cơ quan chủ trì", "Danh sách nhiệm vụ");
            ReadablePage.check(browser, "bảng theo dõi kế hoạch (điện thoại)");
            assertThat(browser.pageHeight()).as("the plan dashboard at 390 px").isLessThan(12_000);
            browser.fullScreenshot("vai-tro-6-so-noi-vu-bang-theo-doi-dien-thoai");
            browser.desk();
            ReadablePage.check(browser, "bảng theo dõi kế hoạch");
            browser.screenshot("vai-tro-6-so-noi-vu-bang-theo-doi-may-tinh");
        } finally {
            register.ofPlan(planId).forEach(task -> runtimeService.deleteProcessInstanceIfExists(task.processInstanceId(),
                    "Kết thúc kiểm thử", true, true, true, false));
        }
    }

    private Path photo() throws IOException {
        Path photo = Path.of("target", "browser-fixtures", "anh-ke-hoach.jpg");
        Files.createDirectories(photo.getParent());
        Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        return photo;
    }

    private static String marker() {
        return "v" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    static void scrollTop(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
    }
}
