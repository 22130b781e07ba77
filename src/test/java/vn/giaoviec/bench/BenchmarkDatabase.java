package vn.giaoviec.bench;

import java.nio.file.Path;
import java.util.Map;
import vn.giaoviec.testsupport.PostgresTestDatabase;
import vn.giaoviec.testsupport.PostgresTestEnvironment;

/** Where a benchmark run keeps its data: a fresh H2 file database or a fresh PostgreSQL database. */
enum BenchmarkDatabase {
    H2, POSTGRESQL;

    Map<String, Object> properties(Path workDir) {
        if (this == H2) {
            return Map.of("spring.datasource.url", "jdbc:h2:file:" + workDir.resolve("h2/bench").toAbsolutePath()
                    + ";DB_CLOSE_ON_EXIT=FALSE", "spring.datasource.username", "sa", "spring.datasource.password", "");
        }
        String reason = PostgresTestDatabase.unavailableReason();
        if (reason != null) {
            throw new IllegalStateException(reason);
        }
        // a database of its own: the tests' shared one holds other tests' saved agency names and tasks
        return Map.of("spring.datasource.url", PostgresTestDatabase.fresh("giaoviec_bench"),
                "spring.datasource.username", PostgresTestDatabase.user(), "spring.datasource.password", "",
                PostgresTestEnvironment.OWN_DATABASE, "true");
    }

    String label() {
        return this == H2 ? "H2 (tệp)" : "PostgreSQL";
    }
}
