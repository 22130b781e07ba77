package vn.giaoviec.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a transaction that started a plan's worth of tasks commits, the database's planner
 * statistics of the tables the inboxes read are fresh: on PostgreSQL every table shows an
 * {@code ANALYZE} after the commit; on H2 a column's selectivity is computed again.
 */
@SpringBootTest
@ActiveProfiles("test")
class PlannerStatisticsTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlannerStatistics statistics;

    private Instant before;

    @Test
    void aBulkStartRefreshesTheStatisticsOnceItHasCommitted() throws Exception {
        String database = transactions.execute(status -> jdbc.execute(
                (java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()));
        before = Instant.now().minusMillis(1);
        if (database.equals("H2")) {
            jdbc.execute("ALTER TABLE ACT_RU_AUTHORIZATION ALTER COLUMN ID_ SELECTIVITY 1");
        }

        transactions.executeWithoutResult(status ->
                events.publishEvent(new vn.giaoviec.lifecycle.TasksStarted(PlannerStatistics.BULK_TASKS)));
        statistics.lastRefresh().get(60, TimeUnit.SECONDS);

        if (database.equals("H2")) {
            assertThat(jdbc.queryForObject("SELECT SELECTIVITY FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_NAME = 'ACT_RU_AUTHORIZATION' AND COLUMN_NAME = 'ID_'", Integer.class))
                    .as("unique ids: selectivity 100 once analysed").isEqualTo(100);
        } else {
            Map<String, Boolean> analysed = lastAnalyzed();
            System.out.println("Analysed after the bulk start: " + analysed);
            assertThat(analysed).hasSize(PlannerStatistics.TABLES.size()).doesNotContainValue(false);
        }
    }

    /** PostgreSQL: for each table, whether it was analysed after {@code before}. */
    private Map<String, Boolean> lastAnalyzed() {
        jdbc.execute("select pg_stat_clear_snapshot()");
        List<String> tables = PlannerStatistics.TABLES.stream().map(String::toLowerCase).toList();
        return jdbc.query("select relname, last_analyze from pg_stat_user_tables where relname = any(?)",
                rs -> {
                    Map<String, Boolean> result = new TreeMap<>();
                    while (rs.next()) {
                        Timestamp at = rs.getTimestamp(2);
                        result.put(rs.getString(1), at != null && at.toInstant().isAfter(before));
                    }
                    return result;
                }, (Object) tables.toArray(String[]::new));
    }
}
