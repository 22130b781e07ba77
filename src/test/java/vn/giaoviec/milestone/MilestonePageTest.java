package vn.giaoviec.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.testsupport.WebappSession;

/**
 * The milestones of Sở Tư pháp's task "Quý II, III năm 2031" where people look: the task page lists
 * them (label, dd/mm/yyyy, status in words), the first is the lead agency's work in its inbox and on
 * the page, reported there; another agency sees neither the task nor the milestone; approving the task
 * or closing it at the year end ends its open milestones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MilestonePageTest extends LifecycleTestSupport {

    @Autowired TestRestTemplate rest;
    @Autowired MilestoneRegister milestones;
    @Autowired vn.giaoviec.yearend.TaskYearEnd yearEnd;

    String code;
    String title;

    @BeforeEach
    void issue() {
        setClock(LocalDateTime.of(2031, 1, 2, 9, 0));
        code = "MP-" + UUID.randomUUID().toString().substring(0, 8);
        title = "Rà soát thủ tục hành chính " + code;
        launcher.start(new NewTask(code, null, null, null, title, "I", "stp", List.of(), "Báo cáo",
                "Quý II, III năm 2031", LocalDate.of(2031, 9, 30), DeadlineKind.MULTIPLE), "demo");
    }

    /** The context serves other test classes: the processes started here end here. */
    @AfterEach
    void endWhatWasStarted() {
        ClockUtil.reset();
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(code + "%").list()
                .forEach(i -> runtimeService.deleteProcessInstance(i.getId(), "Kết thúc kiểm thử", true, true));
    }

    @Test
    void theTaskPageListsTheMilestonesAndTheOfficerReportsTheFirst() {
        WebappSession officer = session("stp-chuyenvien");
        String page = officer.getPage("/giaoviec/nhiem-vu/" + code).getBody();
        assertThat(textOf(page)).contains("Các mốc thực hiện ( 2 mốc)", "Quý II/2031", "30/06/2031", "Quý III/2031",
                "30/09/2031", "Chưa đến hạn");
        assertThat(page).contains("Việc của bạn: <span>Báo cáo kết quả mốc</span>", "Báo cáo kết quả mốc Quý II/2031");

        String workId = taskService.createTaskQuery().processInstanceId(milestones.get(code, 1).processInstanceId())
                .singleResult().getId();
        setClock(LocalDateTime.of(2031, 6, 12, 10, 0));
        ResponseEntity<String> done = officer.postForm("/giaoviec/nhiem-vu/" + code + "/viec/" + workId,
                form("f.milestoneResult", "Đã rà soát 45 thủ tục", "f.milestoneLink", "45/BC-STP"));
        assertThat(done.getStatusCode().value()).isEqualTo(302);

        String after = textOf(officer.getPage("/giaoviec/nhiem-vu/" + code).getBody());
        assertThat(after).contains("Đã báo cáo đúng hạn", "ngày 12/06/2031", "Đã rà soát 45 thủ tục (45/BC-STP)");
        assertThat(milestones.get(code, 1).status()).isEqualTo(MilestoneStatus.DONE);
    }

    @Test
    void aMilestonePastItsDateReadsOverdue() {
        setClock(LocalDateTime.of(2031, 7, 2, 9, 0));
        assertThat(textOf(session("stp-lanhdao").getPage("/giaoviec/nhiem-vu/" + code).getBody()))
                .contains("Quá hạn, chưa báo cáo");
    }

    @Test
    void theInboxShowsTheMilestoneWorkWithTheTasksCodeTitleAndDueDate() {
        String inbox = session("stp-chuyenvien").getPage("/giaoviec/hop-viec?ds=cua-don-vi&q=" + code).getBody();
        assertThat(inbox).contains(code, title, "Báo cáo kết quả mốc", "30/06/2031");
    }

    @Test
    void anotherAgencySeesNeitherTheTaskNorItsMilestone() {
        WebappSession other = session("snv-chuyenvien");
        assertThat(other.getPage("/giaoviec/nhiem-vu/" + code).getStatusCode().value()).isEqualTo(404);
        assertThat(other.getPage("/giaoviec/hop-viec?ds=cua-don-vi&q=" + code).getBody())
                .doesNotContain(title, "nhiem-vu/" + code);
        String workId = taskService.createTaskQuery().processInstanceId(milestones.get(code, 1).processInstanceId())
                .singleResult().getId();
        assertThat(other.getPage("/giaoviec/viec/" + workId).getBody()).doesNotContain(title);
    }

    @Test
    void approvingTheTaskEndsItsMilestonesTheOverdueOneNotDone() {
        setClock(LocalDateTime.of(2031, 7, 10, 9, 0));
        finishOnTime(code, "stp");

        assertThat(milestones.of(code)).extracting(Milestone::status)
                .containsExactly(MilestoneStatus.NOT_DONE, MilestoneStatus.STOPPED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(code + "/%").count()).isZero();
        assertThat(textOf(session("stp-chuyenvien").getPage("/giaoviec/nhiem-vu/" + code).getBody()))
                .contains("Không thực hiện", "Dừng theo nhiệm vụ").doesNotContain("Việc của bạn");
    }

    @Test
    void closingTheTaskAtTheYearEndEndsItsMilestones() {
        setClock(LocalDateTime.of(2031, 12, 15, 9, 0));
        yearEnd.closeNotCompleted(code, "snv-lanhdao", null);

        assertThat(milestones.of(code)).extracting(Milestone::status)
                .containsExactly(MilestoneStatus.NOT_DONE, MilestoneStatus.NOT_DONE);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(code + "/%").count()).isZero();
    }

    private WebappSession session(String user) {
        return WebappSession.signedIn(rest, null, user, "demo");
    }

    private static String textOf(String html) {
        return html.replaceAll("(?s)<[^>]*>", " ").replaceAll("[ \\t\\n]+", " ");
    }

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
