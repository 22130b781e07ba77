import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cluster and restart checks of Giao Việc on the local PostgreSQL server, with the real jar: started
 * by bench/cluster-check.sh (after ./mvnw verify in .ci/run), see README "Kiểm tra cụm và khởi động lại".
 *
 * <pre>
 *   cluster  two nodes, 2,000 tasks overdue at the same instant, one node SIGKILLed mid-burst
 *   restart  one node SIGKILLed while timers are about to fall due, started again
 * </pre>
 *
 * Each check uses a database of its own (created here, dropped at the end), prints its figures and
 * exits non-zero on any duplicate, loss or leftover.
 */
public class ClusterCheck {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path WORK = ROOT.resolve("target/cluster-check");
    static final String SERVER = System.getProperty("pg", "jdbc:postgresql://127.0.0.1:5432/");
    static final String PG_USER = System.getProperty("pgUser", "postgres");
    static final String ADMIN = "quantri";
    static final String ADMIN_PASSWORD = "cum-" + Long.toHexString(new SecureRandom().nextLong());
    static final List<String> LEADS = List.of("snv", "stp", "stc", "skhdt", "stttt", "syt", "sgddt", "tpvinhlong",
            "txbinhminh", "longho", "mangthit", "vungliem", "tambinh", "traon", "binhtan");
    /** A due date long past: every task is overdue since the same instant, 2025-04-01 00:00 (UTC+7). */
    static final String PAST_DUE_DATE = "2025-03-31";
    static final String FAR_DUE_DATE = "2030-12-31";
    static final String OVERDUE = "Event_Overdue";
    static final String REMINDER = "Event_ReminderDue";

    static Path jar;

    public static void main(String[] args) throws Exception {
        jar = Path.of(args[0]);
        String which = args.length > 1 ? args[1] : "all";
        boolean ok = true;
        if (which.equals("all") || which.equals("cluster")) {
            ok &= new ClusterBurst(Integer.getInteger("tasks", 2000)).run();
        }
        if (which.equals("all") || which.equals("restart")) {
            ok &= new RestartSafety().run();
        }
        System.out.println(ok ? "KẾT QUẢ: ĐẠT" : "KẾT QUẢ: KHÔNG ĐẠT");
        System.exit(ok ? 0 : 1);
    }

    static void log(String format, Object... args) {
        System.out.printf("[%s] %s%n", DateTimeFormatter.ISO_LOCAL_TIME.format(java.time.LocalTime.now()).substring(0, 8),
                String.format(format, args));
    }

    static double seconds(long fromNanos) {
        return (System.nanoTime() - fromNanos) / 1e9;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------

    /** Checks collected with their figures; any failure fails the run. */
    static final class Checks {
        private final String title;
        private final List<String> failures = new ArrayList<>();

        Checks(String title) {
            this.title = title;
        }

        void equal(String what, long actual, long expected) {
            boolean ok = actual == expected;
            System.out.printf("  %-62s %8d  %s%n", what, actual, ok ? "ok" : "SAI (cần " + expected + ")");
            if (!ok) {
                failures.add(what + " = " + actual + ", cần " + expected);
            }
        }

        void that(String what, boolean ok, String detail) {
            System.out.printf("  %-62s %8s  %s%n", what, detail, ok ? "ok" : "SAI");
            if (!ok) {
                failures.add(what + ": " + detail);
            }
        }

        void info(String what, Object value) {
            System.out.printf("  %-62s %8s%n", what, value);
        }

        boolean passed() {
            if (failures.isEmpty()) {
                System.out.println("== " + title + ": ĐẠT");
                return true;
            }
            System.out.println("== " + title + ": KHÔNG ĐẠT — " + String.join("; ", failures));
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------------

    /** A fresh database on the local server, dropped at the end. */
    static final class Database implements AutoCloseable {
        final String name;
        final String url;
        private final Connection connection;

        Database(String prefix) throws SQLException {
            name = prefix + "_" + System.currentTimeMillis();
            admin("create database " + name);
            url = SERVER + name;
            connection = DriverManager.getConnection(url, PG_USER, "");
        }

        long count(String sql, Object... params) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        List<List<String>> rows(String sql, Object... params) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, params[i]);
                }
                List<List<String>> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int c = 1; c <= columns; c++) {
                            row.add(rs.getString(c));
                        }
                        rows.add(row);
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        /**
         * Camunda writes LOCK_EXP_TIME_ and DUEDATE_ as "timestamp without time zone" in the JVM's zone;
         * this JVM runs in the nodes' zone (bench/cluster-check.sh), so "now" is compared as they write it.
         */
        static Timestamp now() {
            return new Timestamp(System.currentTimeMillis());
        }

        @Override
        public void close() throws SQLException {
            connection.close();
            admin("drop database if exists " + name + " with (force)");
        }

        private static void admin(String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(SERVER + "postgres", PG_USER, "");
                 Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------

    /** One application process: java -jar on a loopback port, its own files directory and log. */
    static final class Node {
        final String name;
        final int port;
        final Path log;
        private Process process;
        private final Database db;
        private final int lockTimeMillis;

        Node(String name, int port, Database db, int lockTimeMillis) {
            this.name = name;
            this.port = port;
            this.db = db;
            this.lockTimeMillis = lockTimeMillis;
            this.log = WORK.resolve(name + ".log");
        }

        String base() {
            return "http://127.0.0.1:" + port;
        }

        long pid() {
            return process.pid();
        }

        void start() throws IOException {
            Path files = WORK.resolve(name).resolve("files");
            Files.createDirectories(files);
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-Duser.timezone=Asia/Ho_Chi_Minh", "-jar", jar.toString(),
                    // locks of a killed node expire after this; production keeps 2 minutes
                    "--camunda.bpm.job-execution.lock-time-in-millis=" + lockTimeMillis,
                    "--server.address=127.0.0.1");
            Map<String, String> env = builder.environment();
            env.put("SPRING_PROFILES_ACTIVE", "postgres");
            env.put("GIAOVIEC_DB_URL", db.url);
            env.put("GIAOVIEC_DB_USER", PG_USER);
            env.put("GIAOVIEC_DB_PASSWORD", "");
            env.put("GIAOVIEC_ADMIN_USER", ADMIN);
            env.put("GIAOVIEC_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.put("GIAOVIEC_FILES_DIR", files.toString());
            env.put("PORT", String.valueOf(port));
            builder.directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            long started = System.nanoTime();
            process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (process.isAlive()) {
                    process.destroyForcibly();
                }
            }));
            waitReady();
            log("%s (pid %d, cổng %d) sẵn sàng sau %.1f s", name, process.pid(), port, seconds(started));
        }

        private void waitReady() {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " dừng khi khởi động; xem " + log);
                }
                try {
                    HttpResponse<String> r = Api.HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep(500);
            }
            throw new IllegalStateException(name + " không sẵn sàng sau 240 s; xem " + log);
        }

        /** SIGKILL: no shutdown hook, no graceful stop, open transactions die with the connections. */
        void kill() throws IOException, InterruptedException {
            new ProcessBuilder("kill", "-KILL", String.valueOf(process.pid())).inheritIO().start().waitFor();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        boolean alive() {
            return process != null && process.isAlive();
        }

        void stop() throws InterruptedException {
            if (alive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------

    /** HTTP Basic calls to a node. */
    static final class Api {
        static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        static HttpResponse<byte[]> call(String method, String url, String user, String password, String contentType,
                                         HttpRequest.BodyPublisher body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            try {
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + url + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        static String json(String method, String url, String user, String password, String json, int expected) {
            HttpResponse<byte[]> response = call(method, url, user, password, "application/json",
                    json == null ? null : HttpRequest.BodyPublishers.ofString(json));
            String body = new String(response.body(), StandardCharsets.UTF_8);
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + url + " → " + response.statusCode() + " " + body);
            }
            return body;
        }

        static String admin(String method, String url, String json, int expected) {
            return json(method, url, ADMIN, ADMIN_PASSWORD, json, expected);
        }

        static void issue(Node node, String code, String lead, String dueDate) {
            admin("POST", node.base() + "/api/tasks", "{\"taskCode\":\"" + code + "\",\"title\":\"Nhiệm vụ thử " + code
                    + "\",\"section\":\"I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH\",\"leadAgency\":\"" + lead
                    + "\",\"coordinatingAgencies\":[],\"expectedProduct\":\"Báo cáo\",\"deadlineText\":\"" + dueDate
                    + "\",\"dueDate\":\"" + dueDate + "\"}", 201);
        }

        /** Suspends (or activates) the lifecycle's job definitions and all their jobs in one call. */
        static void suspendLifecycleJobs(Node node, boolean suspended) {
            admin("PUT", node.base() + "/engine-rest/job-definition/suspended",
                    "{\"processDefinitionKey\":\"planTask\",\"suspended\":" + suspended + ",\"includeJobs\":true}", 204);
        }
    }

    // ------------------------------------------------------------------------------------------------

    /**
     * B. Two nodes, one database; N tasks overdue since the same instant; one node killed with SIGKILL
     * once ~30% have escalated; the other drains. Every task must escalate exactly once.
     * <p>
     * The burst: while the tasks are issued, the lifecycle's job definitions are suspended (Camunda
     * creates the timers of a suspended job definition suspended), so all 2N timers — reminder and
     * overdue, both long due — become executable in one instant when they are activated, as the
     * overdue timers of a quarter's tasks do at midnight. Without it, the first timers would fire
     * while the last tasks are still being issued.
     */
    static final class ClusterBurst {
        static final int LOCK_TIME_MS = 10_000;
        static final double KILL_AT = 0.30;
        final int tasks;

        ClusterBurst(int tasks) {
            this.tasks = tasks;
        }

        boolean run() throws Exception {
            System.out.printf("%n== B. Cụm hai nút: %d nhiệm vụ cùng quá hạn từ 2025-04-01 00:00, giết một nút giữa chừng%n", tasks);
            Files.createDirectories(WORK);
            // nodes stop (finally) before the database is dropped (end of try-with-resources)
            try (Database db = new Database("giaoviec_cluster")) {
                Node first = new Node("cluster-node1", 18081, db, LOCK_TIME_MS);
                Node second = new Node("cluster-node2", 18082, db, LOCK_TIME_MS);
                try {
                    first.start();
                    second.start();

                    Api.suspendLifecycleJobs(first, true);
                    long issuing = System.nanoTime();
                    issueAll(List.of(first, second));
                    log("đã giao %d nhiệm vụ qua POST /api/tasks (2 nút, 8 luồng) trong %.1f s", tasks, seconds(issuing));
                    long suspendedJobs = db.count("select count(*) from act_ru_job where suspension_state_ = 2");
                    log("%d hẹn giờ (nhắc hạn + quá hạn) đã đến hạn, đang tạm dừng", suspendedJobs);

                    Api.suspendLifecycleJobs(second, false);
                    long released = System.nanoTime();
                    log("kích hoạt tất cả hẹn giờ cùng lúc — bắt đầu đợt quá hạn");

                    Node victim = first;
                    long escalatedAtKill = -1;
                    double killedAfter = 0;
                    Map<String, Long> locksAtKill = Map.of();
                    long lastReport = 0;
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(900);
                    long escalated = 0;
                    while (System.nanoTime() < deadline) {
                        escalated = db.count("select count(*) from task_transition where kind = 'ESCALATED'");
                        if (escalatedAtKill < 0 && escalated >= KILL_AT * tasks) {
                            victim.kill();
                            killedAfter = seconds(released);
                            escalatedAtKill = escalated;
                            locksAtKill = locksByOwner(db);
                            log("SIGKILL %s (pid %d) khi %d/%d đã chuyển Chánh Văn phòng (%.1f%%), %.1f s sau khi kích hoạt;"
                                            + " job đang bị khoá theo chủ: %s", victim.name, victim.pid(), escalated, tasks,
                                    100.0 * escalated / tasks, killedAfter, locksAtKill.values());
                        }
                        boolean done = escalated >= tasks && remainingLifecycleJobs(db) == 0;
                        if (done) {
                            break;
                        }
                        if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(5)) {
                            lastReport = System.nanoTime();
                            log("  %5.1f s: %d/%d đã quá hạn, %d hẹn giờ còn lại", seconds(released), escalated, tasks,
                                    remainingLifecycleJobs(db));
                        }
                        sleep(100);
                    }
                    double drain = seconds(released);
                    log("xong: %d/%d sau %.1f s (%.1f s sau khi giết nút)", escalated, tasks, drain, drain - killedAfter);

                    // the killed node's locks must have expired and been taken over: wait past any lock time
                    sleep(LOCK_TIME_MS + 2_000);
                    return verify(db, second, drain, killedAfter, escalatedAtKill);
                } finally {
                    first.stop();
                    second.stop();
                }
            }
        }

        private void issueAll(List<Node> nodes) throws Exception {
            ExecutorService clients = Executors.newFixedThreadPool(8);
            AtomicInteger done = new AtomicInteger();
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 1; i <= tasks; i++) {
                    int n = i;
                    futures.add(clients.submit(() -> {
                        Api.issue(nodes.get(n % nodes.size()), String.format("CUM-%04d", n),
                                LEADS.get(n % LEADS.size()), PAST_DUE_DATE);
                        done.incrementAndGet();
                    }));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            } finally {
                clients.shutdownNow();
            }
        }

        private static long remainingLifecycleJobs(Database db) {
            return db.count("select count(*) from act_ru_job where handler_cfg_ in (?, ?)", OVERDUE, REMINDER);
        }

        private static Map<String, Long> locksByOwner(Database db) {
            Map<String, Long> owners = new TreeMap<>();
            for (List<String> row : db.rows("select lock_owner_, count(*) from act_ru_job where lock_owner_ is not null"
                    + " group by lock_owner_")) {
                owners.put(row.get(0), Long.parseLong(row.get(1)));
            }
            return owners;
        }

        private boolean verify(Database db, Node survivor, double drain, double killedAfter, long escalatedAtKill) {
            Checks checks = new Checks("B. Cụm hai nút");
            System.out.println("Số liệu:");
            checks.info("nhiệm vụ giao / nút bị SIGKILL khi đã quá hạn", tasks + " / " + escalatedAtKill);
            checks.info("thời gian xử lý hết đợt (s, từ lúc kích hoạt)", String.format("%.1f", drain));
            checks.info("trong đó sau khi giết nút (s)", String.format("%.1f", drain - killedAfter));
            checks.that("nút còn lại vẫn chạy", survivor.alive(), survivor.name);
            checks.equal("nhiệm vụ trong sổ theo dõi (task_register)",
                    db.count("select count(*) from task_register"), tasks);
            checks.equal("chuyển Chánh Văn phòng (task_transition ESCALATED)",
                    db.count("select count(*) from task_transition where kind = 'ESCALATED'"), tasks);
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
            checks.equal("nhắc hạn (REMINDED), mỗi nhiệm vụ một lần",
                    db.count("select count(distinct task_code) from task_transition where kind = 'REMINDED'"), tasks);
            checks.equal("  nhắc hạn trùng", db.count("select count(*) from (select task_code from task_transition"
                    + " where kind = 'REMINDED' group by task_code having count(*) > 1) d"), 0);
            checks.equal("hẹn giờ nhắc hạn/quá hạn còn lại", remainingLifecycleJobs(db), 0);
            checks.equal("job hết lượt thử (retries 0)", db.count("select count(*) from act_ru_job where retries_ = 0"), 0);
            checks.equal("sự cố (act_ru_incident)", db.count("select count(*) from act_ru_incident"), 0);
            checks.equal("job còn khoá đã hết hạn (LOCK_OWNER_, LOCK_EXP_TIME_ < now)", db.count("select count(*) from"
                    + " act_ru_job where lock_owner_ is not null and lock_exp_time_ < ?", Database.now()), 0);
            checks.equal("job còn khoá (bất kỳ)", db.count("select count(*) from act_ru_job where lock_owner_ is not null"), 0);
            checks.info("lần chạy job lỗi rồi được chạy lại (act_hi_job_log)",
                    db.count("select count(*) from act_hi_job_log where job_exception_msg_ is not null"));
            for (List<String> row : db.rows("select left(job_exception_msg_, 60), count(*) from act_hi_job_log"
                    + " where job_exception_msg_ is not null group by 1 order by 2 desc limit 5")) {
                checks.info("    " + row.get(0), row.get(1));
            }
            return checks.passed();
        }
    }

    // ------------------------------------------------------------------------------------------------

    /**
     * C. One node, SIGKILLed mid-life while timers are about to fall due, started again after they did:
     * tasks, timers, files and register intact; the timers that fell due while it was down fire once.
     */
    static final class RestartSafety {
        static final int TIMER_TASKS = 40;
        static final int OPEN_TASKS = 10;
        static final int WORKING_TASKS = 10;
        static final int DUE_IN_SECONDS = 20;
        static final String OFFICER = "snv-cv-khoidong";
        static final String OFFICER_PASSWORD = "cv-" + Long.toHexString(new SecureRandom().nextLong());

        boolean run() throws Exception {
            System.out.printf("%n== C. Khởi động lại: SIGKILL khi %d hẹn giờ sắp đến hạn, chạy lại sau khi chúng đã quá hạn%n",
                    TIMER_TASKS);
            Files.createDirectories(WORK);
            try (Database db = new Database("giaoviec_restart")) {
                Node node = new Node("restart-node", 18081, db, 10_000);
                try {
                    node.start();
                    createOfficer(node);

                    for (int i = 1; i <= TIMER_TASKS; i++) {
                        Api.issue(node, String.format("HG-%03d", i), LEADS.get(i % LEADS.size()), FAR_DUE_DATE);
                    }
                    for (int i = 1; i <= OPEN_TASKS; i++) {
                        Api.issue(node, String.format("MO-%03d", i), LEADS.get(i % LEADS.size()), FAR_DUE_DATE);
                    }
                    for (int i = 1; i <= WORKING_TASKS; i++) {
                        String code = String.format("DL-%03d", i);
                        Api.issue(node, code, "snv", FAR_DUE_DATE);
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
                            OVERDUE);
                    for (List<String> timer : timers) {
                        Api.admin("PUT", node.base() + "/engine-rest/job/" + timer.get(0) + "/duedate",
                                "{\"duedate\":\"" + duedate + "\"}", 204);
                    }
                    log("%d hẹn giờ quá hạn dời đến %s", timers.size(), duedate);

                    byte[] product = product();
                    String fileId = upload(node, "DL-001", product);
                    Snapshot before = Snapshot.take(db);
                    log("trước khi giết: %s", before);

                    node.kill();
                    long killedAt = System.nanoTime();
                    log("SIGKILL %s (pid %d), %d s trước khi các hẹn giờ đến hạn", node.name, node.pid(),
                            Duration.between(Instant.now(), dueAt).toSeconds());
                    long escalatedBeforeRestart = db.count("select count(*) from task_transition where kind = 'ESCALATED'");
                    sleep(Math.max(0, Duration.between(Instant.now(), dueAt).toMillis()) + 5_000);
                    long pastDue = db.count("select count(*) from act_ru_job where handler_cfg_ = ? and duedate_ < ?",
                            OVERDUE, Database.now());
                    log("các hẹn giờ đã quá hạn khi nút không chạy: %d; chạy lại nút", pastDue);

                    long restarting = System.nanoTime();
                    node.start();
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
                    while (db.count("select count(*) from task_transition where kind = 'ESCALATED'") < TIMER_TASKS
                            && System.nanoTime() < deadline) {
                        sleep(200);
                    }
                    double fired = seconds(restarting);
                    // give a second firing every chance to happen before counting
                    sleep(15_000);
                    return verify(db, node, before, fileId, product, timers.size(), pastDue, escalatedBeforeRestart,
                            fired, seconds(killedAt));
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
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bao-cao.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + content.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(content, 0, body, head.length, content.length);
            System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
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
            checks.that("hẹn giờ chưa đến hạn giữ nguyên ngày đến hạn", after.futureTimers.equals(before.futureTimers),
                    after.futureTimers.size() + " job");
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
