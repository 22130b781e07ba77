package vn.giaoviec.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.testsupport.HttpBodies;

/**
 * A plan that would start more tasks than the server can hold in one transaction is refused before
 * anything is written — a row addressed to a collective multiplies, so a small file could ask for
 * hundreds of thousands of tasks (B1: 7,020 tasks ran a 512 MiB node out of memory).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "giaoviec.import.max-tasks=5")
@ActiveProfiles("test")
class TaskBudgetTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theDefaultFollowsTheHeap() {
        assertThat(TaskBudget.derived(512)).isEqualTo(8_448);
        assertThat(TaskBudget.derived(1024)).isEqualTo(20_736);
        assertThat(TaskBudget.derived(128)).as("never below a usable size").isEqualTo(500);
        assertThatThrownBy(() -> new TaskBudget(7_000).require(7_020)).isInstanceOf(PlanImportException.class)
                .hasMessageStartingWith("Kế hoạch này tạo 7.020 nhiệm vụ, quá giới hạn 7.000 nhiệm vụ mỗi lần nhập")
                .hasMessageContaining("Chưa có gì được ghi");
    }

    @Test
    void aPlanOverTheLimitIsRefusedAndNothingIsWritten() {
        int year = LocalDate.now().getYear() + 1;
        byte[] plan = ("Kế hoạch cải cách hành chính năm " + year + "\n"
                + "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành\n"
                + "1\tRà soát thủ tục hành chính cấp huyện\tUBND các huyện\t\tBáo cáo\tQuý IV/" + year + "\n")
                .getBytes(StandardCharsets.UTF_8);
        long plans = count("plan");
        long tasks = count("task_register");

        ResponseEntity<String> answer = rest.withBasicAuth("demo", "demo").postForEntity("/api/plans",
                HttpBodies.multipart("ke-hoach-lon.txt", plan), String.class);

        assertThat(answer.getStatusCode().is4xxClientError()).as(answer.getBody()).isTrue();
        assertThat(answer.getBody()).contains("Kế hoạch này tạo 8 nhiệm vụ, quá giới hạn 5 nhiệm vụ mỗi lần nhập");
        assertThat(answer.getStatusCode()).isNotEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(count("plan")).isEqualTo(plans);
        assertThat(count("task_register")).isEqualTo(tasks);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
