package vn.giaoviec.register;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.giaoviec.deadline.DeadlineKind;

/** How a task_register row reads: the columns every query selects and the entry they make. */
final class RegisterRows {

    static final String SELECT = "select task_code, process_instance_id, plan_id, title, section, lead_agency,"
            + " coordinating_agencies, product, deadline_text, original_due_date, due_date, phase, status,"
            + " escalation_count, completed_date, plan_row, stt, deadline_kind, event_name from task_register";

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static RegisterEntry entry(ResultSet rs, int row) throws SQLException {
        String coordinators = rs.getString("coordinating_agencies");
        return new RegisterEntry(rs.getString("task_code"), rs.getString("process_instance_id"),
                (Long) rs.getObject("plan_id", Long.class), rs.getString("title"), rs.getString("section"),
                rs.getString("lead_agency"),
                coordinators == null || coordinators.isBlank() ? List.of() : Arrays.asList(coordinators.split(",")),
                rs.getString("product"), rs.getString("deadline_text"), localDate(rs, "original_due_date"),
                localDate(rs, "due_date"), TaskPhase.valueOf(rs.getString("phase")),
                TaskStatus.valueOf(rs.getString("status")), rs.getInt("escalation_count"),
                localDate(rs, "completed_date"), (Integer) rs.getObject("plan_row", Integer.class), rs.getString("stt"),
                rs.getString("deadline_kind") == null ? null : DeadlineKind.valueOf(rs.getString("deadline_kind")),
                rs.getString("event_name"));
    }

    private RegisterRows() {
    }
}
