package vn.giaoviec.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Issue 15, item 8: what a client sends wrongly is its 4xx, in Vietnamese, never a 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiErrorsTest {

    @Autowired TestRestTemplate rest;

    @Test
    void jsonNestedPastJacksonsLimitIs400InVietnamese() {
        // a query body nested 3,000 objects deep: Camunda answered 500 with Jackson's English text
        String deep = "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000);
        ResponseEntity<Map> answer = rest.withBasicAuth("demo", "demo").exchange("/engine-rest/task", HttpMethod.POST,
                new HttpEntity<>(deep, jsonHeaders()), Map.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).containsEntry("message",
                "Dữ liệu JSON gửi lên vượt giới hạn đọc (lồng quá sâu, số hoặc chuỗi quá dài).");
    }

    @Test
    void aUrlTheFirewallRefusesIs400InVietnamese() {
        for (String path : new String[] {"/api/tasks;x=1", "/engine-rest/task;x=1"}) {
            ResponseEntity<Map> answer = rest.withBasicAuth("demo", "demo").getForEntity(path, Map.class);
            assertThat(answer.getStatusCode().value()).as(path).isEqualTo(400);
            assertThat(String.valueOf(answer.getBody().get("error"))).as(path).startsWith("Địa chỉ không hợp lệ");
        }
    }

    @Test
    void xmlWhereJsonIsExpectedIs415InVietnamese() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_XML);
        ResponseEntity<Map> answer = rest.withBasicAuth("demo", "demo").postForEntity("/api/tasks",
                new HttpEntity<>("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
                        headers), Map.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat((String) answer.getBody().get("error")).contains("không được hỗ trợ", "text/xml", "application/json");
    }

    /** A date far outside any plan's years was a 500 (the lunar calendar has no year before −999,999,999). */
    @Test
    void aCalendarQuestionAboutAFarYearIs400InVietnamese() {
        ResponseEntity<Map> answer = rest.withBasicAuth("stp-chuyenvien", "demo")
                .getForEntity("/api/calendar/working-day?date=-999999999-01-01", Map.class);
        ResponseEntity<Map> far = rest.withBasicAuth("stp-chuyenvien", "demo")
                .getForEntity("/api/calendar/add-working-days?from=9999-01-01&days=3", Map.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) answer.getBody().get("error")).isEqualTo("Năm phải trong khoảng 1900–2199");
        assertThat(far.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
