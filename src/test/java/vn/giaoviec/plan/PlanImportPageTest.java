package vn.giaoviec.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.giaoviec.testsupport.WebappSession;

/** The Vietnamese import pages, used as a signed-in Tasklist user would: upload, preview, map, commit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanImportPageTest {

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
    void uploadPreviewMapAndCommit() throws Exception {
        byte[] plan = new String(PlanImportApiTest.seed000(), StandardCharsets.UTF_8)
                .replace("\tSở Tài chính\tCác cơ quan, đơn vị có liên quan\tBáo cáo kết quả thực hiện trên địa bàn tỉnh",
                        "\tSở Công Thương\tCác cơ quan, đơn vị có liên quan\tBáo cáo kết quả thực hiện trên địa bàn tỉnh")
                .replace("năm 2023", "năm 2032").getBytes(StandardCharsets.UTF_8);
        WebappSession admin = WebappSession.login(rest, "demo", "demo");
        assertThat(admin.get("/giaoviec/ke-hoach/nhap").getBody()).contains("Nhập kế hoạch cải cách hành chính");

        String preview = admin.postFile("/giaoviec/ke-hoach/nhap", "kh-2032.txt", plan, new LinkedMultiValueMap<>())
                .getBody();
        assertThat(preview).contains("Kế hoạch cải cách hành chính năm 2032", "<strong>58</strong> dòng nhiệm vụ",
                "Sở Công Thương", "Chọn cơ quan cho tên chưa nhận ra");
        assertThat(preview).containsPattern("<button type=\"submit\" name=\"action\" value=\"commit\"\\s+disabled");

        long plans = jdbc.queryForObject("select count(*) from plan", Long.class);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("names[0]", "Sở Công Thương");
        form.add("codes[0]", "stc");
        form.add("action", "commit");
        ResponseEntity<String> committed = admin.postForm("/giaoviec/ke-hoach/ghi", form);
        assertThat(committed.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(admin.get("/giaoviec/ke-hoach").getBody()).contains("Đã ghi kế hoạch", "năm 2032");
        assertThat(jdbc.queryForObject("select count(*) from plan", Long.class)).isEqualTo(plans + 1);
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        WebappSession admin = WebappSession.login(rest, "demo", "demo");
        admin.get("/giaoviec/ke-hoach/nhap");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("action", "commit");
        assertThat(admin.postFormWithoutToken("/giaoviec/ke-hoach/ghi", form).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
