package vn.giaoviec.register;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Progress reported on tasks at each CCHC reporting period (table task_progress). Each entry also
 * lands in the task's audit trail, so the task's history shows it beside its other events.
 */
@Repository
public class TaskProgressLog {

    private final JdbcTemplate jdbc;
    private final TaskRegister register;

    public TaskProgressLog(JdbcTemplate jdbc, TaskRegister register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    public void add(TaskProgress p, String periodName) {
        jdbc.update("insert into task_progress (task_code, period, plan_id, agency, progress_percent, progress_text,"
                        + " reported_at, reported_by) values (?,?,?,?,?,?,?,?)", p.taskCode(), p.period(), p.planId(),
                p.agency(), p.percent(), p.text(), Timestamp.valueOf(p.reportedAt()), p.reportedBy());
        register.record(p.taskCode(), TransitionKind.PROGRESS_REPORTED, p.reportedBy(), periodName + ": "
                + (p.percent() == null ? "" : p.percent() + "% — ") + (p.text() == null ? "" : p.text()));
    }

    public List<TaskProgress> of(String taskCode) {
        return jdbc.query("select task_code, period, plan_id, agency, progress_percent, progress_text, reported_at,"
                        + " reported_by from task_progress where task_code = ? order by reported_at, id",
                (rs, i) -> new TaskProgress(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        (Integer) rs.getObject(5, Integer.class), rs.getString(6), rs.getTimestamp(7).toLocalDateTime(),
                        rs.getString(8)), taskCode);
    }
}
