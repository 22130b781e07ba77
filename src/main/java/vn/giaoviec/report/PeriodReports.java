package vn.giaoviec.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.giaoviec.calendar.ProvinceClock;

/** The agencies' periodic reports; written from the reporting process's delegates, in the engine's transaction. */
@Repository
class PeriodReports {

    private static final String SELECT = "select plan_id, period, agency, status, due_date, submitted_at, submitted_by,"
            + " on_time, escalated from period_report";

    private final JdbcTemplate jdbc;
    private final ProvinceClock clock;

    PeriodReports(JdbcTemplate jdbc, ProvinceClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void open(long planId, String period, String agency, LocalDate dueDate, String processInstanceId) {
        jdbc.update("insert into period_report (plan_id, period, agency, status, due_date, process_instance_id)"
                + " values (?,?,?,?,?,?)", planId, period, agency, ReportStatus.PENDING.name(), Date.valueOf(dueDate),
                processInstanceId);
    }

    void reminded(long planId, String period, String agency) {
        jdbc.update("update period_report set reminded_at = ? where plan_id = ? and period = ? and agency = ?",
                now(), planId, period, agency);
    }

    void escalated(long planId, String period, String agency) {
        jdbc.update("update period_report set escalated = ? where plan_id = ? and period = ? and agency = ?",
                true, planId, period, agency);
    }

    /** The officer has written the report; it waits for the leader's approval. */
    void awaitingApproval(long planId, String period, String agency) {
        setStatus(planId, period, agency, ReportStatus.AWAITING_APPROVAL, ReportStatus.PENDING);
    }

    /** The leader returned the report to the officer. */
    void returned(long planId, String period, String agency) {
        setStatus(planId, period, agency, ReportStatus.PENDING, ReportStatus.AWAITING_APPROVAL);
    }

    /** The compile date came while the agency's report was still being written. */
    void missing(long planId, String period, String agency) {
        jdbc.update("update period_report set status = ? where plan_id = ? and period = ? and agency = ? and status in (?,?)",
                ReportStatus.MISSING.name(), planId, period, agency, ReportStatus.PENDING.name(),
                ReportStatus.AWAITING_APPROVAL.name());
    }

    /** The plan's year ended: reports still open are no longer asked for. */
    void stop(long planId) {
        jdbc.update("update period_report set status = ? where plan_id = ? and status in (?,?)",
                ReportStatus.STOPPED.name(), planId, ReportStatus.PENDING.name(), ReportStatus.AWAITING_APPROVAL.name());
    }

    private void setStatus(long planId, String period, String agency, ReportStatus status, ReportStatus from) {
        jdbc.update("update period_report set status = ? where plan_id = ? and period = ? and agency = ? and status = ?",
                status.name(), planId, period, agency, from.name());
    }

    /** The leader approved the report: it reaches Sở Nội vụ now, on time if not after the due date. */
    void submitted(long planId, String period, String agency, String by, String text, String link) {
        PeriodReport report = get(planId, period, agency);
        boolean onTime = !clock.today().isAfter(report.dueDate());
        jdbc.update("update period_report set status = ?, submitted_at = ?, submitted_by = ?, on_time = ?,"
                        + " report_text = ?, report_link = ? where plan_id = ? and period = ? and agency = ?",
                ReportStatus.SUBMITTED.name(), now(), by, onTime, text, link, planId, period, agency);
    }

    /**
     * Compile time: whoever has not written a report is recorded as not reporting; a report waiting
     * for its leader's approval is not, and counts late once approved.
     */
    void markMissing(long planId, String period) {
        jdbc.update("update period_report set status = ? where plan_id = ? and period = ? and status = ?",
                ReportStatus.MISSING.name(), planId, period, ReportStatus.PENDING.name());
    }

    PeriodReport get(long planId, String period, String agency) {
        return jdbc.query(SELECT + " where plan_id = ? and period = ? and agency = ?", PeriodReports::map,
                planId, period, agency).stream().findFirst().orElseThrow();
    }

    List<PeriodReport> ofPeriod(long planId, String period) {
        return jdbc.query(SELECT + " where plan_id = ? and period = ? order by agency", PeriodReports::map,
                planId, period);
    }

    List<PeriodReport> ofPlan(long planId) {
        return jdbc.query(SELECT + " where plan_id = ? order by period, agency", PeriodReports::map, planId);
    }

    private Timestamp now() {
        return Timestamp.valueOf(clock.localNow());
    }

    private static PeriodReport map(ResultSet rs, int row) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new PeriodReport(rs.getLong("plan_id"), rs.getString("period"), rs.getString("agency"),
                ReportStatus.valueOf(rs.getString("status")), rs.getDate("due_date").toLocalDate(),
                submitted == null ? null : submitted.toLocalDateTime(), rs.getString("submitted_by"),
                (Boolean) rs.getObject("on_time", Boolean.class), rs.getBoolean("escalated"));
    }
}
