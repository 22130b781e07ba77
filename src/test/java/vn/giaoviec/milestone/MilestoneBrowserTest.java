package vn.giaoviec.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.TaskLauncher;
import vn.giaoviec.testsupport.Browser;

/**
 * Sở Tư pháp's officer in Chromium (Vietnamese), on a desk and on a 390 px phone, on 03/07/2031 with a
 * task "Định kỳ hằng quý": Quý I reported on time, Quý II overdue and waiting for them, Quý III and IV
 * not yet due. The officer reads the milestones, reports Quý II from the task page and sees it late.
 * Screenshots: target/browser-screenshots/moc-*.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MilestoneBrowserTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @LocalServerPort int port;
    @Autowired TaskLauncher launcher;
    @Autowired MilestoneRegister milestones;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;

    @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

    /** The context serves other test classes: the processes started here end here. */
    @AfterEach
    void endWhatWasStarted() {
        ClockUtil.reset();
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike("MB-%").list()
                .forEach(i -> runtimeService.deleteProcessInstance(i.getId(), "Kết thúc kiểm thử", true, true));
    }

    @Test
    void theOfficerReadsTheMilestonesAndReportsTheOverdueOneOnDeskAndPhone() {
        setClock(LocalDateTime.of(2031, 1, 2, 9, 0));
        String code = "MB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        launcher.start(new NewTask(code, null, null, null, "Tuyên truyền cải cách hành chính trên Cổng thông tin", "I",
                "stp", List.of(), "Báo cáo kết quả", "Định kỳ hằng quý", LocalDate.of(2031, 12, 31),
                DeadlineKind.PERIODIC), "demo");
        setClock(LocalDateTime.of(2031, 3, 28, 10, 0));
        report(code, 1, "Đã đăng 12 tin bài về CCHC");
        setClock(LocalDateTime.of(2031, 7, 3, 9, 0));
        // Quý II opened the day after Quý I's date; its reminder and overdue timers have not run here
        managementService.executeJob(managementService.createJobQuery().processInstanceId(
                milestones.get(code, 2).processInstanceId()).activityId(MilestoneProcess.EVENT_OPENS).singleResult().getId());

        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.signIn("stp-chuyenvien", "demo");
            browser.get("/giaoviec/nhiem-vu/" + code);
            browser.waitForPresent(By.id("moc"));
            String text = browser.pageText();
            assertThat(text).contains("Các mốc thực hiện (4 mốc)", "Quý I/2031", "31/03/2031", "Đã báo cáo đúng hạn",
                    "Đã đăng 12 tin bài về CCHC", "Quý II/2031", "30/06/2031", "Quá hạn, chưa báo cáo", "Quý III/2031",
                    "Chưa đến hạn", "Quý IV/2031", "31/12/2031", "Báo cáo kết quả mốc Quý II/2031");
            assertThat(browser.overflowWidth()).as("no sideways scrolling on a desk").isZero();
            browser.fullScreenshot("moc-1-trang-nhiem-vu-may-tinh");

            browser.phone();
            assertThat(browser.overflowWidth()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
            browser.screenshotOf(By.id("moc"), "moc-2-cac-moc-dien-thoai");
            browser.waitForPresent(By.cssSelector("#viec textarea")).sendKeys("Đã đăng 9 tin bài quý II, chậm do thay biên tập viên");
            browser.click(By.xpath("//section[@id='viec']//button[normalize-space(.)='Hoàn thành']"));
            browser.waitForPresent(By.cssSelector("div.ok"));
            assertThat(browser.pageText()).contains("Đã báo cáo quá hạn", "ngày 03/07/2031",
                    "Đã đăng 9 tin bài quý II, chậm do thay biên tập viên");
            assertThat(browser.overflowWidth()).isLessThanOrEqualTo(0);
            browser.screenshotOf(By.id("moc"), "moc-3-da-bao-cao-dien-thoai");
        }
        assertThat(milestones.get(code, 2).status()).isEqualTo(MilestoneStatus.DONE_LATE);
    }

    private void report(String code, int seq, String result) {
        identityService.setAuthentication("stp-chuyenvien", List.of("stp"));
        try {
            taskService.complete(taskService.createTaskQuery().processInstanceId(milestones.get(code, seq)
                    .processInstanceId()).singleResult().getId(), Map.of(MilestoneProcess.Var.RESULT, result));
        } finally {
            identityService.clearAuthentication();
        }
    }

    static void setClock(LocalDateTime localTime) {
        ClockUtil.setCurrentTime(Date.from(localTime.atZone(VIETNAM).toInstant()));
    }
}
