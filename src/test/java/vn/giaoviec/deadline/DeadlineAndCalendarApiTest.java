package vn.giaoviec.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The deadline and calendar endpoints as an integrator calls them (authenticated, JSON). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeadlineAndCalendarApiTest {

    @Autowired TestRestTemplate rest;

    @Test
    void parsesAPhraseIntoKindAndDates() {
        JsonNode multiple = get("/api/deadlines/parse?text=Quý II, III năm 2023&year=2023");
        assertThat(multiple.get("kind").asText()).isEqualTo("MULTIPLE");
        assertThat(multiple.get("dueDates")).extracting(JsonNode::asText).containsExactly("2023-06-30", "2023-09-30");
        assertThat(multiple.get("text").asText()).isEqualTo("Quý II, III năm 2023");
        assertThat(multiple.get("warning").isNull()).isTrue();

        JsonNode noYear = get("/api/deadlines/parse?text=quy iv&year=2022");
        assertThat(noYear.get("dueDates")).extracting(JsonNode::asText).containsExactly("2022-12-31");

        JsonNode continuous = get("/api/deadlines/parse?text=Thường xuyên&year=2023");
        assertThat(continuous.get("kind").asText()).isEqualTo("CONTINUOUS");
        assertThat(continuous.get("dueDates")).isEmpty();
    }

    @Test
    void anUnknownPhraseIsAWarningNotAnError() {
        JsonNode unknown = get("/api/deadlines/parse?text=khi nào xong thì thôi&year=2023");
        assertThat(unknown.get("kind").asText()).isEqualTo("UNSPECIFIED");
        assertThat(unknown.get("warning").asText()).contains("khi nào xong thì thôi");
    }

    @Test
    void listsTheYearsHolidaysWithVietnameseNames() {
        JsonNode holidays = get("/api/calendar/holidays?year=2024");
        assertThat(holidays).extracting(h -> h.get("date").asText())
                .contains("2024-01-01", "2024-02-08", "2024-02-14", "2024-04-18", "2024-04-29", "2024-04-30",
                        "2024-05-01", "2024-09-02", "2024-09-03")
                .doesNotContain("2024-02-10", "2024-02-11"); // weekend days are not listed
        assertThat(holidays.toString()).contains("Giỗ Tổ Hùng Vương", "Tết");
    }

    @Test
    void addsWorkingDaysAcrossTet() {
        assertThat(get("/api/calendar/add-working-days?from=2024-02-07&days=1").get("date").asText())
                .isEqualTo("2024-02-15");
        assertThat(get("/api/calendar/add-working-days?from=2024-02-15&days=-1").get("date").asText())
                .isEqualTo("2024-02-07");
    }

    @Test
    void badParametersGetAVietnameseMessage() {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("snv-chuyenvien", "demo")
                .getForEntity("/api/calendar/holidays?year=3000", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("error").asText()).contains("Năm phải");
    }

    private JsonNode get(String path) {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("snv-chuyenvien", "demo").getForEntity(path, JsonNode.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
