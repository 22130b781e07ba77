package vn.giaoviec.engine.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.testsupport.HttpBodies;

/**
 * Issue 15, item 8: refusals a client earns — an anonymous "//engine-rest/…" (which used to slip past
 * the /engine-rest security chain and end in a 500 with some 60 lines of stack trace), a task that
 * does not exist, an action the user may not take — are logged as ONE line each naming method, path
 * and status (and the user, once known), never a stack trace that buries real errors in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class QuietRefusalLogsTest {

    @Autowired TestRestTemplate rest;
    @LocalServerPort int port;

    /** The servlets start lazily, logging as they do: not what is counted here. */
    @BeforeEach
    void warmUp() {
        rest.getForEntity("/giaoviec/dang-nhap", String.class);
        rest.withBasicAuth("demo", "demo").getForEntity("/engine-rest/engine", String.class);
    }

    @Test
    void anonymousUnnormalizedPathsAreA400AndOneLine(CapturedOutput output) throws Exception {
        for (String path : new String[] {"//engine-rest/task", "/engine-rest//task", "//camunda/api/engine/engine/default/task",
                "//api/tasks", "/./engine-rest/task", "/api/../engine-rest/task"}) {
            int before = lines(output).size();
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            List<String> logged = lines(output).subList(before, lines(output).size());
            String what = "GET " + path + " → " + answer.statusCode() + "\n" + String.join("\n", logged);
            assertThat(answer.statusCode()).as(what).isEqualTo(400);
            assertThat(logged).as(what).singleElement().asString().contains("400 GET " + path);
        }
    }

    @Test
    void expectedEngineRefusalsAreOneLineEach(CapturedOutput output) {
        TestRestTemplate officer = rest.withBasicAuth("stp-chuyenvien", "demo");
        String[][] requests = {
            {"GET", "/engine-rest/task/khong-co-viec-nay"},
            {"GET", "/engine-rest/task/khong-co-viec-nay/variables"},
            {"DELETE", "/engine-rest/task/khong-co-viec-nay"},
            {"POST", "/engine-rest/task/khong-co-viec-nay/complete"},
            {"POST", "/engine-rest/task/khong-co-viec-nay/claim"},
            {"POST", "/engine-rest/message"},
            {"POST", "/engine-rest/process-definition/key/khong-co/start"},
            {"DELETE", "/engine-rest/process-instance/khong-co"},
            {"GET", "/engine-rest/process-definition/key/khong-co/xml"},
            {"GET", "/engine-rest/process-instance/khong-co"},
            {"GET", "/engine-rest/history/process-instance/khong-co"},
            {"GET", "/engine-rest/deployment/khong-co"},
        };
        for (String[] request : requests) {
            int before = lines(output).size();
            ResponseEntity<String> answer = officer.exchange(request[1], HttpMethod.valueOf(request[0]),
                    request[0].equals("POST") ? HttpBodies.json("{}") : null, String.class);
            List<String> logged = lines(output).subList(before, lines(output).size());
            String what = request[0] + " " + request[1] + " → " + answer.getStatusCode() + "\n" + String.join("\n", logged);
            assertThat(answer.getStatusCode().is4xxClientError()).as(what).isTrue();
            assertThat(logged).as(what).hasSizeLessThanOrEqualTo(1);
            assertThat(logged).as(what).allMatch(line -> line.contains(answer.getStatusCode().value() + " " + request[0])
                    && line.contains("stp-chuyenvien"));
        }
    }

    /** A negative firstResult reached the database: a 500 and about 1,000 lines of SQL errors for one request. */
    @Test
    void pagingOutOfRangeIsA400InVietnameseAndOneLine(CapturedOutput output) {
        String[][] requests = {
            {"GET", "/engine-rest/task?firstResult=-5"},
            {"GET", "/engine-rest/history/task?maxResults=-1"},
            {"POST", "/engine-rest/task?firstResult=-1&maxResults=10"},
            {"GET", "/engine-rest/task?maxResults=99999999999"},
        };
        for (String[] request : requests) {
            for (String user : new String[] {"stp-chuyenvien", "demo"}) {
                int before = lines(output).size();
                ResponseEntity<String> answer = rest.withBasicAuth(user, "demo").exchange(request[1],
                        HttpMethod.valueOf(request[0]), request[0].equals("POST") ? HttpBodies.json("{}") : null, String.class);
                List<String> logged = lines(output).subList(before, lines(output).size());
                String what = user + " " + request[0] + " " + request[1] + " → " + answer.getStatusCode() + "\n"
                        + String.join("\n", logged);
                assertThat(answer.getStatusCode().value()).as(what).isEqualTo(400);
                assertThat(answer.getBody()).as(what).contains("firstResult và maxResults phải là số nguyên không âm");
                assertThat(logged).as(what).singleElement().asString().contains("400 " + request[0], user);
            }
        }
    }

    private static List<String> lines(CapturedOutput output) {
        return output.getOut().lines().toList();
    }
}
