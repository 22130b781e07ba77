package vn.giaoviec.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.notification.delivery.DeliverySender;
import vn.giaoviec.testsupport.Browser;

/**
 * In Chromium, in Vietnamese, on a desk and on a 390 px phone: a leader of Sở Tài chính sees the bell's
 * count on a Giao Việc page, opens the list, opens the overdue task from it (the count drops), reads
 * the mail in the demo mailbox and sets how to be told. Screenshots: target/browser-screenshots/thong-bao-*.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NotificationBrowserTest extends LifecycleTestSupport {

    @LocalServerPort int port;
    @Autowired DeliverySender sender;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theBellShowsTheCountAndTheListOpensTheTask() {
        String leader = TestPeople.create(identityService, "pgd", "Phó Giám đốc", "Sở Tài chính", "stc", "stc-lanhdao");
        setClock(LocalDateTime.of(2030, 3, 1, 9, 0));
        String quiet = newCode();
        start(task(quiet, "stc", List.of(), LocalDate.of(2030, 6, 28)));
        String late = newCode();
        var instance = start(task(late, "stc", List.of(), LocalDate.of(2030, 3, 29)));
        fire(timer(instance, PlanTaskProcess.EVENT_OVERDUE));
        sender.sendDue();
        ClockUtil.reset();

        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.loginToTasklist(leader, "demo");
            browser.get("/giaoviec/ke-hoach");
            assertThat(bell(browser)).isEqualTo("Thông báo 3");
            browser.screenshot("thong-bao-1-chuong-may-tinh");

            browser.click(By.cssSelector("header a.bell"));
            assertThat(browser.pageText()).contains("Thông báo (3 chưa đọc)", "Quá hạn: nhiệm vụ " + late + " (lần 1)",
                    "Nhiệm vụ mới " + quiet, "đã quá hạn hoàn thành (29/03/2030)");
            browser.screenshot("thong-bao-2-danh-sach-may-tinh");

            browser.click(By.xpath("//a[contains(., 'Quá hạn: nhiệm vụ " + late + "')]"));
            browser.waitForPresent(By.xpath("//h1[contains(., 'Xây dựng kế hoạch kiểm tra CCHC')]"));
            assertThat(browser.pageText()).contains(late, "Đang thực hiện quá hạn");
            assertThat(bell(browser)).isEqualTo("Thông báo 2");
            browser.screenshot("thong-bao-3-nhiem-vu-may-tinh");

            browser.resize(390, 844);
            browser.get("/giaoviec/thong-bao");
            assertThat(browser.pageText()).contains("Thông báo (2 chưa đọc)", "Tắt thư, tin nhắn về nhiệm vụ này");
            assertThat(pageWidth(browser)).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
            browser.screenshot("thong-bao-4-danh-sach-dien-thoai");

            browser.click(By.xpath("//a[contains(., 'Nhiệm vụ mới " + quiet + "')]"));
            browser.waitForPresent(By.xpath("//span[@class='code' and normalize-space(.)='" + quiet + "']"));
            browser.screenshot("thong-bao-5-nhiem-vu-dien-thoai");

            browser.get("/giaoviec/hop-thu-thu");
            assertThat(browser.pageText()).contains("Hộp thư thử", "Quá hạn: nhiệm vụ " + late, "Tải thư (.eml)");
            assertThat(pageWidth(browser)).isLessThanOrEqualTo(390);
            browser.screenshot("thong-bao-6-hop-thu-thu-dien-thoai");

            browser.get("/giaoviec/thong-bao/cai-dat");
            assertThat(browser.pageText()).contains("Cài đặt nhận thông báo", "Quá hạn, chuyển Chánh Văn phòng",
                    "Lịch công việc của bạn");
            assertThat(pageWidth(browser)).isLessThanOrEqualTo(390);
            browser.screenshot("thong-bao-7-cai-dat-dien-thoai");
            browser.resize(1400, 1000);
            browser.get("/giaoviec/thong-bao/cai-dat");
            browser.screenshot("thong-bao-8-cai-dat-may-tinh");
        }
    }

    private static String bell(Browser browser) {
        return browser.waitFor(By.cssSelector("header a.bell")).getText().replaceAll("\\s+", " ").strip();
    }

    private static long pageWidth(Browser browser) {
        return ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
    }

}
