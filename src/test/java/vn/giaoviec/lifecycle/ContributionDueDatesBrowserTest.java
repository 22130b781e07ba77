package vn.giaoviec.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.register.TransitionKind;
import vn.giaoviec.testsupport.Browser;
import vn.giaoviec.testsupport.ReadablePage;

/**
 * Per-agency due dates in Chromium, as the lead agency's leader meets them: when assigning, one date
 * for all coordinating agencies and, for Sở Tài chính, a date of its own ("Thêm một dòng"); later, on
 * the task page, a new date for Sở Tư pháp ("Đổi hạn gửi ý kiến"), which its officer then sees in the
 * inbox. Screenshots at a desk's and a phone's width: target/browser-screenshots/han-rieng-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContributionDueDatesBrowserTest extends LifecycleTestSupport {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort int port;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theLeadLeaderGivesEachAgencyItsDateThenMovesOne() {
        String code = issue("snv", List.of("stp", "stc"), "Rà soát quy trình nội bộ giải quyết thủ tục hành chính",
                clock.today().plusMonths(2));
        ProcessInstance instance = instanceOf(code);
        LocalDate forAll = clock.today().plusDays(7);
        LocalDate forFinance = clock.today().plusDays(14);
        LocalDate moved = clock.today().plusDays(21);
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.desk();
            browser.signIn("snv-lanhdao", "demo");
            browser.get("/giaoviec/nhiem-vu/" + code);
            new Select(browser.waitFor(By.id("f-officer"))).selectByVisibleText(
                    browser.optionText(By.id("f-officer"), "Chuyên viên Sở Nội vụ"));
            browser.setDate(By.id("f-contributionDueDate"), forAll);
            assertThat(browser.findAllNow(By.id("f-contributionDueDates-0--agency")).get(0).isDisplayed()).isFalse();
            browser.click(By.xpath("//button[normalize-space()='Thêm một dòng']"));
            new Select(browser.waitFor(By.id("f-contributionDueDates-0--agency"))).selectByVisibleText("Sở Tài chính");
            browser.setDate(By.id("f-contributionDueDates-0--dueDate"), forFinance);
            ReadablePage.check(browser, "biểu mẫu phân công có hạn riêng");
            browser.screenshotOf(By.id("o-f-contributionDueDate"), "han-rieng-1-phan-cong-may-tinh");
            browser.phone();
            ReadablePage.check(browser, "biểu mẫu phân công trên điện thoại");
            browser.screenshotOf(By.id("o-f-contributionDueDate"), "han-rieng-2-phan-cong-dien-thoai");
            browser.desk();

            browser.click(By.xpath("//button[normalize-space()='Hoàn thành']"));
            assertThat(browser.waitForPresent(By.cssSelector(".ok")).getText()).contains("Đã hoàn thành việc “Phân công xử lý”");
            assertThat(browser.waitFor(By.id("phoi-hop")).getText()).contains(
                    "Sở Tư pháp — hạn gửi ý kiến " + DAY.format(forAll),
                    "Sở Tài chính — hạn gửi ý kiến " + DAY.format(forFinance));

            browser.setDate(By.id("han-stp"), moved);
            browser.click(By.xpath("//input[@value='stp']/following-sibling::button[normalize-space()='Đổi hạn gửi ý kiến']"));
            assertThat(browser.waitForPresent(By.cssSelector(".ok")).getText())
                    .contains("Đã đổi hạn gửi ý kiến phối hợp thành " + DAY.format(moved));
            assertThat(browser.waitFor(By.id("phoi-hop")).getText()).contains(
                    "Sở Tư pháp — hạn gửi ý kiến " + DAY.format(moved),
                    "Sở Tài chính — hạn gửi ý kiến " + DAY.format(forFinance));
            assertThat(browser.waitFor(By.id("lich-su")).getText()).contains("Đổi hạn gửi ý kiến phối hợp",
                    "Sở Tư pháp: hạn gửi ý kiến " + DAY.format(forAll) + " → " + DAY.format(moved));
            ReadablePage.check(browser, "trang nhiệm vụ sau khi đổi hạn");
            browser.screenshotOf(By.id("phoi-hop"), "han-rieng-3-doi-han-may-tinh");
            browser.phone();
            ReadablePage.check(browser, "trang nhiệm vụ sau khi đổi hạn, trên điện thoại");
            browser.screenshotOf(By.id("phoi-hop"), "han-rieng-4-doi-han-dien-thoai");

            browser.signIn("stp-chuyenvien", "demo");
            // found as an officer finds one task among the agency's many: by its code in the search box
            browser.get("/giaoviec/hop-viec?ds=cua-don-vi&q=" + code);
            assertThat(browser.waitFor(By.xpath("//tr[contains(., '" + code + "')]")).getText())
                    .contains("Gửi ý kiến phối hợp", DAY.format(moved));
            browser.screenshotOf(By.xpath("//tr[contains(., '" + code + "')]"), "han-rieng-5-hop-viec-dien-thoai");
        }
        assertTimersAsTheStateNeeds(instance);
        assertThat(trail(code)).contains(TransitionKind.CONTRIBUTION_DUE_DATE_CHANGED);
    }
}
