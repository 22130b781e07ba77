package vn.giaoviec.db;

import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jakarta.annotation.PreDestroy;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.giaoviec.lifecycle.TasksStarted;

/**
 * Refreshes the database's planner statistics for the tables a bulk start fills (a plan import of
 * thousands of tasks), right after it commits. Without this the inbox queries run on the statistics
 * of the tables before the import until autovacuum comes around (a minute or more, longer on a busy
 * server): PostgreSQL then believes the task, identity-link and authorization tables are nearly
 * empty and picks nested loops over 25,000 rows — measured "Việc của đơn vị" at 0.4–1 s per query
 * with 20,000 open tasks, 54 ms after {@code ANALYZE} on the same data (docs/benchmarks.md).
 * It runs after the commit on a thread of its own (the import's answer does not wait for it); a
 * failure is logged and changes nothing: the import has already committed.
 */
@Component
public class PlannerStatistics {

    /** Tasks started in one transaction from which statistics are refreshed (autovacuum handles less). */
    public static final int BULK_TASKS = 500;

    /** The tables the inboxes, the dashboard and job acquisition read, which a bulk start grows. */
    static final List<String> TABLES = List.of("ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION",
            "ACT_RU_EXECUTION", "ACT_RU_VARIABLE", "ACT_RU_JOB", "ACT_HI_PROCINST", "ACT_HI_TASKINST",
            "TASK_REGISTER", "TASK_TRANSITION");

    private static final Logger LOG = LoggerFactory.getLogger(PlannerStatistics.class);

    private final JdbcTemplate jdbc;
    private final String database;
    /** One thread: the import's answer does not wait for ANALYZE (about 0.2 s per table). */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "planner-statistics");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Future<?> lastRefresh = CompletableFuture.completedFuture(null);

    public PlannerStatistics(DataSource dataSource) throws Exception {
        this.jdbc = new JdbcTemplate(dataSource);
        this.database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    }

    /** After the commit, in the background: the tasks are already there for everyone. */
    @TransactionalEventListener
    public void afterBulkStart(TasksStarted event) {
        if (event.count() < BULK_TASKS) {
            return;
        }
        lastRefresh = worker.submit(() -> {
            long start = System.nanoTime();
            try {
                refresh();
                LOG.info("Planner statistics refreshed after {} tasks started in {} ms", event.count(),
                        (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("Could not refresh planner statistics after a bulk start ({} tasks); autovacuum will",
                        event.count(), e);
            }
        });
    }

    /** The refresh last asked for (tests wait for it). */
    Future<?> lastRefresh() {
        return lastRefresh;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** One {@code ANALYZE} per table (PostgreSQL, H2); other databases keep their own schedule. */
    void refresh() {
        String prefix = switch (database) {
            case "PostgreSQL" -> "ANALYZE ";
            case "H2" -> "ANALYZE TABLE ";
            default -> null;
        };
        if (prefix != null) {
            TABLES.forEach(table -> jdbc.execute(prefix + table));
        }
    }
}
