package vn.giaoviec.register;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.giaoviec.calendar.ProvinceClock;

/**
 * The task register (sổ theo dõi nhiệm vụ). Written only from inside engine commands (delegates,
 * task listeners, the task launcher), so it shares the engine's transaction and cannot disagree
 * with it. Every change also appends a {@code task_transition} row and publishes it as a
 * {@link TaskTransitioned} event (not the ISSUED rows of a bulk insert: a new task shows in its first user task).
 */
@Repository
public class TaskRegister {

    private static final String NOT_CONTRIBUTED = "Chưa gửi ý kiến: ";
    private static final String NAME_SEPARATOR = ", ";

    private final JdbcTemplate jdbc;
    private final ProvinceClock clock;
    private final ApplicationEventPublisher events;

    public TaskRegister(JdbcTemplate jdbc, ProvinceClock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Registers newly issued tasks with their first transition, in two JDBC batches. */
    public void insertAll(List<RegisterEntry> entries, String actor) {
        Timestamp now = now();
        jdbc.batchUpdate("insert into task_register (task_code, process_instance_id, plan_id, title, section,"
                        + " lead_agency, coordinating_agencies, product, deadline_text, original_due_date, due_date,"
                        + " phase, status, escalation_count, plan_row, stt, created_at, updated_at, deadline_kind,"
                        + " event_name) values (?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,?,?,?,?)",
                entries.stream().map(e -> new Object[] {e.taskCode(), e.processInstanceId(), e.planId(), e.title(),
                        e.section(), e.leadAgency(), String.join(",", e.coordinatingAgencies()), e.product(),
                        e.deadlineText(), sqlDate(e.originalDueDate()), sqlDate(e.dueDate()), e.phase().name(),
                        e.status().name(), e.planRow(), e.stt(), now, now,
                        e.deadlineKind() == null ? null : e.deadlineKind().name(), e.eventName()}).toList());
        jdbc.batchUpdate("insert into task_transition (task_code, occurred_at, kind, phase, status, actor, note)"
                        + " values (?,?,?,?,?,?,?)",
                entries.stream().map(e -> new Object[] {e.taskCode(), now, TransitionKind.ISSUED.name(),
                        e.phase().name(), e.status().name(), actor, truncate(e.title())}).toList());
    }

    public void attachInstance(String taskCode, String processInstanceId) {
        jdbc.update("update task_register set process_instance_id = ? where task_code = ?", processInstanceId, taskCode);
    }

    /** Which of these codes the register already holds (one query per 500 codes). */
    public Set<String> existing(Collection<String> taskCodes) {
        return findAll(taskCodes).stream().map(RegisterEntry::taskCode).collect(java.util.stream.Collectors.toSet());
    }

    /** Moves the task to a phase, once: a repeated phase (parallel coordination requests) is not a change. */
    public void enterPhase(String taskCode, TaskPhase phase, String actor) {
        int changed = jdbc.update("update task_register set phase = ?, updated_at = ? where task_code = ? and phase <> ?",
                phase.name(), now(), taskCode, phase.name());
        if (changed > 0) {
            transition(taskCode, TransitionKind.PHASE, actor, phase.label());
        }
    }

    /** The coordinating agencies the lead agency's leader chose when assigning: who contributes and may see the task. */
    public void chooseCoordinators(String taskCode, List<String> agencyCodes) {
        jdbc.update("update task_register set coordinating_agencies = ?, updated_at = ? where task_code = ?",
                String.join(",", agencyCodes), now(), taskCode);
    }

    /** Stores an escalation raised by lifecycle.Escalation (its only caller): overdue, counted once more. */
    public void markOverdue(String taskCode) {
        jdbc.update("update task_register set status = ?, escalation_count = escalation_count + 1, updated_at = ?"
                + " where task_code = ?", TaskStatus.IN_PROGRESS_OVERDUE.name(), now(), taskCode);
        transition(taskCode, TransitionKind.ESCALATED, null, null);
    }

    public void changeDueDate(String taskCode, LocalDate dueDate, String actor, String note) {
        TaskStatus status = TaskStatus.of(dueDate, null, clock.today());
        jdbc.update("update task_register set due_date = ?, status = ?, updated_at = ? where task_code = ?",
                sqlDate(dueDate), status.name(), now(), taskCode);
        transition(taskCode, TransitionKind.DUE_DATE_CHANGED, actor, dueDate + (note == null ? "" : " — " + note));
    }

    public void close(String taskCode, LocalDate completedDate) {
        RegisterEntry entry = get(taskCode);
        TaskStatus status = TaskStatus.of(entry.dueDate(), completedDate, completedDate);
        jdbc.update("update task_register set phase = ?, status = ?, completed_date = ?, updated_at = ? where task_code = ?",
                TaskPhase.CLOSED.name(), status.name(), sqlDate(completedDate), now(), taskCode);
        transition(taskCode, TransitionKind.CLOSED, null, status.label());
    }

    /** The awaited event happened: the task gets its first due date and enters its lifecycle. */
    public void eventOccurred(String taskCode, LocalDate eventDate, LocalDate nominalDueDate, LocalDate dueDate,
                       String actor) {
        jdbc.update("update task_register set original_due_date = ?, due_date = ?, phase = ?, status = ?,"
                        + " updated_at = ? where task_code = ?", sqlDate(nominalDueDate), sqlDate(dueDate),
                TaskPhase.ASSIGN.name(), TaskStatus.of(dueDate, null, clock.today()).name(), now(), taskCode);
        transition(taskCode, TransitionKind.EVENT_OCCURRED, actor, "Ngày sự kiện " + eventDate + ", hạn " + dueDate);
    }

    /** Year end: the task moves to the next plan as it stands — due date, status and history kept. */
    public void carryOver(String taskCode, long targetPlanId, String actor) {
        RegisterEntry entry = get(taskCode);
        jdbc.update("update task_register set plan_id = ?, carried_from_plan = ?, updated_at = ? where task_code = ?",
                targetPlanId, entry.planId(), now(), taskCode);
        transition(taskCode, TransitionKind.CARRIED_OVER, actor, "Kế hoạch số " + entry.planId() + " → " + targetPlanId);
    }

    /** Year end: the task ends without its product. */
    public void closeNotCompleted(String taskCode, String actor, String note) {
        jdbc.update("update task_register set phase = ?, status = ?, updated_at = ? where task_code = ?",
                TaskPhase.CLOSED.name(), TaskStatus.NOT_COMPLETED.name(), now(), taskCode);
        transition(taskCode, TransitionKind.NOT_COMPLETED, actor, note);
    }

    public void withdraw(String taskCode, String actor, String reason) {
        jdbc.update("update task_register set phase = ?, status = ?, updated_at = ? where task_code = ?",
                TaskPhase.WITHDRAWN.name(), TaskStatus.WITHDRAWN.name(), now(), taskCode);
        transition(taskCode, TransitionKind.WITHDRAWN, actor, reason);
    }

    /** Records an event that changes no register column (reminder, urge, contribution …). */
    public void record(String taskCode, TransitionKind kind, String actor, String note) {
        transition(taskCode, kind, actor, note);
    }

    /** The lead agency's leader ended coordination while these agencies (names) had not contributed. */
    public void coordinationClosed(String taskCode, String actor, List<String> missingAgencyNames) {
        transition(taskCode, TransitionKind.COORDINATION_CLOSED, actor,
                NOT_CONTRIBUTED + String.join(NAME_SEPARATOR, missingAgencyNames));
    }

    /** For each task of the plan whose coordination was ended early: the agencies that had not contributed. */
    public Map<String, List<String>> notContributed(long planId) {
        Map<String, List<String>> missing = new HashMap<>();
        jdbc.query("select t.task_code, t.note from task_transition t join task_register r on r.task_code = t.task_code"
                + " where r.plan_id = ? and t.kind = ? order by t.occurred_at, t.id", rs -> {
                    missing.put(rs.getString(1), List.of(rs.getString(2).substring(NOT_CONTRIBUTED.length())
                            .split(NAME_SEPARATOR)));
                }, planId, TransitionKind.COORDINATION_CLOSED.name());
        return missing;
    }

    public Optional<RegisterEntry> find(String taskCode) {
        return jdbc.query(RegisterRows.SELECT + " where task_code = ?", RegisterRows::entry, taskCode).stream().findFirst();
    }

    /** The rows of these codes that exist (one query per 500 codes), in no particular order. */
    public List<RegisterEntry> findAll(Collection<String> taskCodes) {
        List<RegisterEntry> found = new java.util.ArrayList<>();
        List<String> codes = List.copyOf(taskCodes);
        for (int from = 0; from < codes.size(); from += 500) {
            List<String> part = codes.subList(from, Math.min(codes.size(), from + 500));
            found.addAll(jdbc.query(RegisterRows.SELECT + " where task_code in (" + String.join(",",
                    java.util.Collections.nCopies(part.size(), "?")) + ")", RegisterRows::entry, part.toArray()));
        }
        return found;
    }

    public RegisterEntry get(String taskCode) {
        return find(taskCode).orElseThrow(() -> new TaskNotFoundException(taskCode));
    }

    /** Every task of a plan, in the appendix's order. */
    public List<RegisterEntry> ofPlan(long planId) {
        return ofPlan(planId, "", List.of());
    }

    /** Tasks carried over out of a plan at its year end (they now belong to the next plan). */
    public List<RegisterEntry> carriedOutOf(long planId) {
        return jdbc.query(RegisterRows.SELECT + " where carried_from_plan = ? order by task_code", RegisterRows::entry, planId);
    }

    /** EVENT tasks still waiting for the named event. */
    public List<RegisterEntry> awaiting(String eventName) {
        return jdbc.query(RegisterRows.SELECT + " where phase = ? and event_name = ? order by task_code", RegisterRows::entry,
                TaskPhase.AWAITING_EVENT.name(), eventName);
    }

    /** Every EVENT task still waiting, by event name, then plan. */
    public List<RegisterEntry> awaitingAny() {
        return jdbc.query(RegisterRows.SELECT + " where phase = ? order by event_name, plan_id, task_code", RegisterRows::entry,
                TaskPhase.AWAITING_EVENT.name());
    }

    public Optional<RegisterEntry> findByProcessInstance(String processInstanceId) {
        return jdbc.query(RegisterRows.SELECT + " where process_instance_id = ?", RegisterRows::entry, processInstanceId)
                .stream().findFirst();
    }

    /**
     * A plan's tasks in the order of its appendix (row, then lead agency); {@code condition} is an
     * extra SQL condition on task_register with its arguments (see ProgressFilter).
     */
    public List<RegisterEntry> ofPlan(long planId, String condition, List<Object> args) {
        return ofPlan(planId, condition, args, 0, Integer.MAX_VALUE);
    }

    /** One page of {@link #ofPlan(long, String, List)}: {@code limit} rows from {@code offset}. */
    public List<RegisterEntry> ofPlan(long planId, String condition, List<Object> args, int offset, int limit) {
        List<Object> all = new java.util.ArrayList<>(List.of(planId));
        all.addAll(args);
        all.add(limit);
        all.add(offset);
        return jdbc.query(RegisterRows.SELECT + " where plan_id = ?" + condition + " order by plan_row, task_code"
                + " limit ? offset ?", RegisterRows::entry, all.toArray());
    }

    public List<Transition> transitions(String taskCode) {
        return jdbc.query("select occurred_at, kind, phase, status, actor, note from task_transition"
                        + " where task_code = ? order by occurred_at, id",
                (rs, i) -> new Transition(rs.getTimestamp(1).toLocalDateTime(), TransitionKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), taskCode);
    }

    private void transition(String taskCode, TransitionKind kind, String actor, String note) {
        jdbc.update("insert into task_transition (task_code, occurred_at, kind, phase, status, actor, note)"
                        + " select task_code, ?, ?, phase, status, ?, ? from task_register where task_code = ?",
                now(), kind.name(), actor, truncate(note), taskCode);
        events.publishEvent(new TaskTransitioned(taskCode, kind, actor, note));
    }

    private Timestamp now() {
        return Timestamp.valueOf(clock.localNow());
    }

    private static String truncate(String note) {
        return note == null || note.length() <= 4000 ? note : note.substring(0, 3999) + "…";
    }

    private static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
