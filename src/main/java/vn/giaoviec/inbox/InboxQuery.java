package vn.giaoviec.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.register.TaskStatus;

/**
 * The inbox in one SQL statement per page, whatever the number of rows: it counts every list and reads
 * the page — Camunda's open user tasks joined with the task register by process instance.
 * <p>
 * What a user sees is the work Camunda gives them: tasks assigned to them, and unclaimed tasks of
 * which one of their groups (or they themselves) is a candidate — the identity links from which
 * Camunda grants the task permissions (defaultUserPermissionNameForTask). Claiming and completing
 * still go through the engine, which checks those permissions again.
 */
@Repository
class InboxQuery {

    static final int PAGE_SIZE = 20;

    /**
     * The work's due instant: the user task's own due date, else the plan task's. Escalation steps (the
     * Chánh Văn phòng's handling, the explanation) are as late as their plan task, whatever their own
     * due date (which says when the task escalates again).
     */
    private static final String ESCALATION_STEP = "t.task_def_key_ in ('" + PlanTaskProcess.HANDLE_OVERDUE + "', '"
            + PlanTaskProcess.EXPLAIN + "')";
    private static final String DUE = "case when " + ESCALATION_STEP + " then cast(r.due_date as timestamp)"
            + " else coalesce(t.due_date_, cast(r.due_date as timestamp)) end";
    /**
     * The user's work, found through the indexes on the assignee and on the candidate links (an OR of the
     * two over act_ru_task made PostgreSQL read every open task of the province on each inbox open); a task
     * someone else holds is not theirs even if their group is a candidate. The ids are gathered first, as an
     * array, and the tasks read by primary key: as {@code IN (subquery)} PostgreSQL still hashed the whole
     * act_ru_task for a leader's 1,700 tasks among 100,000 (B2: 76 ms, by key 18 ms).
     */
    private static final String VISIBLE = "t.id_ = any(array(select a.id_ from act_ru_task a where a.assignee_ = :user"
            + " union select l.task_id_ from act_ru_identitylink l where l.type_ = 'candidate' and l.group_id_ in (:groups)"
            + " union select l.task_id_ from act_ru_identitylink l where l.type_ = 'candidate' and l.user_id_ = :user))"
            + " and (t.assignee_ = :user or t.assignee_ is null)";
    private static final String RETURNED = "t.task_def_key_ = '" + PlanTaskProcess.SUBMIT + "' and exists (select 1"
            + " from act_ru_variable v where v.proc_inst_id_ = t.proc_inst_id_ and v.name_ = '"
            + PlanTaskProcess.Var.RETURN_REASON + "' and v.text_ is not null and v.text_ <> '')";
    private static final String SEARCH = "(lower(r.task_code) like :q or lower(r.title) like :q or lower(t.name_) like :q"
            + " or exists (select 1 from act_ru_variable d where d.proc_inst_id_ = t.proc_inst_id_ and d.name_ = '"
            + PlanTaskProcess.Var.DOCUMENT_NUMBER + "' and lower(d.text_) like :q))";
    /** A milestone's work (bpmn/moc-thuc-hien.bpmn) shows as work on its task: the task's code and title. */
    private static final String FROM = " from act_ru_task t left join task_milestone m on m.process_instance_id = t.proc_inst_id_"
            + " left join task_register r on r.process_instance_id = t.proc_inst_id_ or r.task_code = m.task_code"
            + " where t.suspension_state_ = 1 and " + VISIBLE;

    private final NamedParameterJdbcTemplate jdbc;
    private final ProvinceClock clock;

    InboxQuery(NamedParameterJdbcTemplate jdbc, ProvinceClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The user's visible work (with search) once, as rows with their due instant and "returned" flag: the
     * counts of every list and one page of one list are read from it in one statement. A leader's visible
     * work is some 1,700 tasks among 100,000 (B2): finding and joining them was the cost of each inbox
     * open, and reading them twice (counts, then the page) doubled it.
     */
    private static final String VISIBLE_ROWS = "with v as (select t.id_, t.name_, t.task_def_key_, t.due_date_,"
            + " t.assignee_, t.proc_inst_id_, t.create_time_, r.task_code, r.title, r.lead_agency,"
            + " r.due_date as register_due, r.status, " + DUE + " as due,"
            + " case when " + RETURNED + " then 1 else 0 end as returned" + FROM;

    /**
     * The counts of every list and the rows of page {@code page} of {@code list}, soonest due first (work
     * without a due date last). The counts come with a page past the last too, which then has no rows.
     * Without a list, the page is of {@link #startingList} — chosen in the same statement.
     */
    Result read(Viewer viewer, InboxList list, String search, Window window, int page) {
        MapSqlParameterSource params = params(viewer, search, window)
                .addValue("limit", PAGE_SIZE).addValue("offset", page * PAGE_SIZE);
        StringBuilder counts = new StringBuilder(", k as (select");
        for (InboxList each : InboxList.values()) {
            counts.append(each.ordinal() == 0 ? " " : ", ").append("coalesce(sum(case when ").append(condition(each))
                    .append(" then 1 else 0 end), 0) as n").append(each.ordinal());
        }
        counts.append(" from v)");
        // nothing of one's own yet: the agency's work (InboxList.UNIT), as startingList decides from the counts
        String starting = "(((select n" + InboxList.MINE.ordinal() + " from k) > 0 or (select n" + InboxList.UNIT.ordinal()
                + " from k) = 0) and " + condition(InboxList.MINE) + " or (select n" + InboxList.MINE.ordinal()
                + " from k) = 0 and (select n" + InboxList.UNIT.ordinal() + " from k) > 0 and " + condition(InboxList.UNIT) + ")";
        // soonest due first, work without a due date last; the same order once more outside the join
        String rows = "select v.*, case when v.due is null then 1 else 0 end as due_last from v where "
                + (list == null ? starting : condition(list))
                + " order by due_last, v.due, v.create_time_, v.id_ limit :limit offset :offset";
        String sql = VISIBLE_ROWS + searchCondition(search) + ")" + counts
                + " select k.*, p.* from k left join (" + rows + ") p on 1 = 1"
                + " order by p.due_last, p.due, p.create_time_, p.id_";
        return jdbc.query(sql, params, rs -> {
            Map<InboxList, Integer> numbers = new EnumMap<>(InboxList.class);
            List<Row> found = new ArrayList<>();
            while (rs.next()) {
                if (numbers.isEmpty()) {
                    for (InboxList each : InboxList.values()) {
                        numbers.put(each, rs.getInt("n" + each.ordinal()));
                    }
                }
                if (rs.getString("id_") != null) {
                    found.add(row(rs));
                }
            }
            return new Result(numbers, found);
        });
    }

    /** The list an inbox opens on when none is asked for: one's own work, or the agency's while one has none. */
    static InboxList startingList(Map<InboxList, Integer> counts) {
        return counts.get(InboxList.MINE) == 0 && counts.get(InboxList.UNIT) > 0 ? InboxList.UNIT : InboxList.MINE;
    }

    /** What each list holds, over the columns of the visible rows. */
    private static String condition(InboxList list) {
        return switch (list) {
            case MINE -> "v.assignee_ = :user";
            case UNIT -> "v.assignee_ is null";
            case DUE_SOON -> "v.due >= :todayStart and v.due < :soonEnd";
            case OVERDUE -> "v.due < :todayStart";
            case RETURNED -> "v.returned = 1";
            case ESCALATIONS -> "v.task_def_key_ = '" + PlanTaskProcess.HANDLE_OVERDUE + "'";
        };
    }

    private static String searchCondition(String search) {
        return search == null ? "" : " and " + SEARCH;
    }

    private MapSqlParameterSource params(Viewer viewer, String search, Window window) {
        List<String> groups = viewer.groups().isEmpty() ? List.of("-") : new ArrayList<>(viewer.groups());
        MapSqlParameterSource params = new MapSqlParameterSource("user", viewer.userId())
                .addValue("groups", groups)
                .addValue("todayStart", timestamp(window.today()))
                .addValue("soonEnd", timestamp(window.soonUntil().plusDays(1)));
        if (search != null) {
            params.addValue("q", "%" + search.toLowerCase(java.util.Locale.ROOT) + "%");
        }
        return params;
    }

    private Timestamp timestamp(LocalDate day) {
        return new Timestamp(clock.at(day, LocalTime.MIDNIGHT).getTime());
    }

    private Row row(ResultSet rs) throws SQLException {
        Timestamp due = rs.getTimestamp("due_date_");
        java.sql.Date registerDue = rs.getDate("register_due");
        LocalDate dueDay = due != null ? LocalDate.ofInstant(due.toInstant(), clock.zone())
                : registerDue == null ? null : registerDue.toLocalDate();
        // an escalation step (or a step without a due date of its own) is as late as its task
        String stepKey = rs.getString("task_def_key_");
        boolean escalationStep = PlanTaskProcess.HANDLE_OVERDUE.equals(stepKey) || PlanTaskProcess.EXPLAIN.equals(stepKey);
        if (escalationStep) {
            due = null;
        }
        boolean overdueTask = due == null && TaskStatus.IN_PROGRESS_OVERDUE.name().equals(rs.getString("status"));
        return new Row(rs.getString("id_"), rs.getString("name_"), rs.getString("task_def_key_"), dueDay,
                rs.getString("assignee_"), rs.getString("proc_inst_id_"), rs.getString("task_code"),
                rs.getString("title"), rs.getString("lead_agency"), rs.getInt("returned") == 1, overdueTask);
    }

    /** The counts of every list and the rows of one page. */
    record Result(Map<InboxList, Integer> counts, List<Row> rows) {
    }

    /** Who is looking: the user and their Camunda groups. */
    record Viewer(String userId, java.util.Set<String> groups) {
    }

    /** Today and the last day that counts as "due soon". */
    record Window(LocalDate today, LocalDate soonUntil) {
    }

    /** A row as read, before names are looked up. */
    record Row(String workId, String step, String stepKey, LocalDate due, String assignee, String processInstanceId,
               String taskCode, String title, String leadAgency, boolean returned, boolean overdueTask) {
    }
}
