package vn.giaoviec.bench.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.giaoviec.bench.BenchmarkReport;

/**
 * B3 (quarter-end burst, one node against two) and B4 (a day in the life over HTTP) with the real jar
 * on the local PostgreSQL server, each node a process of its own with -Xmx512m, and the memory of each
 * node: called by BenchmarkSuite (bench/run), rows into the same report. Node logs and GC logs:
 * target/bench/nodes/. Extra node arguments for every node: -Dbench.node-args="--a=b --c=d".
 */
public final class NodeBenchmarks {

    static final Path WORK = Run.ROOT.resolve("target/bench/nodes");
    static final String DATABASE = "PostgreSQL";

    private final Path jar;
    private final boolean smoke;
    private final BenchmarkReport report;
    private final List<String> nodeArgs;
    private final NodeSettings settings;

    public NodeBenchmarks(Path jar, boolean smoke, BenchmarkReport report) throws Exception {
        this.jar = jar;
        this.smoke = smoke;
        this.report = report;
        String extra = System.getProperty("bench.node-args", "").trim();
        this.nodeArgs = extra.isEmpty() ? List.of() : Arrays.asList(extra.split("\\s+"));
        this.settings = new NodeSettings(jar, nodeArgs);
        Files.createDirectories(WORK);
    }

    public void b3() throws Exception {
        int tasks = Integer.getInteger("bench.b3-tasks", smoke ? 320 : 10_000);
        System.out.println("\n== B3 đợt quá hạn cuối quý: " + tasks + " nhiệm vụ; cấu hình nút: " + settings.describe());
        double one = burst(1, tasks, List.of(), "");
        double two = burst(2, tasks, List.of(), "");
        report.add("B3 tỉ lệ hai nút / một nút", DATABASE, String.format("%.2f (%.1f s / %.1f s)", two / one, two, one),
                "dưới 1: hai nút nhanh hơn; mỗi nút đủ số luồng job — hai nút và PostgreSQL dùng chung 2 lõi");
        if (smoke) {
            return;
        }
        // Two nodes sharing one database server, with the job threads of one node between them: the
        // database runs as many escalation transactions at once as with one node (docs/sizing.md).
        int threads = Integer.parseInt(settings.get("max-pool-size"));
        List<String> half = List.of("--camunda.bpm.job-execution.core-pool-size=" + threads / 2,
                "--camunda.bpm.job-execution.max-pool-size=" + threads / 2);
        double shared = burst(2, tasks, half, ", chung số luồng job");
        report.add("B3 tỉ lệ hai nút chung số luồng job / một nút", DATABASE,
                String.format("%.2f (%.1f s / %.1f s)", shared / one, shared, one),
                "dưới 1: hai nút nhanh hơn; mỗi nút " + threads / 2 + " luồng job, tổng bằng một nút " + threads);
    }

    /**
     * One burst on a fresh database served by {@code count} nodes, with notifications on (each escalation
     * e-mailed to the lead agency's leader and the Chánh Văn phòng through an SMTP server, Mailbox): the
     * seconds from release to the last escalation; the e-mails' time and rate are reported too.
     */
    private double burst(int count, int wanted, List<String> extraArgs, String label) throws Exception {
        List<String> args = new ArrayList<>(nodeArgs);
        args.addAll(extraArgs);
        String described = new NodeSettings(jar, args).describe();
        try (Database db = new Database("giaoviec_b3"); Mailbox mail = new Mailbox()) {
            List<Node> nodes = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String name = "b3-" + count + "nut" + (extraArgs.isEmpty() ? "" : "-chung") + "-" + i;
                nodes.add(node(name, 18080 + i, db).args(extraArgs).args(mail.nodeArgs()));
            }
            try {
                for (Node node : nodes) {
                    node.start();
                }
                mail.createRecipients(nodes.get(0), db);
                Burst burst = new Burst(db, nodes, wanted);
                burst.create();
                burst.sendRemindersFirst();
                long released = burst.release();
                double seconds = burst.drain(released, 1800, escalated -> { });
                double mailed = mail.awaitOverdue(db, released, 2L * burst.tasks(), 1800);
                Checks checks = new Checks("B3 " + count + " nút" + label);
                burst.verifyExactlyOnce(checks);
                mail.verifyExactlyOnce(checks, db, burst.tasks());
                boolean passed = checks.passed();
                Mailbox.Count letters = mail.overdue();
                report.add("B3 thư quá hạn (thông báo bật), " + count + " nút" + label, DATABASE,
                        String.format("%d thư sau %.1f s · %.0f thư/giây · trùng %d", letters.received(), mailed,
                                letters.received() / mailed, letters.received() - letters.distinct()),
                        "2 thư/nhiệm vụ (lãnh đạo cơ quan chủ trì, Chánh Văn phòng) qua SMTP (GreenMail, cùng máy), "
                                + "tính từ lúc kích hoạt đến thư cuối cùng đến máy chủ thư; đợt quá hạn đo cùng lần");
                long duplicates = burst.duplicates();
                report.add("B3 " + burst.tasks() + " nhiệm vụ quá hạn cùng lúc, " + count + " nút" + label, DATABASE,
                        String.format("%.1f s · %.0f nhiệm vụ/giây · trùng %d%s", seconds, burst.tasks() / seconds, duplicates,
                                passed ? "" : " · KIỂM TRA KHÔNG ĐẠT"),
                        count + " nút × (" + described + "); 1 hẹn giờ quá hạn/nhiệm vụ cùng lúc (nhắc hạn đã chạy trước, không tính); thông báo bật");
                for (Node node : nodes) {
                    report.add("Bộ nhớ nút " + node.name + " (B3" + label + ")", DATABASE, node.memory().toString(), "đỉnh cả đời nút, gồm nhập kế hoạch");
                }
                if (!passed) {
                    report.fail("B3 " + count + " nút" + label + ": kiểm tra trùng/mất không đạt (xem trên)");
                }
                return seconds;
            } finally {
                for (Node node : nodes) {
                    node.stop();
                }
            }
        }
    }

    /**
     * Camunda 7's own settings, as a new Spring Boot application gets them: history "full", the job
     * executor's defaults (3–10 threads, queue 3, 3 jobs per acquisition, 5 min lock, 5–60 s idle wait,
     * no backoff, any due job first), every engine event published, Hikari's 10 connections — and none
     * of the indexes and statistics Giao Việc adds to Camunda's tables (dropped after start, PostgreSQL).
     */
    static final List<String> STOCK_ARGS = List.of("--camunda.bpm.history-level=full",
            "--camunda.bpm.job-execution.core-pool-size=3", "--camunda.bpm.job-execution.max-pool-size=10",
            "--camunda.bpm.job-execution.queue-capacity=3", "--camunda.bpm.job-execution.max-jobs-per-acquisition=3",
            "--camunda.bpm.job-execution.lock-time-in-millis=300000", "--camunda.bpm.job-execution.wait-time-in-millis=5000",
            "--camunda.bpm.job-execution.max-wait=60000", "--camunda.bpm.job-execution.backoff-time-in-millis=0",
            "--camunda.bpm.job-execution.max-backoff=0",
            "--camunda.bpm.generic-properties.properties.jobExecutorAcquireByDueDate=false",
            "--camunda.bpm.eventing.execution=true", "--camunda.bpm.eventing.history=true",
            "--spring.datasource.hikari.maximum-pool-size=10",
            // Camunda reads which groups hold authorizations before each check (UnfilteredAuthorizationGroups)
            "--giaoviec.engine.unfiltered-authorization-groups=false",
            // Camunda's entity manager describes every inserted entity for an error it rarely raises (EntityIdCheck)
            "--giaoviec.engine.cheap-id-check=false");
    private static final List<String> STOCK_SQL = List.of("drop index if exists act_idx_job_duedate",
            "drop index if exists gv_idx_task_duedate", "drop statistics if exists gv_stat_authorization_read_permissions");

    /** B4 with Giao Việc's settings, then the same morning on Camunda's stock settings; each figure beside its ratio. */
    public void b4() throws Exception {
        DayInTheLife.Result ours = new DayInTheLife(smoke).run("Giao Việc", "b4-giaoviec", this, List.of(), db -> { });
        // the smoke run (CI) stays short: the baseline only when asked for
        if (!Boolean.parseBoolean(System.getProperty("bench.b4-baseline", String.valueOf(!smoke)))) {
            new DayReport(report).write(ours, settings.describe());
            return;
        }
        DayInTheLife stockRun = new DayInTheLife(smoke);
        List<String> stockArgs = new ArrayList<>(nodeArgs);
        stockArgs.addAll(STOCK_ARGS);
        DayInTheLife.Result stock = stockRun.run("Camunda mặc định", "b4-macdinh", this, STOCK_ARGS,
                db -> STOCK_SQL.forEach(db::execute));
        new DayReport(report).write(ours, settings.describe(), stock,
                new NodeSettings(jar, stockArgs).describe() + "; mọi sự kiện engine; không có chỉ mục, thống kê thêm của Giao Việc");
    }

    Node node(String name, int port, Database db) {
        return new Node(jar, WORK, name, port, db).args(nodeArgs);
    }

    NodeSettings settings() {
        return settings;
    }

    BenchmarkReport report() {
        return report;
    }
}
