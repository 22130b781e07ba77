package vn.giaoviec.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.agency.DirectoryChanges;
import vn.giaoviec.agency.DirectoryEntry;
import vn.giaoviec.testsupport.WebappSession;

/**
 * The directory page over HTTP, as an administrator or Sở Nội vụ's leader uses it: the agencies by
 * kind, every change through the page's forms (with the CSRF token), a list loaded from .xlsx and
 * previewed before anything is written; everyone else is refused and sees no menu entry for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DirectoryPageTest {

    @Autowired TestRestTemplate rest;
    @Autowired AgencyDirectory directory;
    @Autowired DirectoryChanges changes;
    @Autowired IdentityService identityService;

    private final List<String> added = new ArrayList<>();

    /** Agencies a test added leave the directory again, so other tests in this context see the demo directory. */
    @AfterEach
    void retireWhatWasAdded() {
        added.stream().filter(directory::isActive).forEach(code -> changes.retire(code, "test"));
    }

    @Test
    void theReformLeaderSeesTheAgenciesByKindWithAliasesAndAMenuEntry() {
        WebappSession leader = WebappSession.login(rest, "snv-lanhdao", "demo");
        ResponseEntity<String> page = leader.getPage("/giaoviec/danh-ba");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("<h1>Danh bạ cơ quan</h1>", "Sở, ban, ngành tỉnh (", "Sở Nội vụ", "SNV; Sở NV",
                "Đang hoạt động", "UBND cấp xã", "UBND các xã, phường, thị trấn", "Nạp danh sách từ Excel",
                "href=\"/giaoviec/danh-ba\"");
        int departments = (int) directory.all().stream().filter(a -> a.kind() == vn.giaoviec.agency.AgencyKind.SO).count();
        assertThat(page.getBody()).contains("Sở, ban, ngành tỉnh (" + departments + " đang hoạt động)");
        assertThat(WebappSession.login(rest, "demo", "demo").getPage("/giaoviec/danh-ba").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void othersAreRefusedAndSeeNoMenuEntry() {
        for (String user : List.of("chanhvanphong", "stp-lanhdao", "snv-chuyenvien")) {
            WebappSession session = WebappSession.login(rest, user, "demo");
            assertThat(session.getPage("/giaoviec/danh-ba").getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(session.getPage("/giaoviec/hop-viec").getBody()).as(user).doesNotContain("/giaoviec/danh-ba");
            assertThat(session.postForm("/giaoviec/danh-ba/them", form(Map.of("name", "Sở Ngoại vụ thử", "kind", "SO")))
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(directory.all()).noneMatch(a -> a.name().equals("Sở Ngoại vụ thử"));
    }

    @Test
    void aFormWithoutTheCsrfTokenChangesNothing() {
        WebappSession admin = WebappSession.login(rest, "demo", "demo");
        admin.getPage("/giaoviec/danh-ba");
        ResponseEntity<String> forged = admin.postFormWithoutToken("/giaoviec/danh-ba/them",
                form(Map.of("name", "Sở Giả mạo", "kind", "SO")));
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(directory.all()).noneMatch(a -> a.name().equals("Sở Giả mạo"));
    }

    @Test
    void addRenameAliasesMergeRetireAndReinstate() {
        WebappSession leader = WebappSession.login(rest, "snv-lanhdao", "demo");
        leader.getPage("/giaoviec/danh-ba");
        String page = html(leader.postForm("/giaoviec/danh-ba/them", form(Map.of("name", "Sở Khoa học và Công nghệ thử",
                "kind", "SO", "code", "skhcn-thu", "aliases", "Sở KH&CN thử\nSKHCN thử"))));
        added.add("skhcn-thu");
        assertThat(page).contains("Đã thêm \"Sở Khoa học và Công nghệ thử\" (mã skhcn-thu, nhóm skhcn-thu và skhcn-thu-lanhdao).",
                "Sở KH&CN thử; SKHCN thử");
        assertThat(identityService.createGroupQuery().groupId("skhcn-thu-lanhdao").singleResult().getName())
                .isEqualTo("Lãnh đạo Sở Khoa học và Công nghệ thử");

        page = html(leader.postForm("/giaoviec/danh-ba/skhcn-thu/doi-ten", form(Map.of("name", "Sở Khoa học, Công nghệ thử"))));
        assertThat(page).contains("Đã đổi tên \"Sở Khoa học và Công nghệ thử\" thành \"Sở Khoa học, Công nghệ thử\"");
        assertThat(directory.get("skhcn-thu").aliases()).contains("Sở Khoa học và Công nghệ thử");

        page = html(leader.postForm("/giaoviec/danh-ba/skhcn-thu/ten-goi-khac",
                form(Map.of("aliases", "SKHCN thử\nSở KHCN thử"))));
        assertThat(page).contains("Đã lưu tên gọi khác");
        assertThat(directory.get("skhcn-thu").aliases()).containsExactly("SKHCN thử", "Sở KHCN thử");

        leader.postForm("/giaoviec/danh-ba/them", form(Map.of("name", "Sở Đổi mới thử", "kind", "SO", "code", "sdm-thu")));
        added.add("sdm-thu");
        page = html(leader.postForm("/giaoviec/danh-ba/sdm-thu/sap-nhap", form(Map.of("into", "skhcn-thu"))));
        assertThat(page).contains("Đã sáp nhập \"Sở Đổi mới thử\" vào \"Sở Khoa học, Công nghệ thử\"",
                "Đã sáp nhập vào Sở Khoa học, Công nghệ thử");
        // the merged agency's name now resolves to the one it was merged into
        assertThat(directory.all().stream().filter(a -> a.code().equals("skhcn-thu")).findFirst().orElseThrow().aliases())
                .contains("Sở Đổi mới thử");

        page = html(leader.postForm("/giaoviec/danh-ba/skhcn-thu/ngung", form(Map.of())));
        assertThat(page).contains("\"Sở Khoa học, Công nghệ thử\" đã ngừng hoạt động", "Ngừng hoạt động từ ");
        assertThat(directory.isActive("skhcn-thu")).isFalse();
        page = html(leader.postForm("/giaoviec/danh-ba/skhcn-thu/khoi-phuc", form(Map.of())));
        assertThat(page).contains("\"Sở Khoa học, Công nghệ thử\" hoạt động trở lại.");
        assertThat(directory.isActive("skhcn-thu")).isTrue();

        page = html(leader.postForm("/giaoviec/danh-ba/snv/ngung", form(Map.of())));
        assertThat(page).contains("giữ vai trò của cả tỉnh: không thể ngừng hoạt động");
        assertThat(directory.isActive("snv")).isTrue();
        page = html(leader.postForm("/giaoviec/danh-ba/them", form(Map.of("name", "Sở Trùng mã", "kind", "SO", "code", "stp"))));
        assertThat(page).contains("Đã có cơ quan mã \"stp\".");
    }

    @Test
    void aListFromExcelIsPreviewedThenAppliedAsShown() {
        byte[] list = AgencyWorkbooks.xlsx(List.of(
                List.of("STT", "Tên", "Loại", "Mã", "Tên gọi khác"),
                List.of("1", "Sở Ngoại vụ thử", "Sở", "", "SNgV thử; Sở NgV thử"),
                List.of("2", "UBND phường Thử Một", "Xã", "phuongthu1", ""),
                List.of("3", "Sở Tư pháp", "Sở", "", "Sở TP"),
                List.of("4", "Sở Nội vụ", "Sở", "", "SNV"),
                List.of("5", "Ban Quản lý thử", "Cục", "", ""),
                List.of("6", "Sở Ngoại vụ thử", "Sở", "", "")));
        WebappSession admin = WebappSession.login(rest, "demo", "demo");
        admin.getPage("/giaoviec/danh-ba");
        String preview = html(admin.postFile("/giaoviec/danh-ba/nap", "danh-sach.xlsx", list, new LinkedMultiValueMap<>()));
        assertThat(preview).contains("Xem trước danh sách danh-sach.xlsx", "Thêm cơ quan mới (mã tự đặt theo tên).",
                "Thêm cơ quan mới.", "Đã có trong danh bạ (\"Sở Tư pháp\"): thêm tên gọi khác Sở TP.",
                "Đã có trong danh bạ: không thay đổi.", "Loại \"Cục\" không rõ: ghi Sở, Huyện hoặc Xã.",
                "Trùng với một dòng ở trên.");
        assertThat(directory.all()).noneMatch(a -> a.name().equals("Sở Ngoại vụ thử"));
        assertThat(directory.get("stp").aliases()).doesNotContain("Sở TP");

        MultiValueMap<String, String> apply = new LinkedMultiValueMap<>();
        for (String field : List.of("row", "name", "kindText", "code", "aliases")) {
            hidden(preview, field).forEach(value -> apply.add(field, value));
        }
        assertThat(apply.get("name")).hasSize(6);
        String done = html(admin.postForm("/giaoviec/danh-ba/nap/ap-dung", apply));
        String foreign = directory.all().stream().filter(a -> a.name().equals("Sở Ngoại vụ thử")).findFirst().orElseThrow().code();
        added.addAll(List.of(foreign, "phuongthu1"));
        assertThat(done).contains("Đã nạp danh sách: thêm 2 cơ quan, bổ sung tên gọi khác cho 1 cơ quan.");
        assertThat(directory.get(foreign).aliases()).containsExactly("SNgV thử", "Sở NgV thử");
        assertThat(directory.get("phuongthu1").kind()).isEqualTo(vn.giaoviec.agency.AgencyKind.XA);
        assertThat(directory.get("stp").aliases()).contains("STP", "Sở TP");
        assertThat(identityService.createGroupQuery().groupId("phuongthu1").count()).isOne();
        changes.changeAliases("stp", List.of("STP"), null, "test");
    }

    @Test
    void aFileThatIsNotAListSaysWhyAndWritesNothing() {
        WebappSession admin = WebappSession.login(rest, "demo", "demo");
        admin.getPage("/giaoviec/danh-ba");
        int before = directory.entries().size();
        String notExcel = html(admin.postFile("/giaoviec/danh-ba/nap", "danh-sach.txt", "Sở Ngoại vụ".getBytes(),
                new LinkedMultiValueMap<>()));
        assertThat(notExcel).contains("Không đọc được danh sách: Chỉ nhận danh sách cơ quan là tệp Excel (.xlsx).");
        admin.getPage("/giaoviec/danh-ba");
        String noHeader = html(admin.postFile("/giaoviec/danh-ba/nap", "danh-sach.xlsx",
                AgencyWorkbooks.xlsx(List.of(List.of("Sở Ngoại vụ", "Sở"))), new LinkedMultiValueMap<>()));
        assertThat(noHeader).contains("Không tìm thấy dòng tiêu đề có cột \"Tên\" và cột \"Loại\"");
        assertThat(directory.entries()).hasSize(before);
    }

    private static String html(ResponseEntity<String> response) {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(response.getBody());
    }

    private static List<String> hidden(String page, String field) {
        List<String> values = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("name=\"" + field + "\" value=\"([^\"]*)\"").matcher(page);
        while (matcher.find()) {
            values.add(org.springframework.web.util.HtmlUtils.htmlUnescape(matcher.group(1)));
        }
        return values;
    }

    private static MultiValueMap<String, String> form(Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return form;
    }
}
