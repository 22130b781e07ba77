package vn.giaoviec.testsupport;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** In the PostgreSQL test run, points every test application context at the run's own database. */
public class PostgresTestEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!PostgresTestDatabase.selected()) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("postgresql-test-database", Map.of(
                "spring.datasource.url", PostgresTestDatabase.url(),
                "spring.datasource.username", PostgresTestDatabase.user(),
                "spring.datasource.password", "")));
    }
}
