package vn.giaoviec.milestone;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.giaoviec.calendar.ProvinceClock;

/** The milestones of tasks (task_milestone); written in the caller's or the engine's transaction. */
@Repository
public class MilestoneRegister {

    private static final String SELECT = "select task_code, seq, label, due_date, status, overdue, reported_at,"
            + " reported_by, result_text, result_link, process_instance_id from task_milestone";

    private final JdbcTemplate jdbc;
    private final ProvinceClock clock;

    MilestoneRegister(JdbcTemplate jdbc, ProvinceClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A milestone whose process has started, to be written. */
    record Started(String taskCode, PlannedMilestone milestone, String processInstanceId) {
    }

    void insertAll(List<Started> started) {
        jdbc.batchUpdate("insert into task_milestone (task_code, seq, label, due_date, status, process_instance_id)"
                + " values (?,?,?,?,?,?)", started.stream().map(s -> new Object[] {s.taskCode(), s.milestone().seq(),
                        s.milestone().label(), Date.valueOf(s.milestone().dueDate()), MilestoneStatus.PENDING.name(),
                        s.processInstanceId()}).toList());
    }

    /** Reported today: on time up to and including its due date. */
    Milestone reported(String taskCode, int seq, String by, String result, String link) {
        Milestone milestone = get(taskCode, seq);
        MilestoneStatus status = MilestoneStatus.reported(milestone.dueDate(), clock.today());
        jdbc.update("update task_milestone set status = ?, reported_at = ?, reported_by = ?, result_text = ?,"
                        + " result_link = ? where task_code = ? and seq = ? and status = ?", status.name(),
                Timestamp.valueOf(clock.localNow()), by, result, link, taskCode, seq, MilestoneStatus.PENDING.name());
        return get(taskCode, seq);
    }

    void markOverdue(String taskCode, int seq) {
        jdbc.update("update task_milestone set overdue = ? where task_code = ? and seq = ?", true, taskCode, seq);
    }

    /** The task closed: each open milestone is not done (its date passed) or stopped (not yet due). */
    void closeOpen(String taskCode) {
        LocalDate today = clock.today();
        for (Milestone open : of(taskCode).stream().filter(Milestone::open).toList()) {
            jdbc.update("update task_milestone set status = ? where task_code = ? and seq = ? and status = ?",
                    MilestoneStatus.closedOpen(open.dueDate(), today).name(), taskCode, open.seq(),
                    MilestoneStatus.PENDING.name());
        }
    }

    public Milestone get(String taskCode, int seq) {
        return jdbc.query(SELECT + " where task_code = ? and seq = ?", MilestoneRegister::map, taskCode, seq)
                .stream().findFirst().orElseThrow();
    }

    public List<Milestone> of(String taskCode) {
        return jdbc.query(SELECT + " where task_code = ? order by seq", MilestoneRegister::map, taskCode);
    }

    /** The milestones of these tasks, by task and date (one query per 500 codes). */
    public List<Milestone> ofTasks(Collection<String> taskCodes) {
        List<String> codes = List.copyOf(taskCodes);
        List<Milestone> found = new java.util.ArrayList<>();
        for (int from = 0; from < codes.size(); from += 500) {
            List<String> part = codes.subList(from, Math.min(codes.size(), from + 500));
            found.addAll(jdbc.query(SELECT + " where task_code in (" + String.join(",",
                    java.util.Collections.nCopies(part.size(), "?")) + ") order by task_code, seq",
                    MilestoneRegister::map, part.toArray()));
        }
        return found;
    }

    /** Milestones of a plan's tasks due from {@code from} to {@code to}, both included. */
    public List<Milestone> dueBetween(long planId, LocalDate from, LocalDate to) {
        return jdbc.query(SELECT + " m where m.due_date between ? and ? and exists (select 1 from task_register r"
                        + " where r.task_code = m.task_code and r.plan_id = ?) order by m.due_date, m.task_code, m.seq",
                MilestoneRegister::map, Date.valueOf(from), Date.valueOf(to), planId);
    }

    private static Milestone map(ResultSet rs, int row) throws SQLException {
        Timestamp reported = rs.getTimestamp("reported_at");
        return new Milestone(rs.getString("task_code"), rs.getInt("seq"), rs.getString("label"),
                rs.getDate("due_date").toLocalDate(), MilestoneStatus.valueOf(rs.getString("status")),
                rs.getBoolean("overdue"), reported == null ? null : reported.toLocalDateTime(),
                rs.getString("reported_by"), rs.getString("result_text"), rs.getString("result_link"),
                rs.getString("process_instance_id"));
    }
}
