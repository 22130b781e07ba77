package vn.giaoviec.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.testsupport.WebappSession;

/**
 * The inbox over HTTP, as each role reads it: every row recognisable (code, title, lead agency, step,
 * due date dd/mm/yyyy, status word), sorted by due date, the lists issue 12 found missing work in
 * (an officer's own overdue work, the Chánh Văn phòng's escalations, returned work), search by code,
 * title and document number, pages. Each test titles its tasks with a marker of its own and searches
 * for it, so tasks of other tests in the shared application do not count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InboxPageTest extends LifecycleTestSupport {

    @Autowired TestRestTemplate rest;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aLeaderSeesEachRowRecognisablySortedByDueDate() {
        String marker = marker();
        LocalDate today = clock.today();
        String later = start("stp", marker + " rà soát thủ tục", today.plusMonths(3));
        String sooner = start("stp", marker + " kiểm tra công vụ", today.plusMonths(1));

        String page = page("stp-lanhdao", "cua-don-vi", marker);

        List<String> codes = codesIn(page);
        assertThat(codes).containsExactly(sooner, later);
        assertThat(page).contains(marker + " kiểm tra công vụ", "Chủ trì: <span>Sở Tư pháp</span>", "Phân công xử lý",
                format(register.get(sooner).dueDate()), "trong hạn");
        assertThat(page).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void withNothingOfTheirOwnAPersonStartsOnTheAgencysWork() {
        String marker = marker();
        String code = start("stp", marker + " rà soát thủ tục", clock.today().plusMonths(2));
        String opened = WebappSession.signedIn(rest, null, "stp-lanhdao", "demo").getPage("/giaoviec/hop-viec?q=" + marker)
                .getBody();
        assertThat(opened).containsPattern("aria-current=\"page\"[^>]*>\\s*<span>Việc của đơn vị</span>");
        assertThat(codesIn(opened)).containsExactly(code);

        assign(code, "stp");
        String officers = WebappSession.signedIn(rest, null, "stp-chuyenvien", "demo").getPage("/giaoviec/hop-viec?q=" + marker)
                .getBody();
        assertThat(officers).as("their own work first").containsPattern("aria-current=\"page\"[^>]*>\\s*<span>Việc của tôi</span>");
        assertThat(codesIn(officers)).containsExactly(code);
    }

    @Test
    void anOfficersOwnWorkIsInMineSoonAndOverdue() {
        String marker = marker();
        LocalDate today = clock.today();
        String code = start("stp", marker + " báo cáo chuyên đề", today.plusDays(40));
        assign(code, "stp");

        assertThat(codesIn(page("stp-chuyenvien", "cua-toi", marker))).containsExactly(code);
        assertThat(codesIn(page("stp-chuyenvien", "qua-han", marker))).isEmpty();

        setClock(register.get(code).dueDate().minusDays(1).atTime(9, 0));
        String soon = page("stp-chuyenvien", "sap-den-han", marker);
        assertThat(codesIn(soon)).containsExactly(code);
        assertThat(soon).contains("sắp đến hạn");

        setClock(register.get(code).dueDate().plusDays(2).atTime(9, 0));
        String overdue = page("stp-chuyenvien", "qua-han", marker);
        assertThat(codesIn(overdue)).containsExactly(code);
        assertThat(overdue).contains("quá hạn", "Nộp sản phẩm");
    }

    @Test
    void theChiefOfOfficeFindsEscalationsInOverdueAndInTheirOwnList() {
        String marker = marker();
        String code = start("stp", marker + " số hoá hồ sơ", clock.today().plusDays(10));
        ProcessInstance instance = instanceOf(code);
        fire(timer(instance, PlanTaskProcess.EVENT_OVERDUE));

        String overdue = page("chanhvanphong", "qua-han", marker);
        assertThat(codesIn(overdue)).contains(code);
        assertThat(overdue).contains("Xử lý nhiệm vụ quá hạn");
        assertThat(codesIn(page("chanhvanphong", "xu-ly-qua-han", marker))).containsExactly(code);
    }

    @Test
    void returnedWorkIsListedAsReturned() {
        String marker = marker();
        String code = start("stp", marker + " quy chế phối hợp", clock.today().plusMonths(2));
        assign(code, "stp");
        ProcessInstance instance = instanceOf(code);
        completeAs("stp-chuyenvien", openTask(instance, PlanTaskProcess.SUBMIT), Map.of(
                PlanTaskProcess.Var.DOCUMENT_NUMBER, "7/QC-STP", PlanTaskProcess.Var.DOCUMENT_DATE, clock.today().toString(),
                PlanTaskProcess.Var.PRODUCT_SUMMARY, "Quy chế"));
        completeAs("stp-lanhdao", openTask(instance, PlanTaskProcess.REVIEW), Map.of(
                PlanTaskProcess.Var.PRODUCT_APPROVED, false, PlanTaskProcess.Var.RETURN_REASON, "Thiếu phụ lục"));

        String returned = page("stp-chuyenvien", "bi-tra-lai", marker);
        assertThat(codesIn(returned)).containsExactly(code);
        assertThat(returned).contains("bị trả lại");
    }

    @Test
    void searchFindsByCodeTitleAndDocumentNumber() {
        String marker = marker();
        String code = start("stp", marker + " đề án tinh giản", clock.today().plusMonths(2));
        assign(code, "stp");
        runtimeService.setVariable(instanceOf(code).getId(), PlanTaskProcess.Var.DOCUMENT_NUMBER, marker + "/QĐ-UBND");

        assertThat(codesIn(page("stp-chuyenvien", "cua-toi", code.toLowerCase()))).containsExactly(code);
        assertThat(codesIn(page("stp-chuyenvien", "cua-toi", marker.toUpperCase() + " ĐỀ ÁN"))).containsExactly(code);
        assertThat(codesIn(page("stp-chuyenvien", "cua-toi", marker + "/QĐ"))).containsExactly(code);
    }

    @Test
    void anotherAgencysWorkIsNeverListed() {
        String marker = marker();
        start("snv", marker + " của Sở Nội vụ", clock.today().plusMonths(2));
        for (String list : new String[] {"cua-toi", "cua-don-vi", "sap-den-han", "qua-han", "bi-tra-lai"}) {
            String page = page("stp-lanhdao", list, marker);
            assertThat(codesIn(page)).as(list).isEmpty();
            assertThat(page).doesNotContain("của Sở Nội vụ");
        }
    }

    @Test
    void workSomeoneHasTakenLeavesTheUnitListOfTheOthers() {
        String marker = marker();
        String code = issue("stp", List.of("stc"), marker + " góp ý dự thảo", clock.today().plusMonths(2));
        completeAs("stp-lanhdao", openTask(instanceOf(code), PlanTaskProcess.ASSIGN), Map.of(PlanTaskProcess.Var.OFFICER,
                "stp-chuyenvien", PlanTaskProcess.Var.COORDINATING_AGENCIES, List.of("stc")));
        assertThat(codesIn(page("stc-chuyenvien", "cua-don-vi", marker))).containsExactly(code);
        assertThat(codesIn(page("stc-lanhdao", "cua-don-vi", marker))).containsExactly(code);

        taskService.claim(openTask(instanceOf(code), PlanTaskProcess.CONTRIBUTE).getId(), "stc-lanhdao");

        assertThat(codesIn(page("stc-chuyenvien", "cua-don-vi", marker))).as("held by the leader now").isEmpty();
        assertThat(codesIn(page("stc-chuyenvien", "cua-toi", marker))).isEmpty();
        assertThat(codesIn(page("stc-lanhdao", "cua-toi", marker))).containsExactly(code);
        assertThat(codesIn(page("stc-lanhdao", "cua-don-vi", marker))).isEmpty();
    }

    @Test
    void twentyFiveTasksTakeTwoPages() {
        String marker = marker();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            codes.add(start("stp", marker + " việc " + i, clock.today().plusDays(30 + i)));
        }
        WebappSession leader = WebappSession.signedIn(rest, null, "stp-lanhdao", "demo");
        String first = leader.getPage("/giaoviec/hop-viec?ds=cua-don-vi&q=" + marker).getBody();
        String second = leader.getPage("/giaoviec/hop-viec?ds=cua-don-vi&q=" + marker + "&trang=2").getBody();
        assertThat(codesIn(first)).containsExactlyElementsOf(codes.subList(0, 20));
        assertThat(codesIn(second)).containsExactlyElementsOf(codes.subList(20, 25));
        assertThat(first).contains("Trang <span>1</span>/<span>2</span>", "Trang sau");
        assertThat(first).containsPattern("Việc của đơn vị</span> <span class=\"count\">25<");
        // an old link past the last page (the list has shrunk since): the last page, with the counts
        String past = leader.getPage("/giaoviec/hop-viec?ds=cua-don-vi&q=" + marker + "&trang=7").getBody();
        assertThat(codesIn(past)).containsExactlyElementsOf(codes.subList(20, 25));
        assertThat(past).contains("Trang <span>2</span>/<span>2</span>")
                .containsPattern("Việc của đơn vị</span> <span class=\"count\">25<");
    }

    private String start(String agency, String title, LocalDate due) {
        return issue(agency, List.of(), title, due);
    }

    private void assign(String code, String agency) {
        completeAs(agency + "-lanhdao", openTask(instanceOf(code), PlanTaskProcess.ASSIGN), Map.of(
                PlanTaskProcess.Var.OFFICER, agency + "-chuyenvien", PlanTaskProcess.Var.COORDINATING_AGENCIES, List.of()));
    }

    private String page(String user, String list, String search) {
        WebappSession session = WebappSession.signedIn(rest, null, user, "demo");
        var answer = session.getPage("/giaoviec/hop-viec?ds=" + list + "&q=" + search);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return answer.getBody();
    }

    /** Task codes of the rows, in order. */
    private static List<String> codesIn(String page) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = Pattern.compile("<td class=\"code\" data-label=\"Mã\">([^<]+)</td>").matcher(page);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    private static String marker() {
        return "hv" + Long.toString(System.nanoTime(), 36);
    }

    private static String format(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
