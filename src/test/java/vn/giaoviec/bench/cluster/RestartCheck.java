package vn.giaoviec.bench.cluster;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * C. One node, SIGKILLed mid-life while timers are about to fall due, started again after they did:
 * tasks, timers, files and register intact; the timers that fell due while it was down fire once.
 */
final class RestartCheck {
    static final int TIMER_TASKS = 40;
    static final int OPEN_TASKS = 10;
    static final int WORKING_TASKS = 10;
    static final int DUE_IN_SECONDS = 20;
    static final String OFFICER = "snv-cv-khoidong";
    static final String OFFICER_PASSWORD = "cv-" + Long.toHexString(new SecureRandom().nextLong());

    boolean run() throws Exception {
        System.out.printf("%n== C. Khởi động lại: SIGKILL khi %d hẹn giờ sắp đến hạn, chạy lại sau khi chúng đã quá hạn%n",
                TIMER_TASKS);
        Files.createDirectories(ClusterCheck.WORK);
        try (Database db = new Database("giaoviec_restart")) {
            Node node = ClusterCheck.node("restart-node", 18081, db);
            try {
                node.start();
                createOfficer(node);

                for (int i = 1; i <= TIMER_TASKS; i++) {
                    Api.issue(node, String.format("HG-%03d", i), ClusterCheck.LEADS.get(i % ClusterCheck.LEADS.size()), ClusterCheck.FAR_DUE_DATE);
                }
                for (int i = 1; i <= OPEN_TASKS; i++) {
                    Api.issue(node, String.format("MO-%03d", i), ClusterCheck.LEADS.get(i % ClusterCheck.LEADS.size()), ClusterCheck.FAR_DUE_DATE);
                }
                for (int i = 1; i <= WORKING_TASKS; i++) {
                    String code = String.format("DL-%03d", i);
                    Api.issue(node, code, "snv", ClusterCheck.FAR_DUE_DATE);
                    String taskId = db.rows("select t.id_ from act_ru_task t join task_register r on r.process_instance_id"
                            + " = t.proc_inst_id_ where r.task_code = ? and t.task_def_key_ = 'assignTask'", code).get(0).get(0);
                    Api.admin("POST", node.base() + "/engine-rest/task/" + taskId + "/complete",
                            "{\"variables\":{\"officer\":{\"value\":\"" + OFFICER + "\"}}}", 204);
                }
                // the overdue timers of the HG- tasks fall due in ~20 s: moved through Camunda's job API,
                // as the due date changes of DeadlineSchedule.reschedule move them
                Instant dueAt = Instant.now().plusSeconds(DUE_IN_SECONDS);
                String duedate = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
                        .format(dueAt.atOffset(ZoneOffset.ofHours(7)));
                List<List<String>> timers = db.rows("select j.id_ from act_ru_job j join task_register r on"
                        + " r.process_instance_id = j.process_instance_id_ where r.task_code like 'HG-%' and j.handler_cfg_ = ?",
                        Burst.OVERDUE);
                for (List<String> timer : timers) {
                    Api.admin("PUT", node.base() + "/engine-rest/job/" + timer.get(0) + "/duedate",
                            "{\"duedate\":\"" + duedate + "\"}", 204);
                }
                Run.log("%d hẹn giờ quá hạn dời đến %s", timers.size(), duedate);

                byte[] product = product();
                String fileId = upload(node, "DL-001", product);
                Snapshot before = Snapshot.take(db);
                Run.log("trước khi giết: %s", before);

                node.kill();
                long killedAt = System.nanoTime();
                Run.log("SIGKILL %s (pid %d), %d s trước khi các hẹn giờ đến hạn", node.name, node.pid(),
                        Duration.between(Instant.now(), dueAt).toSeconds());
                long escalatedBeforeRestart = db.count("select count(*) from task_transition where kind = 'ESCALATED'");
                Run.sleep(Math.max(0, Duration.between(Instant.now(), dueAt).toMillis()) + 5_000);
                long pastDue = db.count("select count(*) from act_ru_job where handler_cfg_ = ? and duedate_ < ?",
                        Burst.OVERDUE, Database.now());
                Run.log("các hẹn giờ đã quá hạn khi nút không chạy: %d; chạy lại nút", pastDue);

                long restarting = System.nanoTime();
                node.start();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
                while (db.count("select count(*) from task_transition where kind = 'ESCALATED'") < TIMER_TASKS
                        && System.nanoTime() < deadline) {
                    Run.sleep(200);
                }
                double fired = Run.seconds(restarting);
                // give a second firing every chance to happen before counting
                Run.sleep(15_000);
                return verify(db, node, before, fileId, product, timers.size(), pastDue, escalatedBeforeRestart,
                        fired, Run.seconds(killedAt));
            } finally {
                node.stop();
            }
        }
    }

    private void createOfficer(Node node) {
        Api.admin("POST", node.base() + "/engine-rest/user/create", "{\"profile\":{\"id\":\"" + OFFICER
                + "\",\"firstName\":\"Chuyên viên\",\"lastName\":\"Sở Nội vụ\",\"email\":\"cv@example.invalid\"},"
                + "\"credentials\":{\"password\":\"" + OFFICER_PASSWORD + "\"}}", 204);
        Api.admin("PUT", node.base() + "/engine-rest/group/snv/members/" + OFFICER, null, 204);
    }

    private static byte[] product() {
        byte[] content = new byte[300_000];
        new SecureRandom().nextBytes(content);
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    private static String upload(Node node, String code, byte[] content) {
        String boundary = "----giaoviec" + Long.toHexString(System.nanoTime());
        byte[] body = Api.multipart(boundary, "bao-cao.pdf", "application/pdf", content);
        HttpResponse<byte[]> response = Api.call("POST", node.base() + "/api/tasks/" + code + "/files", OFFICER,
                OFFICER_PASSWORD, "multipart/form-data; boundary=" + boundary, HttpRequest.BodyPublishers.ofByteArray(body));
        String json = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("tải tệp lên → " + response.statusCode() + " " + json);
        }
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("không thấy id tệp trong " + json);
        }
        return id.group(1);
    }

    private boolean verify(Database db, Node node, Snapshot before, String fileId, byte[] product, int movedTimers,
                           long pastDue, long escalatedBeforeRestart, double fired, double down) {
        Snapshot after = Snapshot.take(db);
        Checks checks = new Checks("C. Khởi động lại");
        System.out.println("Số liệu:");
        checks.info("nhiệm vụ: có hẹn giờ sắp đến hạn / chờ phân công / đang làm",
                TIMER_TASKS + " / " + OPEN_TASKS + " / " + WORKING_TASKS);
        checks.info("thời gian nút không chạy + chờ kiểm tra (s)", String.format("%.1f", down));
        checks.equal("hẹn giờ dời đến ~20 s sau", movedTimers, TIMER_TASKS);
        checks.equal("hẹn giờ đã cháy trước khi giết nút", escalatedBeforeRestart, 0);
        checks.equal("hẹn giờ đến hạn trong lúc nút không chạy", pastDue, TIMER_TASKS);
        checks.info("thời gian từ lúc chạy lại đến khi cháy hết (s, gồm khởi động)", String.format("%.1f", fired));
        checks.equal("nhiệm vụ trong sổ theo dõi: trước / sau", after.tasks, before.tasks);
        checks.equal("chuyển Chánh Văn phòng (ESCALATED) sau khi chạy lại",
                db.count("select count(*) from task_transition where kind = 'ESCALATED'"), TIMER_TASKS);
        checks.equal("  hẹn giờ cháy hơn một lần", db.count("select count(*) from (select task_code from"
                + " task_transition where kind = 'ESCALATED' group by task_code having count(*) > 1) d"), 0);
        checks.equal("  escalation_count = 1 (nhiệm vụ HG-)", db.count("select count(*) from task_register"
                + " where task_code like 'HG-%' and escalation_count = 1"), TIMER_TASKS);
        checks.equal("  escalation_count = 0 (các nhiệm vụ khác)", db.count("select count(*) from task_register"
                + " where task_code not like 'HG-%' and escalation_count = 0"), OPEN_TASKS + WORKING_TASKS);
        checks.equal("  handleOverdue, mỗi quy trình HG- một việc", db.count("select count(distinct t.proc_inst_id_)"
                + " from act_ru_task t join task_register r on r.process_instance_id = t.proc_inst_id_"
                + " where t.task_def_key_ = 'handleOverdue' and r.task_code like 'HG-%'"), TIMER_TASKS);
        checks.equal("  handleOverdue tổng", db.count("select count(*) from act_ru_task"
                + " where task_def_key_ = 'handleOverdue'"), TIMER_TASKS);
        checks.that("việc đang mở (khác handleOverdue) giữ nguyên: người nhận, bước",
                after.userTasks.equals(before.userTasks), after.userTasks.size() + " việc");
        // every timer not yet due keeps its date; each escalation adds its own timer (an ignored
        // "Xử lý nhiệm vụ quá hạn" escalates again after a cycle), one per escalated task
        checks.that("hẹn giờ chưa đến hạn giữ nguyên ngày đến hạn", after.futureTimers.containsAll(before.futureTimers),
                before.futureTimers.size() + " job");
        checks.equal("  hẹn giờ mới: một hẹn giờ chu kỳ cho mỗi việc chuyển Chánh Văn phòng",
                after.futureTimers.size() - before.futureTimers.size(), TIMER_TASKS);
        checks.that("sổ theo dõi: nhiệm vụ khác HG- không đổi", after.otherRegister.equals(before.otherRegister),
                after.otherRegister.size() + " dòng");
        checks.equal("lịch sử chuyển bước: trước + ESCALATED = sau", after.transitions,
                before.transitions + TIMER_TASKS);
        HttpResponse<byte[]> download = Api.call("GET", node.base() + "/api/files/" + fileId, OFFICER,
                OFFICER_PASSWORD, null, null);
        checks.that("tệp sản phẩm tải về đúng từng byte (SHA-256)",
                download.statusCode() == 200 && sha256(download.body()).equals(sha256(product)),
                download.statusCode() + ", " + download.body().length + " B");
        checks.equal("tệp trong danh sách của nhiệm vụ", db.count("select count(*) from product_file"
                + " where task_code = 'DL-001' and id = ?", fileId), 1);
        checks.equal("job hết lượt thử (retries 0)", db.count("select count(*) from act_ru_job where retries_ = 0"), 0);
        checks.equal("sự cố (act_ru_incident)", db.count("select count(*) from act_ru_incident"), 0);
        checks.equal("job còn khoá đã hết hạn", db.count("select count(*) from act_ru_job where lock_owner_ is not null"
                + " and lock_exp_time_ < ?", Database.now()), 0);
        return checks.passed();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What must survive a restart, read from the database. */
    record Snapshot(long tasks, long transitions, List<List<String>> userTasks, List<List<String>> futureTimers,
                    List<List<String>> otherRegister) {

        static Snapshot take(Database db) {
            return new Snapshot(db.count("select count(*) from task_register"),
                    db.count("select count(*) from task_transition"),
                    db.rows("select id_, proc_inst_id_, task_def_key_, coalesce(assignee_, '-'), coalesce(cast(due_date_ as varchar), '-')"
                            + " from act_ru_task where task_def_key_ <> 'handleOverdue' order by id_"),
                    db.rows("select id_, handler_cfg_, cast(duedate_ as varchar), retries_ from act_ru_job"
                            + " where duedate_ > ? order by id_", Timestamp.from(Instant.now().plus(Duration.ofDays(1)))),
                    db.rows("select task_code, process_instance_id, phase, status, escalation_count, cast(due_date as varchar),"
                            + " cast(updated_at as varchar) from task_register where task_code not like 'HG-%' order by task_code"));
        }

        @Override
        public String toString() {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("nhiệm vụ", tasks);
            figures.put("chuyển bước", transitions);
            figures.put("việc đang mở", userTasks.size());
            figures.put("hẹn giờ xa", futureTimers.size());
            return figures.toString();
        }
    }
}
