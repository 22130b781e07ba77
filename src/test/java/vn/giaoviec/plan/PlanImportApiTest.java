package vn.giaoviec.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.agency.resolve.AgencyResolver;
import vn.giaoviec.testsupport.HttpBodies;

/** Importing seed 000 over REST: preview, commit, refuse twice, map unknown names; bad files change nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanImportApiTest {


    @Autowired TestRestTemplate rest;
    @Autowired AgencyDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    @Test
    void previewOfSeed000ShowsEveryRowResolved() throws IOException {
        JsonNode preview = post("/api/plans/preview", seed000(), null, HttpStatus.OK);

        JsonNode items = preview.get("items");
        assertThat(items).hasSize(58);
        assertThat(StreamSupport.stream(items.spliterator(), false).map(i -> i.get("section").asText()).distinct())
                .hasSize(8);
        assertThat(preview.get("unknownNames")).isEmpty();
        assertThat(preview.get("year").asInt()).isEqualTo(2023);
        JsonNode first = items.get(0);
        assertThat(first.get("title").asText()).startsWith("Xây dựng Quyết định ban hành Kế hoạch CCHC");
        assertThat(first.get("lead").asText()).isEqualTo("Sở Nội vụ");
        assertThat(first.get("coordinators")).extracting(JsonNode::asText).containsExactly("Các cơ quan, đơn vị");
        assertThat(first.get("deadline").get("kind").asText()).isEqualTo("FIXED");
        assertThat(first.get("deadline").get("dueDates")).extracting(JsonNode::asText).containsExactly("2022-12-31");
        assertThat(first.get("taskCount").asInt()).isEqualTo(1);
        JsonNode collective = items.get(1);
        assertThat(collective.get("lead").asText()).isEqualTo("Các cơ quan, đơn vị");
        // one task per member of "Các cơ quan, đơn vị" in the directory as it is now (8 sở + 8 huyện in the
        // demo directory, more when another test has added an agency)
        assertThat(collective.get("taskCount").asInt()).isEqualTo(membersOfEveryAgency()).isGreaterThanOrEqualTo(16);
        assertThat(find(items, "Kiểm soát chặt chẽ ngân sách").get("coordinatorsChosenAtAssignment").asBoolean())
                .isTrue();
        assertThat(find(items, "Tham mưu UBND tỉnh chỉ đạo khắc phục").get("deadline").get("kind").asText())
                .isEqualTo("EVENT");
        int expected = StreamSupport.stream(items.spliterator(), false).mapToInt(i -> i.get("taskCount").asInt()).sum();
        assertThat(preview.get("taskCount").asInt()).isEqualTo(expected).isGreaterThan(58);
    }

    @Test
    void committingSeed000StartsEveryTaskAtAssignmentAndRefusesASecondImport() throws IOException {
        byte[] seed = seed000();
        int expectedTasks = post("/api/plans/preview", seed, null, HttpStatus.OK).get("taskCount").asInt();
        long instancesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey("planTask").count();

        JsonNode plan = post("/api/plans", seed, null, HttpStatus.CREATED);

        long planId = plan.get("id").asLong();
        assertThat(plan.get("taskCount").asInt()).isEqualTo(expectedTasks);
        assertThat(plan.get("monitoringAgency").asText()).isEqualTo("snv");
        assertThat(jdbc.queryForObject("select count(*) from task_register where plan_id = ?", Long.class, planId))
                .isEqualTo(expectedTasks);
        // "Sau khi có kết quả công bố": registered, waiting for the event, no lifecycle yet
        long awaiting = jdbc.queryForObject("select count(*) from task_register where plan_id = ? and phase ="
                + " 'AWAITING_EVENT' and process_instance_id is null and due_date is null", Long.class, planId);
        assertThat(awaiting).isPositive();
        long started = expectedTasks - awaiting;
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("planTask").count() - instancesBefore)
                .isEqualTo(started);
        List<String> instances = jdbc.queryForList("select process_instance_id from task_register where plan_id = ?"
                + " and process_instance_id is not null", String.class, planId);
        assertThat(taskService.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
                .taskDefinitionKey("assignTask").count()).isEqualTo(started);
        assertThat(taskService.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).count())
                .isEqualTo(started);

        long registerBefore = count("task_register");
        JsonNode again = post("/api/plans", seed, null, HttpStatus.CONFLICT);
        assertThat(again.get("error").asText()).contains("đã được nhập");
        assertThat(count("task_register")).isEqualTo(registerBefore);
    }

    @Test
    void unknownAgencyBlocksTheCommitUntilMappedAndTheMappingCanBeSaved() throws IOException {
        byte[] plan = new String(seed000(), StandardCharsets.UTF_8)
                .replace("\tSở Tài chính\tCác cơ quan, đơn vị có liên quan\tBáo cáo kết quả thực hiện trên địa bàn tỉnh",
                        "\tSở Lao động, Thương binh và Xã hội\tCác cơ quan, đơn vị có liên quan\tBáo cáo kết quả thực hiện trên địa bàn tỉnh")
                .replace("năm 2023", "năm 2031").getBytes(StandardCharsets.UTF_8);
        JsonNode preview = post("/api/plans/preview", plan, null, HttpStatus.OK);
        assertThat(preview.get("unknownNames")).extracting(JsonNode::asText)
                .containsExactly("Sở Lao động, Thương binh và Xã hội");
        assertThat(preview.get("warnings").toString()).contains("Không nhận ra cơ quan");

        long plansBefore = count("plan");
        JsonNode refused = post("/api/plans", plan, null, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.get("error").asText()).contains("Sở Lao động, Thương binh và Xã hội");
        assertThat(count("plan")).isEqualTo(plansBefore);

        String mapping = "{\"Sở Lao động, Thương binh và Xã hội\": \"stc\"}";
        MultiValueMap<String, Object> form = form(plan);
        form.add("mappings", mapping);
        form.add("saveAliases", "true");
        ResponseEntity<JsonNode> committed = rest.withBasicAuth("demo", "demo")
                .postForEntity("/api/plans", new HttpEntity<>(form, multipartHeaders()), JsonNode.class);
        assertThat(committed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("/api/plans/preview", plan, null, HttpStatus.OK).get("unknownNames")).isEmpty();
    }

    @Test
    void badFilesAreRefusedInVietnameseAndWriteNothing() throws IOException {
        long plans = count("plan");
        long tasks = count("task_register");
        String noTable = "KẾ HOẠCH\nCải cách hành chính năm 2023\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao chất lượng.\n";

        assertThat(postFile("ke-hoach.txt", noTable.getBytes(StandardCharsets.UTF_8)).get("error").asText())
                .contains("Không tìm thấy bảng phụ lục");
        assertThat(postFile("ke-hoach.docx", "không phải tệp Word".getBytes(StandardCharsets.UTF_8)).get("error")
                .asText()).isNotBlank();
        assertThat(postFile("ke-hoach.txt", new byte[0]).get("error").asText()).isNotBlank();
        String missingColumns = "STT\tNhiệm vụ\tSản phẩm\n1\tXây dựng kế hoạch\tKế hoạch\n";
        assertThat(postFile("ke-hoach.txt", missingColumns.getBytes(StandardCharsets.UTF_8)).get("error").asText())
                .contains("Cơ quan chủ trì");
        assertThat(rest.postForEntity("/api/plans", new HttpEntity<>(form(seed000()), multipartHeaders()),
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("stp-chuyenvien", "demo").postForEntity("/api/plans",
                new HttpEntity<>(form(seed000()), multipartHeaders()), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(count("plan")).isEqualTo(plans);
        assertThat(count("task_register")).isEqualTo(tasks);
    }

    private JsonNode postFile(String name, byte[] content) {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("demo", "demo").postForEntity("/api/plans",
                new HttpEntity<>(form(name, content), multipartHeaders()), JsonNode.class);
        assertThat(response.getStatusCode().is4xxClientError()).as(name).isTrue();
        return response.getBody();
    }

    private JsonNode post(String path, byte[] content, String year, HttpStatus expected) {
        MultiValueMap<String, Object> form = form(content);
        if (year != null) {
            form.add("year", year);
        }
        ResponseEntity<JsonNode> response = rest.withBasicAuth("demo", "demo")
                .postForEntity(path, new HttpEntity<>(form, multipartHeaders()), JsonNode.class);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(expected);
        return response.getBody();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static JsonNode find(JsonNode items, String titleStart) {
        return StreamSupport.stream(items.spliterator(), false)
                .filter(i -> i.get("title").asText().startsWith(titleStart)).findFirst().orElseThrow();
    }

    static byte[] seed000() throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/seeds/000_bf7d911f24922af4.txt"));
    }

    private static MultiValueMap<String, Object> form(byte[] content) {
        return form("ke-hoach-cchc-2023.txt", content);
    }

    private static MultiValueMap<String, Object> form(String name, byte[] content) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", HttpBodies.file(name, content));
        return form;
    }

    private static HttpHeaders multipartHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return headers;
    }

    private int membersOfEveryAgency() {
        return new AgencyResolver(directory.all(), directory.collectives()).resolve("Các cơ quan, đơn vị")
                .agencyCodes().size();
    }
}
