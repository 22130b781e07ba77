package vn.giaoviec.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.testsupport.PostgresTestEnvironment;

/**
 * A node whose job executor has stopped fires no timer: /actuator/health must say DOWN (503) so that
 * the supervisor (Docker's HEALTHCHECK, systemd) restarts it. A database of its own, closed afterwards,
 * so that this running job executor never picks up another test's timers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true",
        // an engine of its own name and no webapps: engines and webapp delegates are registered JVM-wide,
        // and closing this application must not take the other cached test applications' "default" with it
        "camunda.bpm.process-engine-name=jobExecutorHealth",
        "camunda.bpm.webapp.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:job-executor-health;DB_CLOSE_DELAY=-1",
        PostgresTestEnvironment.OWN_DATABASE + "=true"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class JobExecutorHealthTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;

    @Test
    void healthIsDownOnceTheAcquisitionThreadDies() throws Exception {
        assertThat(health()).isEqualTo(200);
        JobExecutor executor = jobExecutor();

        executor.setAcquireJobsCmdFactory(jobs -> {
            throw new OutOfMemoryError("mô phỏng trong kiểm thử: hết bộ nhớ khi lấy hẹn giờ");
        });
        executor.jobWasAdded();

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (health() != 503 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(executor.isActive()).as("Camunda still counts the executor as active").isTrue();
        assertThat(health()).isEqualTo(503);
    }

    @Test
    void healthIsDownOnceTheJobExecutorStops() throws Exception {
        jobExecutor().shutdown();

        assertThat(health()).isEqualTo(503);
    }

    private JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }

    private int health() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("/actuator/health → " + response.statusCode() + " " + response.body());
        return response.statusCode();
    }
}
