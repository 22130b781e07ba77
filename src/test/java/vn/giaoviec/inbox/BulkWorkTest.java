package vn.giaoviec.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.register.Transition;
import vn.giaoviec.register.TransitionKind;
import vn.giaoviec.testsupport.WebappSession;

/**
 * Bulk work from the inbox over HTTP: the Chánh Văn phòng urges several overdue tasks in one action
 * and each task records its own urge; a leader assigns several tasks to one officer; a refusal (no
 * note, an officer of another agency) leaves the tasks as they were and says why in Vietnamese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BulkWorkTest extends LifecycleTestSupport {

    @Autowired TestRestTemplate rest;

    @Test
    void theChiefUrgesThreeOverdueTasksEachRecordedOnItsOwn() {
        String marker = "dd" + Long.toString(System.nanoTime(), 36);
        List<String> codes = List.of(overdue(marker + " một"), overdue(marker + " hai"), overdue(marker + " ba"));
        WebappSession chief = WebappSession.signedIn(rest, null, "chanhvanphong", "demo");
        String list = chief.getPage("/giaoviec/hop-viec?ds=xu-ly-qua-han&q=" + marker).getBody();
        assertThat(list).contains("Đôn đốc các nhiệm vụ đã chọn");
        List<String> works = workIdsIn(list);
        assertThat(works).hasSize(3);

        chief.postForm("/giaoviec/hop-viec/xu-ly-nhieu", form("ds", "xu-ly-qua-han", "hanhDong", "URGE", "note", "",
                "viec", works.get(0)));
        assertThat(chief.getPage("/giaoviec/hop-viec?ds=xu-ly-qua-han").getBody()).contains("Cần ghi nội dung đôn đốc");
        codes.forEach(code -> assertThat(trail(code)).doesNotContain(TransitionKind.URGED));

        chief.getPage("/giaoviec/hop-viec?ds=xu-ly-qua-han&q=" + marker);
        MultiValueMap<String, String> urge = form("ds", "xu-ly-qua-han", "hanhDong", "URGE",
                "note", "Đề nghị hoàn thành trong tuần này");
        works.forEach(id -> urge.add("viec", id));
        chief.postForm("/giaoviec/hop-viec/xu-ly-nhieu", urge);

        assertThat(chief.getPage("/giaoviec/hop-viec?ds=xu-ly-qua-han").getBody()).contains("Đã đôn đốc 3 nhiệm vụ");
        for (String code : codes) {
            List<Transition> urges = register.transitions(code).stream().filter(t -> t.kind() == TransitionKind.URGED).toList();
            assertThat(urges).as(code).hasSize(1);
            assertThat(urges.get(0).note()).isEqualTo("Đề nghị hoàn thành trong tuần này");
            assertThat(urges.get(0).actor()).isEqualTo("chanhvanphong");
            assertThat(openTasks(instanceOf(code), PlanTaskProcess.HANDLE_OVERDUE)).isEmpty();
        }
    }

    @Test
    void aLeaderAssignsTwoTasksToOneOfficerButNotToAnotherAgencysOfficer() {
        String marker = "pc" + Long.toString(System.nanoTime(), 36);
        String first = start(marker + " một");
        String second = start(marker + " hai");
        WebappSession leader = WebappSession.signedIn(rest, null, "stp-lanhdao", "demo");
        String list = leader.getPage("/giaoviec/hop-viec?ds=cua-don-vi&q=" + marker).getBody();
        assertThat(list).contains("Phân công nhiều nhiệm vụ cho một chuyên viên", "Chuyên viên Sở Tư pháp");
        List<String> works = workIdsIn(list);
        assertThat(works).hasSize(2);

        MultiValueMap<String, String> wrong = form("ds", "cua-don-vi", "hanhDong", "ASSIGN", "officer", "snv-chuyenvien");
        works.forEach(id -> wrong.add("viec", id));
        leader.postForm("/giaoviec/hop-viec/xu-ly-nhieu", wrong);
        // refused by the assignment form's contract: not an option of this task, not of its lead agency
        assertThat(leader.getPage("/giaoviec/hop-viec?ds=cua-don-vi").getBody())
                .containsPattern(java.util.regex.Pattern.quote(first) + ": [^<]*Không có gì được ghi");
        assertThat(openTasks(instanceOf(first), PlanTaskProcess.ASSIGN)).hasSize(1);

        leader.getPage("/giaoviec/hop-viec?ds=cua-don-vi&q=" + marker);
        MultiValueMap<String, String> assign = form("ds", "cua-don-vi", "hanhDong", "ASSIGN", "officer", "stp-chuyenvien",
                "note", "Ưu tiên làm trước");
        works.forEach(id -> assign.add("viec", id));
        leader.postForm("/giaoviec/hop-viec/xu-ly-nhieu", assign);

        for (String code : List.of(first, second)) {
            assertThat(openTask(instanceOf(code), PlanTaskProcess.SUBMIT).getAssignee()).isEqualTo("stp-chuyenvien");
            assertThat(trail(code)).contains(TransitionKind.ASSIGNED);
        }
    }

    private String start(String title) {
        return issue("stp", List.of(), title, clock.today().plusMonths(2));
    }

    private String overdue(String title) {
        String code = start(title);
        fire(timer(instanceOf(code), PlanTaskProcess.EVENT_OVERDUE));
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        return code;
    }

    private static List<String> workIdsIn(String page) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = Pattern.compile("name=\"viec\" value=\"([^\"]+)\"").matcher(page);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
