package vn.giaoviec.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The PostgreSQL profile's job executor and connection pool, read as Spring Boot reads them
 * (application-postgres.yaml over application.yaml): the numbers must fit each other.
 */
class JobExecutorSettingsTest {

    static final int POSTGRES_DEFAULT_MAX_CONNECTIONS = 100;
    static final int NODES = 2;
    static final int CONNECTIONS_LEFT_FOR_WEB_REQUESTS = 10;

    @Test
    void poolsFitEachOtherAndTheDatabase() throws IOException {
        Binder binder = Binder.get(postgresProfile());
        int jobThreads = binder.bind("camunda.bpm.job-execution.max-pool-size", Integer.class).get();
        int coreThreads = binder.bind("camunda.bpm.job-execution.core-pool-size", Integer.class).get();
        int queue = binder.bind("camunda.bpm.job-execution.queue-capacity", Integer.class).get();
        int perAcquisition = binder.bind("camunda.bpm.job-execution.max-jobs-per-acquisition", Integer.class).get();
        int connections = binder.bind("spring.datasource.hikari.maximum-pool-size", Integer.class).get();
        System.out.printf("Job executor (postgres): threads %d..%d, queue %d, %d jobs per acquisition;"
                        + " Hikari %d connections per node, %d nodes = %d of PostgreSQL's %d%n",
                coreThreads, jobThreads, queue, perAcquisition, connections, NODES, NODES * connections,
                POSTGRES_DEFAULT_MAX_CONNECTIONS);

        assertThat(coreThreads).isLessThanOrEqualTo(jobThreads);
        assertThat(queue).as("one acquisition fits in the queue").isGreaterThanOrEqualTo(perAcquisition);
        assertThat(connections).as("job threads + acquisition thread + web requests")
                .isGreaterThanOrEqualTo(jobThreads + 1 + CONNECTIONS_LEFT_FOR_WEB_REQUESTS);
        assertThat(NODES * connections).isLessThan(POSTGRES_DEFAULT_MAX_CONNECTIONS);
    }

    @Test
    void acquisitionByDueDateAndNotDeploymentAwareWithoutLosingTheBaseGenericProperties() throws IOException {
        Map<String, String> generic = Binder.get(postgresProfile())
                .bind("camunda.bpm.generic-properties.properties", Bindable.mapOf(String.class, String.class)).get();
        System.out.println("Generic engine properties (postgres): " + generic);
        assertThat(generic).containsEntry("jobExecutorAcquireByDueDate", "true")
                .containsEntry("jobExecutorDeploymentAware", "false")
                .containsKeys("generalResourceWhitelistPattern", "defaultUserPermissionNameForTask");
    }

    private static StandardEnvironment postgresProfile() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
        for (String file : new String[] {"application-postgres.yaml", "application.yaml"}) {
            for (PropertySource<?> source : loader.load(file, new ClassPathResource(file))) {
                environment.getPropertySources().addLast(source);
            }
        }
        return environment;
    }
}
