package vn.giaoviec.testsupport;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the PostgreSQL test run, points every test application context at the run's own database —
 * except one that brings a database of its own ({@value #OWN_DATABASE}=true, e.g. the benchmarks).
 */
public class PostgresTestEnvironment implements EnvironmentPostProcessor {

    public static final String OWN_DATABASE = "giaoviec.test.own-database";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!PostgresTestDatabase.selected() || environment.getProperty(OWN_DATABASE, Boolean.class, false)) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("postgresql-test-database", Map.of(
                "spring.datasource.url", PostgresTestDatabase.url(),
                "spring.datasource.username", PostgresTestDatabase.user(),
                "spring.datasource.password", "")));
    }
}
