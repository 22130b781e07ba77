package vn.giaoviec.plan;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Imported plans. */
@Repository
public class PlanRepository {

    private static final String SELECT = "select id, decision_number, title, issuer, plan_year, monitoring_agency,"
            + " source_file, task_count, imported_by, imported_at, closed_at from plan";

    private final JdbcTemplate jdbc;

    PlanRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Plan plan, String sha256) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into plan (decision_number, title, issuer, plan_year,"
                    + " monitoring_agency, source_file, source_sha256, task_count, imported_by, imported_at)"
                    + " values (?,?,?,?,?,?,?,?,?,?)", new String[] {"id"});
            statement.setString(1, plan.decisionNumber());
            statement.setString(2, plan.title());
            statement.setString(3, plan.issuer());
            statement.setInt(4, plan.year());
            statement.setString(5, plan.monitoringAgency());
            statement.setString(6, plan.sourceFile());
            statement.setString(7, sha256);
            statement.setInt(8, plan.taskCount());
            statement.setString(9, plan.importedBy());
            statement.setTimestamp(10, Timestamp.valueOf(plan.importedAt()));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    public Optional<Plan> findBySource(String sha256) {
        return jdbc.query(SELECT + " where source_sha256 = ?", this::map, sha256).stream().findFirst();
    }

    public Optional<Plan> findByDecision(String decisionNumber, int year) {
        return jdbc.query(SELECT + " where decision_number = ? and plan_year = ?", this::map, decisionNumber, year)
                .stream().findFirst();
    }

    /** Plans of a year still open that were imported (not created at a year end for carried-over tasks). */
    public List<Plan> openImported(int year) {
        return jdbc.query(SELECT + " where plan_year = ? and status = 'OPEN' and carried_from_plan is null order by id",
                this::map, year);
    }

    /** The plan of a year created at a year end to receive carried-over tasks, if any and still open. */
    public Optional<Plan> openCarryOverPlan(int year) {
        return jdbc.query(SELECT + " where plan_year = ? and status = 'OPEN' and carried_from_plan is not null"
                + " order by id", this::map, year).stream().findFirst();
    }

    public void markCarryOverPlan(long id, long fromPlanId) {
        jdbc.update("update plan set carried_from_plan = ? where id = ?", fromPlanId, id);
    }

    /** Every plan not yet closed at its year end. */
    public List<Plan> open() {
        return jdbc.query(SELECT + " where status = 'OPEN' order by id", this::map);
    }

    public List<Plan> all() {
        return jdbc.query(SELECT + " order by plan_year desc, id desc", this::map);
    }

    public void close(long id, String statistics, java.time.LocalDateTime at) {
        jdbc.update("update plan set status = 'CLOSED', closed_at = ?, closing_statistics = ? where id = ?",
                Timestamp.valueOf(at), statistics, id);
    }

    /** The figures stored when the plan closed (JSON), empty while it runs. */
    public java.util.Optional<String> closingStatistics(long id) {
        return jdbc.queryForList("select closing_statistics from plan where id = ?", String.class, id).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * Locks the plan's row until the caller's transaction ends: two nodes doing the same thing to
     * one plan at the same moment (starting its year-end process) take turns, and the second sees
     * what the first committed.
     */
    public void lock(long id) {
        jdbc.queryForList("select id from plan where id = ? for update", Long.class, id);
    }

    public Optional<Plan> find(long id) {
        return jdbc.query(SELECT + " where id = ?", this::map, id).stream().findFirst();
    }

    private Plan map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Plan(rs.getLong("id"), rs.getString("decision_number"), rs.getString("title"),
                rs.getString("issuer"), rs.getInt("plan_year"), rs.getString("monitoring_agency"),
                rs.getString("source_file"), rs.getInt("task_count"), rs.getString("imported_by"),
                rs.getTimestamp("imported_at").toLocalDateTime(),
                rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toLocalDateTime());
    }
}
