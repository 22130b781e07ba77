package vn.giaoviec.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.giaoviec.testsupport.WebappSession;

/**
 * The Vietnamese import pages, used as a signed-in Tasklist user would: upload, preview, choose what
 * unknown names are, edit rows, preview again, commit — and the commit registers what the preview showed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanImportPageTest {

    private static final Pattern DRAFT = Pattern.compile("/giaoviec/ke-hoach/nhap/([0-9a-f-]{36})");
    private static final Pattern FINGERPRINT = Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]+)\"");

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    @Test
    void pagesRequireTheWebappLogin() {
        ResponseEntity<String> anonymous = rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .getForEntity("/giaoviec/ke-hoach/nhap", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(anonymous.getHeaders().getLocation().getPath()).isEqualTo("/giaoviec/dang-nhap");
    }

    @Test
    void officersMayNotImport() {
        WebappSession officer = WebappSession.login(rest, "stp-chuyenvien", "demo");
        assertThat(officer.get("/giaoviec/ke-hoach/nhap").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void mappedNamesAndEditedRowsSurviveAPreviewAndAreCommittedAsShown() {
        WebappSession admin = WebappSession.login(rest, "demo", "demo");
        String draft = upload(admin, plan("2032", "Sở Giao thông vận tải"));
        String page = admin.get("/giaoviec/ke-hoach/nhap/" + draft).getBody();
        assertThat(page).contains("Kế hoạch cải cách hành chính năm 2032", "<strong>58</strong> dòng nhiệm vụ",
                "Tên chưa có trong danh bạ", "Sở Giao thông vận tải");
        assertThat(page).containsPattern("name=\"action\" value=\"commit\"\\s+disabled");
        // multi-date and periodic rows say which milestones they will have
        assertThat(page).contains("2 mốc: 30/06, 30/09", "4 mốc: 20/03, 20/06, 20/09, 20/12",
                "5 mốc: 31/12/2022, 20/03, 20/06, 20/09, 20/12");

        MultiValueMap<String, String> form = form("preview");
        form.add("name.0", "Sở Giao thông vận tải");
        form.add("choice.0", "stc");
        form.add("skip.3", "true");
        form.add("lead.3", "Sở Nội vụ");
        form.add("deadline.5", "Đột xuất");
        form.add("dueDate.5", "2032-09-30");
        String again = admin.postForm("/giaoviec/ke-hoach/nhap/" + draft, form).getBody();
        // the choice is still on the page after the re-preview, and the commit is now possible
        assertThat(again).contains("Sở Giao thông vận tải", "value=\"stc\" selected", "Bỏ dòng này", "30/09/2032",
                "<strong>57</strong> dòng nhiệm vụ");
        assertThat(again).doesNotContainPattern("name=\"action\" value=\"commit\"\\s+disabled");

        long plans = count("plan");
        form.set("action", "commit");
        form.add("fingerprint", fingerprint(again));
        ResponseEntity<String> committed = admin.postForm("/giaoviec/ke-hoach/nhap/" + draft, form);
        assertThat(committed.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(count("plan")).isEqualTo(plans + 1);
        long planId = jdbc.queryForObject("select max(id) from plan", Long.class);
        assertThat(committed.getHeaders().getLocation().getPath()).isEqualTo("/giaoviec/ke-hoach/" + planId);
        assertThat(jdbc.queryForObject("select count(*) from task_register where plan_id = ? and plan_row = 3",
                Integer.class, planId)).isZero();
        assertThat(jdbc.queryForObject("select due_date from task_register where plan_id = ? and plan_row = 5",
                java.sql.Date.class, planId).toLocalDate()).isEqualTo(java.time.LocalDate.of(2032, 9, 30));
        assertThat(admin.get("/giaoviec/ke-hoach/nhap/" + draft).getBody()).contains("Bản xem trước này không còn");
    }

    @Test
    void aCommitAfterTheDirectoryChangedIsRefusedAndShowsTheNewPreview() {
        WebappSession admin = WebappSession.login(rest, "demo", "demo");
        String draft = upload(admin, plan("2033", "Sở Tài chính"));
        String page = admin.get("/giaoviec/ke-hoach/nhap/" + draft).getBody();
        MultiValueMap<String, String> form = form("commit");
        form.add("fingerprint", fingerprint(page).replace('a', 'b') + "0");
        long plans = count("plan");

        String refused = admin.postForm("/giaoviec/ke-hoach/nhap/" + draft, form).getBody();

        assertThat(refused).contains("Dữ liệu đã thay đổi kể từ lần xem trước");
        assertThat(count("plan")).isEqualTo(plans);
    }

    @Test
    void anotherUsersDraftIsNotShown() {
        String draft = upload(WebappSession.login(rest, "demo", "demo"), plan("2034", "Sở Tài chính"));
        WebappSession chief = WebappSession.login(rest, "chanhvanphong", "demo");

        ResponseEntity<String> other = chief.get("/giaoviec/ke-hoach/nhap/" + draft);

        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.getBody()).contains("Bản xem trước này không còn").doesNotContain("Sở Giao thông vận tải");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        WebappSession admin = WebappSession.login(rest, "demo", "demo");
        String draft = upload(admin, plan("2035", "Sở Tài chính"));
        assertThat(admin.postFormWithoutToken("/giaoviec/ke-hoach/nhap/" + draft, form("commit")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** Seed 000 moved to another year, one lead replaced. */
    static byte[] plan(String year, String lead) {
        try {
            return new String(PlanImportApiTest.seed000(), StandardCharsets.UTF_8)
                    .replace("\tSở Tài chính\tCác cơ quan, đơn vị có liên quan\tBáo cáo kết quả thực hiện trên địa bàn tỉnh",
                            "\t" + lead + "\tCác cơ quan, đơn vị có liên quan\tBáo cáo kết quả thực hiện trên địa bàn tỉnh")
                    .replace("năm 2023", "năm " + year).getBytes(StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String upload(WebappSession session, byte[] plan) {
        session.get("/giaoviec/ke-hoach/nhap");
        ResponseEntity<String> uploaded = session.postFile("/giaoviec/ke-hoach/nhap", "kh.txt", plan,
                new LinkedMultiValueMap<>());
        assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.FOUND);
        Matcher matcher = DRAFT.matcher(uploaded.getHeaders().getLocation().getPath());
        assertThat(matcher.matches()).isTrue();
        return matcher.group(1);
    }

    private static MultiValueMap<String, String> form(String action) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("action", action);
        return form;
    }

    private static String fingerprint(String page) {
        Matcher matcher = FINGERPRINT.matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
