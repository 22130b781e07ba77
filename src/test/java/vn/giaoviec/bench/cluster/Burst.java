package vn.giaoviec.bench.cluster;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import vn.giaoviec.bench.BenchmarkData;

/**
 * A quarter-end burst on one database served by one or more nodes: N tasks overdue since the same
 * instant, their timers released at once, drained, and checked for exactly-once escalation. Shared by
 * the cluster check (which SIGKILLs a node mid-burst) and benchmark B3 (one node against two).
 * <p>
 * The tasks come from generated plans imported through POST /api/plans, every row led by the
 * collective "Các cơ quan, đơn vị" (16 agencies in config/agencies.yaml), all due "Quý I/2025", i.e.
 * overdue since 2025-04-01 00:00. While they are imported, the lifecycle's job definitions are
 * suspended (Camunda creates the timers of a suspended job definition suspended), so all 2N timers —
 * reminder and overdue, both long due — become executable in one instant when they are activated, as
 * the overdue timers of a quarter's tasks do at midnight. Without it the first timers would fire
 * while the last tasks are still being imported.
 */
final class Burst {
    static final String OVERDUE = "Event_Overdue";
    static final String REMINDER = "Event_ReminderDue";
    /** Rows per imported plan: 125 × 16 agencies = 2,000 tasks per POST /api/plans. */
    static final int ROWS_PER_PLAN = 125;
    static final int PAST_YEAR = 2025;

    private final Database db;
    private final List<Node> nodes;
    private final int wanted;
    private int tasks;

    Burst(Database db, List<Node> nodes, int wanted) {
        this.db = db;
        this.nodes = nodes;
        this.wanted = wanted;
    }

    /** The number of tasks created (the wanted number rounded up to whole rows of the collective). */
    int tasks() {
        return tasks;
    }

    /** Suspends the timers, then imports plans (round robin over the nodes) until the wanted number of tasks exists. */
    void create() {
        Api.suspendLifecycleJobs(nodes.get(0), true);
        long start = System.nanoTime();
        int perRow = 0;
        for (int plan = 0; tasks < wanted; plan++) {
            int rows = perRow == 0 ? Math.min(ROWS_PER_PLAN, Math.max(1, wanted / 16))
                    : Math.min(ROWS_PER_PLAN, (wanted - tasks + perRow - 1) / perRow);
            byte[] text = BenchmarkData.plan("đợt quá hạn " + (plan + 1), PAST_YEAR, rows, i -> BenchmarkData.COLLECTIVE,
                    i -> "", i -> "Quý I/" + PAST_YEAR);
            int created = Api.importPlan(nodes.get(plan % nodes.size()), "dot-qua-han-" + (plan + 1) + ".txt", text);
            perRow = Math.max(1, created / rows);
            tasks += created;
        }
        Run.log("đã nhập %d nhiệm vụ quá hạn qua POST /api/plans (%d nút) trong %.1f s; %d hẹn giờ (nhắc hạn + quá hạn)"
                        + " đang tạm dừng", tasks, nodes.size(), Run.seconds(start),
                db.count("select count(*) from act_ru_job where suspension_state_ = 2"));
    }

    /**
     * B3 only: runs the reminder timers first, untimed, and waits until they are done — in a real
     * quarter they fell due five working days before the deadline — so that the burst that follows is
     * the quarter-end one: one overdue timer per task, all due at the same instant. The cluster check
     * skips this and releases both timers of every task at once, the harder case.
     */
    void sendRemindersFirst() {
        Node node = nodes.get(nodes.size() - 1);
        String list = Api.admin("GET", node.base() + "/engine-rest/job-definition?processDefinitionKey=planTask&activityIdIn="
                + REMINDER, null, 200);
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(list);
        while (ids.find()) {
            Api.admin("PUT", node.base() + "/engine-rest/job-definition/" + ids.group(1) + "/suspended",
                    "{\"suspended\":false,\"includeJobs\":true}", 204);
        }
        long start = System.nanoTime();
        while (db.count("select count(*) from act_ru_job where handler_cfg_ = ?", REMINDER) > 0) {
            Run.sleep(200);
        }
        Run.log("nhắc hạn đã gửi trước (không tính giờ) trong %.1f s; còn %d hẹn giờ quá hạn đang tạm dừng",
                Run.seconds(start), db.count("select count(*) from act_ru_job where handler_cfg_ = ?", OVERDUE));
    }

    /** Activates every timer left at once (through the last node): the burst starts; returns System.nanoTime() then. */
    long release() {
        Api.suspendLifecycleJobs(nodes.get(nodes.size() - 1), false);
        Run.log("kích hoạt tất cả hẹn giờ cùng lúc — bắt đầu đợt quá hạn");
        return System.nanoTime();
    }

    /**
     * Polls every 100 ms until every task escalated and no reminder or overdue timer is left (or the
     * timeout); each poll hands the escalated count to {@code onPoll}. Returns the seconds since release.
     */
    double drain(long released, int timeoutSeconds, LongConsumer onPoll) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long lastReport = System.nanoTime();
        long escalated = 0;
        while (System.nanoTime() < deadline) {
            escalated = escalated();
            onPoll.accept(escalated);
            if (escalated >= tasks && remainingLifecycleJobs() == 0) {
                break;
            }
            if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(5)) {
                lastReport = System.nanoTime();
                Run.log("  %5.1f s: %d/%d đã quá hạn, %d hẹn giờ còn lại", Run.seconds(released), escalated, tasks,
                        remainingLifecycleJobs());
            }
            Run.sleep(100);
        }
        double seconds = Run.seconds(released);
        Run.log("xong: %d/%d đã chuyển Chánh Văn phòng sau %.1f s", escalated, tasks, seconds);
        return seconds;
    }

    long escalated() {
        return db.count("select count(*) from task_transition where kind = 'ESCALATED'");
    }

    long remainingLifecycleJobs() {
        return db.count("select count(*) from act_ru_job where handler_cfg_ in (?, ?)", OVERDUE, REMINDER);
    }

    /** Tasks escalated more than once plus processes with more than one handleOverdue task. */
    long duplicates() {
        return db.count("select count(*) from (select task_code from task_transition where kind = 'ESCALATED'"
                + " group by task_code having count(*) > 1) d")
                + db.count("select count(*) from (select proc_inst_id_ from act_ru_task where task_def_key_ = 'handleOverdue'"
                + " group by proc_inst_id_ having count(*) > 1) d");
    }

    /** Every task escalated exactly once, reminded exactly once; no timer, failed job, incident or lock left. */
    void verifyExactlyOnce(Checks checks) {
        checks.equal("nhiệm vụ trong sổ theo dõi (task_register)", db.count("select count(*) from task_register"), tasks);
        checks.equal("chuyển Chánh Văn phòng (task_transition ESCALATED)", escalated(), tasks);
        checks.equal("  nhiệm vụ có hơn một ESCALATED (trùng)", db.count("select count(*) from (select task_code"
                + " from task_transition where kind = 'ESCALATED' group by task_code having count(*) > 1) d"), 0);
        checks.equal("  nhiệm vụ không có ESCALATED (mất)", db.count("select count(*) from task_register r where not"
                + " exists (select 1 from task_transition t where t.task_code = r.task_code and t.kind = 'ESCALATED')"), 0);
        checks.equal("  escalation_count khác 1", db.count("select count(*) from task_register"
                + " where escalation_count <> 1"), 0);
        checks.equal("việc 'Xử lý nhiệm vụ quá hạn' (handleOverdue)",
                db.count("select count(*) from act_ru_task where task_def_key_ = 'handleOverdue'"), tasks);
        checks.equal("  quy trình có hơn một handleOverdue (trùng)", db.count("select count(*) from (select"
                + " proc_inst_id_ from act_ru_task where task_def_key_ = 'handleOverdue' group by proc_inst_id_"
                + " having count(*) > 1) d"), 0);
        checks.equal("  quy trình không có handleOverdue (mất)", db.count("select count(*) from task_register r"
                + " where not exists (select 1 from act_ru_task t where t.proc_inst_id_ = r.process_instance_id"
                + " and t.task_def_key_ = 'handleOverdue')"), 0);
        // the tasks' due date is long past: a reminder that runs after it tells nobody anything (the task
        // is already overdue), so the lifecycle skips it and records nothing
        checks.equal("nhắc hạn (REMINDED) sau ngày hạn: không ghi, không gửi",
                db.count("select count(distinct task_code) from task_transition where kind = 'REMINDED'"), 0);
        checks.equal("  nhắc hạn trùng", db.count("select count(*) from (select task_code from task_transition"
                + " where kind = 'REMINDED' group by task_code having count(*) > 1) d"), 0);
        checks.equal("hẹn giờ nhắc hạn/quá hạn còn lại", remainingLifecycleJobs(), 0);
        checks.equal("job hết lượt thử (retries 0)", db.count("select count(*) from act_ru_job where retries_ = 0"), 0);
        checks.equal("sự cố (act_ru_incident)", db.count("select count(*) from act_ru_incident"), 0);
        checks.equal("job còn khoá đã hết hạn (LOCK_OWNER_, LOCK_EXP_TIME_ < now)", db.count("select count(*) from"
                + " act_ru_job where lock_owner_ is not null and lock_exp_time_ < ?", Database.now()), 0);
        checks.info("lần chạy job lỗi rồi được chạy lại (act_hi_job_log)",
                db.count("select count(*) from act_hi_job_log where job_exception_msg_ is not null"));
        for (List<String> row : db.rows("select left(job_exception_msg_, 60), count(*) from act_hi_job_log"
                + " where job_exception_msg_ is not null group by 1 order by 2 desc limit 5")) {
            checks.info("    " + row.get(0), row.get(1));
        }
    }
}
