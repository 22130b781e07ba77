package vn.giaoviec.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.giaoviec.register.Transition;
import vn.giaoviec.register.TransitionKind;
import vn.giaoviec.testsupport.WebappSession;

/**
 * Coordination led by the leaders, on the task page (issue 14, item 2): a coordinating agency's
 * leader gives its request to one of its own officers; the lead agency's leader ends coordination
 * without a late agency, which is recorded. Whoever else tries is refused in Vietnamese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CoordinationLeadersTest extends LifecycleTestSupport {

    @Autowired TestRestTemplate rest;

    ProcessInstance instance;
    String code;

    @BeforeEach
    void assignWithTwoCoordinators() {
        setClock(LocalDateTime.of(2030, 3, 1, 9, 0));
        code = issue("snv", List.of("stp", "stc"), "Rà soát thủ tục hành chính", LocalDate.of(2030, 6, 28));
        instance = instanceOf(code);
        completeAs("snv-lanhdao", openTask(instance, PlanTaskProcess.ASSIGN), Map.of(Var.OFFICER, "snv-chuyenvien",
                Var.COORDINATING_AGENCIES, List.of("stp", "stc"), Var.CONTRIBUTION_DUE_DATE, "2030-03-20"));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theCoordinatingLeaderGivesTheRequestToOneOfItsOfficersOnTheTaskPage() {
        WebappSession leader = WebappSession.signedIn(rest, null, "stp-lanhdao", "demo");
        String page = leader.getPage("/giaoviec/nhiem-vu/" + code).getBody();
        assertThat(page).contains("Giao cho cán bộ", "Hạn bước này:", "20/03/2030");

        leader.postForm("/giaoviec/nhiem-vu/" + code + "/giao-phoi-hop", form("viec", requestOf("stp").getId(),
                "officer", "stp-chuyenvien"));

        assertThat(requestOf("stp").getAssignee()).isEqualTo("stp-chuyenvien");
        assertThat(requestOf("stc").getAssignee()).isNull();
        assertThat(notes(TransitionKind.CONTRIBUTION_ASSIGNED)).singleElement().asString().startsWith("Sở Tư pháp: ");
        assertThat(WebappSession.signedIn(rest, null, "stp-chuyenvien", "demo").getPage("/giaoviec/hop-viec").getBody())
                .contains(code);
    }

    @Test
    void aLeaderOfAnotherAgencyOrAnOfficerOutsideTheAgencyIsRefused() {
        WebappSession otherLeader = WebappSession.signedIn(rest, null, "stc-lanhdao", "demo");
        otherLeader.getPage("/giaoviec/nhiem-vu/" + code); // a page of the session: its form token
        otherLeader.postForm("/giaoviec/nhiem-vu/" + code + "/giao-phoi-hop", form("viec", requestOf("stp").getId(),
                "officer", "stc-chuyenvien"));
        assertThat(otherLeader.getPage("/giaoviec/nhiem-vu/" + code).getBody())
                .contains("Chỉ lãnh đạo Sở Tư pháp được giao việc gửi ý kiến phối hợp của cơ quan mình");

        WebappSession leader = WebappSession.signedIn(rest, null, "stp-lanhdao", "demo");
        leader.getPage("/giaoviec/nhiem-vu/" + code);
        leader.postForm("/giaoviec/nhiem-vu/" + code + "/giao-phoi-hop", form("viec", requestOf("stp").getId(),
                "officer", "snv-chuyenvien"));
        assertThat(leader.getPage("/giaoviec/nhiem-vu/" + code).getBody())
                .contains("Cán bộ được giao phải là cán bộ của Sở Tư pháp");

        assertThat(requestOf("stp").getAssignee()).isNull();
        assertThat(notes(TransitionKind.CONTRIBUTION_ASSIGNED)).isEmpty();
    }

    @Test
    void onTheTaskPageOnlyTheLeadLeaderChangesAnAgencysDueDate() {
        String path = "/giaoviec/nhiem-vu/" + code;
        WebappSession coordinatingLeader = WebappSession.signedIn(rest, null, "stp-lanhdao", "demo");
        assertThat(coordinatingLeader.getPage(path).getBody()).doesNotContain("Đổi hạn gửi ý kiến");
        coordinatingLeader.postForm(path + "/doi-han-phoi-hop", form("coQuan", "stp", "hanMoi", "2030-04-05"));
        assertThat(coordinatingLeader.getPage(path).getBody())
                .contains("Chỉ lãnh đạo Sở Nội vụ được đổi hạn gửi ý kiến phối hợp");
        WebappSession leadOfficer = WebappSession.signedIn(rest, null, "snv-chuyenvien", "demo");
        leadOfficer.getPage(path);
        leadOfficer.postForm(path + "/doi-han-phoi-hop", form("coQuan", "stp", "hanMoi", "2030-04-05"));
        assertThat(leadOfficer.getPage(path).getBody()).contains("Chỉ lãnh đạo Sở Nội vụ được đổi hạn gửi ý kiến phối hợp");
        assertThat(requestOf("stp").getDueDate()).isEqualTo(at(LocalDateTime.of(2030, 3, 20, 23, 59, 59)));

        WebappSession lead = WebappSession.signedIn(rest, null, "snv-lanhdao", "demo");
        assertThat(lead.getPage(path).getBody()).contains("Đổi hạn gửi ý kiến");
        lead.postForm(path + "/doi-han-phoi-hop", form("coQuan", "stp", "hanMoi", "01/07/2030"));
        assertThat(lead.getPage(path).getBody())
                .contains("Hạn gửi ý kiến phối hợp không được sau thời hạn của nhiệm vụ (28/06/2030)", "value=\"01/07/2030\"");
        lead.postForm(path + "/doi-han-phoi-hop", form("coQuan", "stp", "hanMoi", "05/04/2030"));
        assertThat(lead.getPage(path).getBody()).contains("Đã đổi hạn gửi ý kiến phối hợp thành 05/04/2030");
        assertThat(requestOf("stp").getDueDate()).isEqualTo(at(LocalDateTime.of(2030, 4, 5, 23, 59, 59)));
        assertThat(register.transitions(code)).filteredOn(t -> t.kind() == TransitionKind.CONTRIBUTION_DUE_DATE_CHANGED)
                .extracting(Transition::actor).containsExactly("snv-lanhdao");
        assertTimersAsTheStateNeeds(instance);
    }

    @Test
    void theLeadLeaderEndsCoordinationWithoutTheLateAgencyWhichIsRecorded() {
        completeAs("stc-chuyenvien", requestOf("stc"), Map.of(Var.CONTRIBUTION, "Đồng ý với dự thảo"));
        passTimeThrough(instance, timersOfRequests().get(0));
        WebappSession lead = WebappSession.signedIn(rest, null, "snv-lanhdao", "demo");
        assertThat(lead.getPage("/giaoviec/nhiem-vu/" + code).getBody())
                .contains("Cơ quan phối hợp Sở Tư pháp chưa gửi ý kiến, quá hạn 20/03/2030", "Kết thúc lấy ý kiến phối hợp");

        lead.postForm("/giaoviec/nhiem-vu/" + code + "/ket-thuc-phoi-hop", form());

        assertThat(openTasks(instance, PlanTaskProcess.CONTRIBUTE)).isEmpty();
        assertThat(openTasks(instance, PlanTaskProcess.SUBMIT)).hasSize(1);
        Transition closed = register.transitions(code).stream()
                .filter(t -> t.kind() == TransitionKind.COORDINATION_CLOSED).findFirst().orElseThrow();
        assertThat(closed.actor()).isEqualTo("snv-lanhdao");
        assertThat(closed.note()).isEqualTo("Chưa gửi ý kiến: Sở Tư pháp");
        assertThat(lead.getPage("/giaoviec/nhiem-vu/" + code).getBody()).contains("Chưa gửi ý kiến: Sở Tư pháp");
        assertThat(WebappSession.signedIn(rest, null, "stp-chuyenvien", "demo").getPage("/giaoviec/hop-viec").getBody())
                .doesNotContain(code);
        assertTimersAsTheStateNeeds(instance);
        assertRegisterAgreesWithEngine(instance);
    }

    @Test
    void onlyTheLeadLeaderMayEndCoordination() {
        for (String user : List.of("snv-chuyenvien", "stp-lanhdao")) {
            WebappSession session = WebappSession.signedIn(rest, null, user, "demo");
            assertThat(session.getPage("/giaoviec/nhiem-vu/" + code).getBody()).doesNotContain("Kết thúc lấy ý kiến phối hợp");
            session.postForm("/giaoviec/nhiem-vu/" + code + "/ket-thuc-phoi-hop", form());
            assertThat(session.getPage("/giaoviec/nhiem-vu/" + code).getBody())
                    .contains("Chỉ lãnh đạo Sở Nội vụ được kết thúc lấy ý kiến phối hợp");
        }
        assertThat(openTasks(instance, PlanTaskProcess.CONTRIBUTE)).hasSize(2);
        assertThat(notes(TransitionKind.COORDINATION_CLOSED)).isEmpty();
    }

    private Task requestOf(String agency) {
        return openTasks(instance, PlanTaskProcess.CONTRIBUTE).stream()
                .filter(t -> agency.equals(taskService.getVariable(t.getId(), Var.COORDINATING_AGENCY)))
                .findFirst().orElseThrow();
    }

    private List<org.camunda.bpm.engine.runtime.Job> timersOfRequests() {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
                .filter(j -> managementService.createJobDefinitionQuery().jobDefinitionId(j.getJobDefinitionId())
                        .singleResult().getActivityId().equals(PlanTaskProcess.EVENT_CONTRIBUTION_OVERDUE)).toList();
    }

    private List<String> notes(TransitionKind kind) {
        return register.transitions(code).stream().filter(t -> t.kind() == kind).map(Transition::note).toList();
    }

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
