package vn.giaoviec.notification.digest;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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

    /** The tasks of these process instances (waiting for the Chánh Văn phòng), 500 ids per query. */
    Map<String, List<Row>> ofInstances(Collection<String> processInstanceIds) {
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        List<String> ids = List.copyOf(processInstanceIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
            grouped(COLUMNS + OPEN + " and process_instance_id in (" + String.join(",", Collections.nCopies(part.size(), "?"))
                    + ") order by due_date, task_code", part.toArray())
                    .forEach((agency, list) -> rows.computeIfAbsent(agency, a -> new ArrayList<>()).addAll(list));
        }
        return rows;
    }

    private Map<String, List<Row>> grouped(String sql, Object... args) {
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            Date due = rs.getDate(4);
            rows.computeIfAbsent(rs.getString(1), a -> new ArrayList<>()).add(new Row(rs.getString(1), rs.getString(2),
                    rs.getString(3), due == null ? null : due.toLocalDate()));
        }, args);
        return rows;
    }
}
