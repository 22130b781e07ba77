package vn.giaoviec.notification.digest;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The register's open tasks a digest lists, grouped by lead agency, with indexed queries on
 * task_register (status, phase, due date, process instance).
 */
@Repository
class DigestQueries {

    private static final String OPEN = "phase not in ('CLOSED', 'WITHDRAWN', 'AWAITING_EVENT')";
    private static final String COLUMNS = "select lead_agency, task_code, title, due_date from task_register where ";

    private final JdbcTemplate jdbc;

    DigestQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A task in a digest list. */
    record Row(String agency, String code, String title, LocalDate due) {
    }

    Map<String, List<Row>> dueBetween(LocalDate from, LocalDate to) {
        return grouped(COLUMNS + OPEN + " and status = 'IN_PROGRESS_ON_TIME' and due_date between ? and ?"
                + " order by due_date, task_code", Date.valueOf(from), Date.valueOf(to));
    }

    Map<String, List<Row>> overdue() {
        return grouped(COLUMNS + OPEN + " and status = 'IN_PROGRESS_OVERDUE' order by due_date, task_code");
    }

    Map<String, List<Row>> inReview() {
        return grouped(COLUMNS + "phase = 'REVIEW' order by due_date, task_code");
    }

    /** The tasks of these process instances (waiting for the Chánh Văn phòng), grouped by lead agency. */
    Map<String, List<Row>> ofInstances(Collection<String> processInstanceIds) {
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        byInstance(processInstanceIds).values().stream()
                .sorted(Comparator.comparing(Row::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Row::code))
                .forEach(row -> rows.computeIfAbsent(row.agency(), a -> new ArrayList<>()).add(row));
        return rows;
    }

    /** The open tasks of these process instances by instance, 500 ids per query. */
    Map<String, Row> byInstance(Collection<String> processInstanceIds) {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> ids = List.copyOf(processInstanceIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.query("select lead_agency, task_code, title, due_date, process_instance_id from task_register where "
                    + OPEN + " and process_instance_id in (" + String.join(",", Collections.nCopies(part.size(), "?"))
                    + ")", rs -> {
                        rows.put(rs.getString(5), row(rs));
                    }, part.toArray());
        }
        return rows;
    }

    private Map<String, List<Row>> grouped(String sql, Object... args) {
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            rows.computeIfAbsent(rs.getString(1), a -> new ArrayList<>()).add(row(rs));
        }, args);
        return rows;
    }

    private static Row row(ResultSet rs) throws SQLException {
        Date due = rs.getDate(4);
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), due == null ? null : due.toLocalDate());
    }
}
