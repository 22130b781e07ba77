package vn.giaoviec.progress;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.register.TaskStatus;

/**
 * Counts a plan's register by status with a few grouped queries (indexed on plan_id, status), so
 * the dashboard stays fast with 100,000 tasks.
 */
@Repository
public class ProgressQuery {

    private final JdbcTemplate jdbc;
    private final AgencyDirectory directory;

    public ProgressQuery(JdbcTemplate jdbc, AgencyDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    public Progress progress(long planId, String planTitle, LocalDate today, ProgressFilter filter) {
        List<String> order = directory.all().stream().map(Agency::code).toList();
        List<Progress.Group> byAgency = grouped(planId, "lead_agency", filter).entrySet().stream()
                .sorted(Comparator.comparingInt(e -> order.indexOf(e.getKey())))
                .map(e -> new Progress.Group(e.getKey(), directory.nameOf(e.getKey()), e.getValue())).toList();
        List<Progress.Group> bySection = grouped(planId, "section", filter).entrySet().stream()
                .map(e -> new Progress.Group(e.getKey(), e.getKey(), e.getValue())).toList();
        Progress.Counts total = byAgency.stream().map(Progress.Group::counts)
                .reduce(new Progress.Counts(0, 0, 0, 0), Progress.Counts::plus);
        return new Progress(planId, planTitle, today, total, byAgency, bySection, overdueByAge(planId, today, filter));
    }

    private Map<String, Progress.Counts> grouped(long planId, String column, ProgressFilter filter) {
        List<Object> args = new ArrayList<>(List.of(planId));
        String sql = "select " + column + ", status, count(*) from task_register where plan_id = ?"
                + filter.where(args) + " group by " + column + ", status order by " + column;
        Map<String, int[]> counts = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            int[] bucket = counts.computeIfAbsent(rs.getString(1) == null ? "" : rs.getString(1), k -> new int[TaskStatus.values().length]);
            bucket[TaskStatus.valueOf(rs.getString(2)).ordinal()] += rs.getInt(3);
        }, args.toArray());
        Map<String, Progress.Counts> result = new LinkedHashMap<>();
        counts.forEach((key, c) -> result.put(key, new Progress.Counts(c[TaskStatus.DONE_ON_TIME.ordinal()],
                c[TaskStatus.DONE_LATE.ordinal()], c[TaskStatus.IN_PROGRESS_ON_TIME.ordinal()],
                c[TaskStatus.IN_PROGRESS_OVERDUE.ordinal()], c[TaskStatus.NOT_COMPLETED.ordinal()])));
        return result;
    }

    private Progress.OverdueAge overdueByAge(long planId, LocalDate today, ProgressFilter filter) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(today.minusDays(30)), Date.valueOf(today.minusDays(90)),
                Date.valueOf(today.minusDays(90)), planId));
        String sql = "select sum(case when due_date >= ? then 1 else 0 end),"
                + " sum(case when due_date < ? then 0 else 1 end), sum(case when due_date < ? then 1 else 0 end)"
                + " from task_register where plan_id = ? and status = 'IN_PROGRESS_OVERDUE'" + filter.where(args);
        return jdbc.queryForObject(sql, (rs, i) -> {
            int upTo30 = rs.getInt(1);
            return new Progress.OverdueAge(upTo30, rs.getInt(2) - upTo30, rs.getInt(3));
        }, args.toArray());
    }
}
