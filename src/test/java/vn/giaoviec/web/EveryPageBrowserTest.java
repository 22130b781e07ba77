package vn.giaoviec.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.lifecycle.PlanTaskProcess.Var;
import vn.giaoviec.testsupport.Browser;
import vn.giaoviec.testsupport.PageCrawl;
import vn.giaoviec.testsupport.ScreenLanguage;

/**
 * Every Giao Việc page each role can reach by following links — the inbox and its lists, task
 * pages with their forms, plans, notifications, settings, the demo mailbox, the import and events pages
 * — read on a 390 px phone in Chromium in Vietnamese: no English word of the usual kind, no ISO date,
 * no enum constant, no login where a person belongs, and nothing wider than the phone. New pages are
 * covered as soon as something links to them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EveryPageBrowserTest extends LifecycleTestSupport {

    static final List<String> START = List.of("/giaoviec/hop-viec", "/giaoviec/ke-hoach", "/giaoviec/thong-bao",
            "/giaoviec/thong-bao/cai-dat", "/giaoviec/hop-thu-thu", "/giaoviec/ke-hoach/nhap", "/giaoviec/su-kien");
    static final List<String> LOGINS = List.of("snv-chuyenvien", "snv-lanhdao", "stp-chuyenvien", "stp-lanhdao",
            "stc-chuyenvien", "stc-lanhdao", "chanhvanphong", "demo");

    @LocalServerPort int port;

    @BeforeEach
    void tasksInEveryState() {
        setClock(LocalDateTime.of(2030, 3, 1, 9, 0));
        // waiting for assignment, with a coordinator
        issue("snv", List.of("stp"), "Rà soát quy chế phối hợp", LocalDate.of(2030, 6, 28));
        // assigned, coordination open at Sở Tư pháp
        assign(issue("snv", List.of("stp"), "Xây dựng bộ chỉ số đánh giá", LocalDate.of(2030, 6, 28)));
        // assigned, Sở Tư pháp has contributed, the officer of Sở Nội vụ submits the product
        String working = assign(issue("snv", List.of("stp"), "Đo lường sự hài lòng", LocalDate.of(2030, 5, 29)));
        completeAs("stp-chuyenvien", openTask(instanceOf(working), PlanTaskProcess.CONTRIBUTE),
                Map.of(Var.CONTRIBUTION, "Sở Tư pháp thống nhất nội dung dự thảo"));
        // overdue and escalated to the Chánh Văn phòng
        ProcessInstance late = instanceOf(issue("stc", List.of(), "Công khai ngân sách", LocalDate.of(2030, 3, 29)));
        fire(timer(late, PlanTaskProcess.EVENT_OVERDUE));
        ClockUtil.reset();
    }

    private String assign(String code) {
        completeAs("snv-lanhdao", openTask(instanceOf(code), PlanTaskProcess.ASSIGN), Map.of(
                Var.OFFICER, "snv-chuyenvien", Var.COORDINATING_AGENCIES, List.of("stp"),
                Var.ASSIGNMENT_NOTE, "Bám sát hướng dẫn của Bộ Nội vụ"));
        return code;
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"snv-chuyenvien", "snv-lanhdao", "stp-chuyenvien", "chanhvanphong", "demo"})
    void everyPageARoleReachesReadsInVietnameseOnAPhone(String user) {
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.phone();
            browser.signIn(user, "demo");
            PageCrawl crawl = new PageCrawl(browser, ScreenLanguage.withLogins(LOGINS), "http://localhost:" + port)
                    .walk(START);
            System.out.printf("%s: %d trang đã đọc%n", user, crawl.visited().size());
            assertThat(crawl.visited()).as("pages %s reached", user).hasSizeGreaterThan(START.size());
            if (!user.equals("demo")) { // the administrator holds no agency's work
                assertThat(crawl.visited()).as("task pages %s reached", user).anyMatch(url -> url.contains("/giaoviec/nhiem-vu/"));
            }
            assertThat(crawl.findings()).as("what %s would stumble on", user).isEmpty();
        }
    }
}
