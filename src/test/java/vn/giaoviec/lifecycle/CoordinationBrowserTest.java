package vn.giaoviec.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
 * Coordination in Chromium, as the three leaders meet it: the lead agency's leader sets the date the
 * coordinating agencies must answer by (a date in the past is refused on the form), a coordinating
 * agency's leader gives its request to one of its officers, and once the requests are overdue the
 * lead agency's leader sees which agency is late and ends coordination without it. Screenshots:
 * target/browser-screenshots/phoi-hop-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CoordinationBrowserTest extends LifecycleTestSupport {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort int port;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theLeadersSetTheDateGiveTheRequestToAnOfficerAndEndCoordinationWithoutTheLateAgency() {
        String code = issue("snv", List.of("stp", "stc"), "Rà soát quy trình nội bộ giải quyết thủ tục hành chính",
                clock.today().plusMonths(2));
        ProcessInstance instance = instanceOf(code);
        LocalDate answerBy = clock.today().plusDays(7);
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.signIn("snv-lanhdao", "demo");
            browser.get("/giaoviec/nhiem-vu/" + code);
            new Select(browser.waitFor(By.id("f-officer"))).selectByVisibleText(
                    browser.optionText(By.id("f-officer"), "Chuyên viên Sở Nội vụ"));
            browser.setDate(By.id("f-contributionDueDate"), clock.today());
            browser.click(By.xpath("//button[normalize-space()='Hoàn thành']"));
            assertThat(browser.waitForPresent(By.cssSelector(".work-form")).getText())
                    .contains("Hạn gửi ý kiến phối hợp phải sau hôm nay");
            browser.fullScreenshot("phoi-hop-1-han-khong-hop-le");

            browser.setDate(By.id("f-contributionDueDate"), answerBy);
            browser.click(By.xpath("//button[normalize-space()='Hoàn thành']"));
            assertThat(browser.waitForPresent(By.cssSelector(".ok")).getText()).contains("Đã hoàn thành việc “Phân công xử lý”");
            assertThat(browser.waitFor(By.id("phoi-hop")).getText())
                    .contains("Sở Tư pháp — hạn gửi ý kiến " + DAY.format(answerBy), "Sở Tài chính");
            ReadablePage.check(browser, "trang nhiệm vụ sau khi phân công");
            browser.fullScreenshot("phoi-hop-2-da-phan-cong");

            browser.signIn("stp-lanhdao", "demo");
            browser.get("/giaoviec/nhiem-vu/" + code);
            new Select(browser.waitFor(By.cssSelector("#phoi-hop select"))).selectByVisibleText(
                    browser.optionText(By.cssSelector("#phoi-hop select"), "Chuyên viên Sở Tư pháp"));
            browser.click(By.xpath("//button[normalize-space()='Giao cho cán bộ']"));
            assertThat(browser.waitForPresent(By.cssSelector(".ok")).getText())
                    .contains("Đã giao việc gửi ý kiến phối hợp cho cán bộ");
            ReadablePage.check(browser, "trang nhiệm vụ của lãnh đạo cơ quan phối hợp");
            browser.fullScreenshot("phoi-hop-3-giao-can-bo");

            passTimeThrough(instance, lastOverdueTimer(instance));
            browser.signIn("snv-lanhdao", "demo");
            browser.get("/giaoviec/nhiem-vu/" + code);
            assertThat(browser.waitFor(By.id("phoi-hop")).getText())
                    .contains("Cơ quan phối hợp Sở Tư pháp chưa gửi ý kiến, quá hạn " + DAY.format(answerBy),
                            "Cơ quan phối hợp Sở Tài chính chưa gửi ý kiến, quá hạn " + DAY.format(answerBy));
            browser.fullScreenshot("phoi-hop-4-qua-han");
            browser.click(By.xpath("//button[normalize-space()='Kết thúc lấy ý kiến phối hợp']"));
            assertThat(browser.waitForPresent(By.cssSelector(".ok")).getText())
                    .contains("Đã kết thúc lấy ý kiến phối hợp");
            ReadablePage.check(browser, "trang nhiệm vụ sau khi kết thúc lấy ý kiến");
            browser.fullScreenshot("phoi-hop-5-ket-thuc");
        }
        assertThat(openTasks(instance, PlanTaskProcess.SUBMIT)).hasSize(1);
        assertThat(trail(code)).contains(TransitionKind.CONTRIBUTION_ASSIGNED, TransitionKind.CONTRIBUTION_OVERDUE,
                TransitionKind.COORDINATION_CLOSED);
    }

    private Job lastOverdueTimer(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
                .filter(j -> managementService.createJobDefinitionQuery().jobDefinitionId(j.getJobDefinitionId())
                        .singleResult().getActivityId().equals(PlanTaskProcess.EVENT_CONTRIBUTION_OVERDUE))
                .max(java.util.Comparator.comparing(Job::getDuedate)).orElseThrow();
    }
}
