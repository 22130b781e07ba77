package vn.giaoviec.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.plan.Plan;
import vn.giaoviec.plan.PlanImporter;
import vn.giaoviec.yearend.PlanYearEnd;

/**
 * POST /api/plans/{id}/reports/start and GET …/reports over HTTP: started once, never on a closed
 * plan, periods the plan did not live through shown as not applicable, due dates as the process uses them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportApiTest {

    /** 20/09/2031 and 20/12/2031 are Saturdays. */
    static final int YEAR = 2031;
    static final String PLAN = """
            KẾ HOẠCH
            Cải cách hành chính năm %1$d (API báo cáo %2$s)
            STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành
            I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH
            1\tRà soát thủ tục %2$s\tSở Tư pháp\t\tBáo cáo\tQuý IV/%1$d
            """;

    @Autowired TestRestTemplate rest;
    @Autowired PlanImporter importer;
    @Autowired PlanYearEnd yearEnd;

    final ObjectMapper mapper = new ObjectMapper();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void secondStartIsAConflictWithAVietnameseMessage() throws Exception {
        Plan plan = importPlan(LocalDateTime.of(YEAR, 1, 5, 9, 0));
        assertThat(start(plan).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<String> again = start(plan);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(error(again)).isEqualTo("Kế hoạch số " + plan.id() + " đã bắt đầu báo cáo định kỳ; không bắt đầu lần nữa");
    }

    @Test
    void startOnAClosedPlanIsAConflict() throws Exception {
        Plan plan = importPlan(LocalDateTime.of(YEAR, 1, 5, 9, 0));
        yearEnd.close(plan.id(), Map.of(yearEnd.unfinished(plan.id()).get(0).taskCode(), PlanYearEnd.Decision.CLOSE),
                null, "snv-lanhdao");

        ResponseEntity<String> refused = start(plan);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(error(refused)).isEqualTo("Kế hoạch số " + plan.id()
                + " đã kết thúc năm kế hoạch; không bắt đầu báo cáo định kỳ");
    }

    @Test
    void dueDatesFallOnTheWorkingDayTheProcessUsesAndPastPeriodsOfAMidYearPlanDoNotApply() throws Exception {
        Plan plan = importPlan(LocalDateTime.of(YEAR, 7, 1, 9, 0));
        assertThat(start(plan).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        JsonNode periods = mapper.readTree(call(HttpMethod.GET, "/api/plans/" + plan.id() + "/reports").getBody())
                .get("periods");

        assertThat(periods).extracting(p -> p.get("code").asText()).containsExactly("Q1", "H1", "Q3", "YEAR");
        assertThat(periods).extracting(p -> p.get("dueDate").asText())
                .containsExactly(YEAR + "-03-20", YEAR + "-06-20", YEAR + "-09-22", YEAR + "-12-22");
        assertThat(periods).extracting(p -> p.get("applicable").asBoolean()).containsExactly(false, false, true, true);
        assertThat(periods.get(0).get("note").asText()).isEqualTo("Không áp dụng: kỳ số liệu kết thúc trước khi có kế hoạch");
        assertThat(periods.get(2).get("note").isNull()).isTrue();
    }

    private Plan importPlan(LocalDateTime when) {
        ClockUtil.setCurrentTime(Date.from(when.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
        return importer.commit("bao-cao.txt", PLAN.formatted(YEAR, System.nanoTime()).getBytes(StandardCharsets.UTF_8),
                YEAR, Map.of(), false, "demo");
    }

    private ResponseEntity<String> start(Plan plan) {
        return call(HttpMethod.POST, "/api/plans/" + plan.id() + "/reports/start");
    }

    private ResponseEntity<String> call(HttpMethod method, String path) {
        return rest.withBasicAuth("snv-lanhdao", "demo").exchange(path, method, HttpEntity.EMPTY, String.class);
    }

    private String error(ResponseEntity<String> response) throws Exception {
        return mapper.readTree(response.getBody()).get("error").asText();
    }
}
