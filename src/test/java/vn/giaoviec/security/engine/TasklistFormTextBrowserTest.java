package vn.giaoviec.security.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.plan.Plan;
import vn.giaoviec.plan.PlanImporter;
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
}
