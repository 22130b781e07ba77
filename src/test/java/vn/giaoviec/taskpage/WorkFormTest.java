package vn.giaoviec.taskpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.giaoviec.file.ProductFile;
import vn.giaoviec.file.ProductFiles;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.lifecycle.PlanTaskProcess.Var;
import vn.giaoviec.register.TaskPhase;
import vn.giaoviec.testsupport.HttpBodies;
import vn.giaoviec.testsupport.WebappSession;

/**
 * The work forms of a task's page over HTTP, rendered on the server from forms/*.form: each step of a
 * task done from the page (assign, contribute with a file, submit a product with files, review),
 * Vietnamese problems with what was typed and the files chosen kept, no stale choice in a second
 * review, imported text never turned into markup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkFormTest extends LifecycleTestSupport {

    static final byte[] PDF = "%PDF-1.4 kế hoạch".getBytes(StandardCharsets.UTF_8);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};

    @Autowired TestRestTemplate rest;
    @Autowired ProductFiles files;

    @Test
    void aTaskGoesFromAssignmentToApprovalOnItsPage() {
        String code = start("snv", List.of("stp"), "Xây dựng kế hoạch kiểm tra CCHC");
        ProcessInstance instance = instanceOf(code);

        // the leader assigns: officer from the form's options, coordinators as a checklist
        WebappSession leader = session("snv-lanhdao");
        String assignPage = leader.getPage(path(code)).getBody();
        assertThat(assignPage).contains("Chuyên viên xử lý", "Cơ quan phối hợp", "Ý kiến chỉ đạo", "type=\"checkbox\"",
                "— Chuyên viên Sở Nội vụ</option>").doesNotContain("(snv-chuyenvien)");
        assertThat(assignPage).containsPattern("value=\"stp\"\\s+id=\"[^\"]+\" checked");
        post(leader, code, PlanTaskProcess.ASSIGN, Map.of("f.officer", List.of("snv-chuyenvien"),
                "f.coordinatingAgencies", List.of("stp"), "f.assignmentNote", List.of("Làm theo mẫu của Bộ")), List.of());
        assertThat(openTask(instance, PlanTaskProcess.CONTRIBUTE)).isNotNull();

        // the coordinating agency contributes with a file of its own
        WebappSession coordinator = session("stp-chuyenvien");
        assertThat(coordinator.getPage(path(code)).getBody()).contains("Gửi ý kiến phối hợp", "name=\"tep\"");
        post(coordinator, code, PlanTaskProcess.CONTRIBUTE, Map.of("f.contribution", List.of("Số liệu quý I kèm theo")),
                List.of(HttpBodies.file("so-lieu.pdf", PDF)));
        assertThat(files.ofTask(code)).extracting(ProductFile::fileName, ProductFile::contributedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("so-lieu.pdf", "stp"));

        // the officer reads the instruction and the contribution, submits the product with a phone photo
        WebappSession officer = session("snv-chuyenvien");
        String submitPage = officer.getPage(path(code)).getBody();
        assertThat(submitPage).contains("Làm theo mẫu của Bộ", "Số liệu quý I kèm theo", "type=\"date\"",
                "accept=\".pdf,.doc,.docx,.xls,.xlsx,.pptx,.odt,.ods,.zip,.png,.jpg,.jpeg,image/png,image/jpeg\"");
        ResponseEntity<String> refused = post(officer, code, PlanTaskProcess.SUBMIT, Map.of(
                "f.documentNumber", List.of(""), "f.documentDate", List.of("10/03/2031"),
                "f.productSummary", List.of("Kế hoạch kiểm tra đã ban hành")), List.of(HttpBodies.file("anh-chup.jpg", JPEG)));
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody()).contains("Cần điền số, ký hiệu văn bản.", "Kế hoạch kiểm tra đã ban hành",
                "value=\"2031-03-10\"", "anh-chup.jpg");
        assertThat(openTask(instance, PlanTaskProcess.SUBMIT)).isNotNull();

        ResponseEntity<String> done = post(officer, code, PlanTaskProcess.SUBMIT, Map.of(
                "f.documentNumber", List.of("15/KH-SNV"), "f.documentDate", List.of("10/03/2031"),
                "f.productSummary", List.of("Kế hoạch kiểm tra đã ban hành")), List.of());
        assertThat(done.getStatusCode().value()).isEqualTo(302);
        assertThat(officer.getPage(path(code)).getBody()).contains("Đã hoàn thành việc “Nộp sản phẩm”", "Về hộp việc");
        assertThat(runtimeService.getVariable(instance.getId(), Var.DOCUMENT_DATE)).isEqualTo("2031-03-10");

        // the reviewer opens the files from the review form; a return needs its reason
        String reviewPage = leader.getPage(path(code)).getBody();
        assertThat(reviewPage).contains("Duyệt sản phẩm", "anh-chup.jpg", "Số liệu quý I kèm theo");
        assertThat(reviewPage).doesNotContain("checked=\"checked\"");
        ResponseEntity<String> noReason = post(leader, code, PlanTaskProcess.REVIEW,
                Map.of("f.productApproved", List.of("false")), List.of());
        assertThat(noReason.getBody()).contains("Cần điền lý do trả lại.");
        post(leader, code, PlanTaskProcess.REVIEW, Map.of("f.productApproved", List.of("false"),
                "f.returnReason", List.of("Bổ sung danh sách đơn vị")), List.of());

        post(officer, code, PlanTaskProcess.SUBMIT, Map.of("f.documentNumber", List.of("16/KH-SNV"),
                "f.documentDate", List.of("2031-03-12"), "f.productSummary", List.of("Đã bổ sung")), List.of());
        String secondReview = leader.getPage(path(code)).getBody();
        assertThat(secondReview).contains("Thay đổi so với lần nộp trước", "15/KH-SNV → 16/KH-SNV",
                "bị trả lại vì: Bổ sung danh sách đơn vị");
        assertThat(radioChecked(secondReview, "f.productApproved")).as("nothing chosen in the second review").isFalse();
        post(leader, code, PlanTaskProcess.REVIEW, Map.of("f.productApproved", List.of("true")), List.of());
        assertThat(register.get(code).phase()).isEqualTo(TaskPhase.CLOSED);
    }

    @Test
    void importedTextIsShownAsTextNeverAsMarkup() {
        String code = start("snv", List.of(), "Rà soát <a href=\"https://evil.example/login\">Đăng nhập lại</a> **đậm**");
        String page = session("snv-lanhdao").getPage(path(code)).getBody();
        assertThat(page).doesNotContain("<a href=\"https://evil.example/login\">");
        assertThat(page).contains("&lt;a href=&quot;https://evil.example/login&quot;&gt;Đăng nhập lại&lt;/a&gt; **đậm**");
    }

    @Test
    void anOptionThatWasNotOfferedIsRefused() {
        String code = start("snv", List.of(), "Cập nhật danh mục thủ tục");
        ResponseEntity<String> answer = post(session("snv-lanhdao"), code, PlanTaskProcess.ASSIGN,
                Map.of("f.officer", List.of("stp-chuyenvien")), List.of());
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody()).contains("Lựa chọn không có trong danh sách");
        assertThat(openTasks(instanceOf(code), PlanTaskProcess.ASSIGN)).hasSize(1);
    }

    @Test
    void anAgencysOwnDateIsARowTheLeaderAddsAndARefusedRowStaysAsTyped() {
        String code = start("snv", List.of("stp", "stc"), "Rà soát thủ tục hành chính nội bộ");
        ProcessInstance instance = instanceOf(code);
        WebappSession leader = session("snv-lanhdao");
        assertThat(leader.getPage(path(code)).getBody()).contains("Hạn riêng của từng cơ quan (nếu khác hạn chung)",
                "name=\"f.contributionDueDates[0].agency\"", "Thêm một dòng");
        String own = clock.today().plusDays(9).toString();
        Map<String, List<String>> fields = new java.util.HashMap<>(Map.of("f.officer", List.of("snv-chuyenvien"),
                "f.coordinatingAgencies", List.of("stp", "stc"),
                "f.contributionDueDates[0].agency", List.of(""), "f.contributionDueDates[0].dueDate", List.of(""),
                "f.contributionDueDates[1].agency", List.of("syt"), "f.contributionDueDates[1].dueDate", List.of(own)));

        ResponseEntity<String> refused = post(leader, code, PlanTaskProcess.ASSIGN, fields, List.of());

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody()).contains("Sở Y tế có hạn riêng nhưng chưa được chọn là cơ quan phối hợp",
                "value=\"" + own + "\"").containsPattern("value=\"syt\"\\s+selected");
        assertThat(openTasks(instance, PlanTaskProcess.CONTRIBUTE)).isEmpty();

        fields.put("f.contributionDueDates[1].agency", List.of("stc"));
        post(leader, code, PlanTaskProcess.ASSIGN, fields, List.of());

        assertThat(openTasks(instance, PlanTaskProcess.CONTRIBUTE)).hasSize(2).anySatisfy(request -> {
            assertThat(taskService.getVariable(request.getId(), Var.COORDINATING_AGENCY)).isEqualTo("stc");
            assertThat(request.getDueDate()).isEqualTo(at(clock.today().plusDays(9).atTime(23, 59, 59)));
        });
    }

    private ResponseEntity<String> post(WebappSession session, String code, String step, Map<String, List<String>> fields,
                                        List<Object> uploads) {
        String workId = openTask(instanceOf(code), step).getId();
        session.getPage(path(code));
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        fields.forEach((name, values) -> values.forEach(v -> parts.add(name, v)));
        uploads.forEach(u -> parts.add("tep", u));
        return session.postMultipart(path(code) + "/viec/" + workId, parts);
    }

    private static boolean radioChecked(String page, String name) {
        Matcher m = Pattern.compile("<input type=\"radio\" name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(page);
        while (m.find()) {
            if (m.group().contains("checked")) {
                return true;
            }
        }
        return false;
    }

    private String start(String lead, List<String> coordinators, String title) {
        return issue(lead, coordinators, title, clock.today().plusMonths(2));
    }

    private WebappSession session(String user) {
        return WebappSession.signedIn(rest, null, user, "demo");
    }

    private static String path(String code) {
        return "/giaoviec/nhiem-vu/" + code;
    }
}
