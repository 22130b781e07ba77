package vn.giaoviec.bench.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cluster and restart checks of Giao Việc on the local PostgreSQL server, with the real jar: started
 * by bench/cluster-check.sh (after ./mvnw verify in .ci/run), see README "Kiểm tra cụm và khởi động lại".
 *
 * <pre>
 *   cluster  two nodes, 2,000 tasks overdue at the same instant, one node SIGKILLed mid-burst; every
 *            escalation e-mailed once to each of its two people, counted at an SMTP server (GreenMail)
 *   restart  one node SIGKILLed while timers are about to fall due, started again
 * </pre>
 *
 * Each check uses a database of its own (created here, dropped at the end), prints its figures and
 * exits non-zero on any duplicate, loss or leftover. Arguments: the jar, then all|cluster|restart.
 */
public final class ClusterCheck {

    static final Path WORK = Run.ROOT.resolve("target/cluster-check");
    /** Locks of a killed node expire after this; production keeps 2 minutes. */
    static final int LOCK_TIME_MS = 10_000;
    static final List<String> LEADS = List.of("snv", "stp", "stc", "skhdt", "stttt", "syt", "sgddt", "tpvinhlong",
            "txbinhminh", "longho", "mangthit", "vungliem", "tambinh", "traon", "binhtan");
    static final String FAR_DUE_DATE = "2030-12-31";

    private static Path jar;

    private ClusterCheck() {
    }

    public static void main(String[] args) throws Exception {
        jar = Path.of(args[0]);
        String which = args.length > 1 ? args[1] : "all";
        boolean ok = true;
        if (which.equals("all") || which.equals("cluster")) {
            ok &= clusterBurst(Integer.getInteger("tasks", 2000));
        }
        if (which.equals("all") || which.equals("restart")) {
            ok &= new RestartCheck().run();
        }
        System.out.println(ok ? "KẾT QUẢ: ĐẠT" : "KẾT QUẢ: KHÔNG ĐẠT");
        System.exit(ok ? 0 : 1);
    }

    static Node node(String name, int port, Database db) {
        return new Node(jar, WORK, name, port, db).arg("--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MS);
    }

    /**
     * B. Two nodes, one database, one mail server; N tasks overdue since the same instant (Burst); one
     * node killed with SIGKILL once ~30% have escalated, while both send e-mails; the other drains the
     * timers and the outbox. Every task must escalate exactly once, and each escalation reach the mail
     * server exactly once per person (Mailbox).
     */
    static boolean clusterBurst(int wanted) throws Exception {
        System.out.printf("%n== B. Cụm hai nút: %d nhiệm vụ cùng quá hạn từ 2025-04-01 00:00, giết một nút giữa chừng%n", wanted);
        Files.createDirectories(WORK);
        // nodes stop (finally) before the database is dropped and the mail server stops (try-with-resources)
        try (Database db = new Database("giaoviec_cluster"); Mailbox mail = new Mailbox()) {
            Node first = node("cluster-node1", 18081, db).args(mail.nodeArgs());
            Node second = node("cluster-node2", 18082, db).args(mail.nodeArgs());
            try {
                first.start();
                second.start();
                mail.createRecipients(second, db);
                Burst burst = new Burst(db, List.of(first, second), wanted);
                burst.create();
                long released = burst.release();
                long[] escalatedAtKill = {-1};
                long[] mailsClaimedAtKill = {0};
                double[] killedAfter = {0};
                double drain = burst.drain(released, 900, escalated -> {
                    if (escalatedAtKill[0] < 0 && escalated >= 0.30 * burst.tasks()) {
                        try {
                            mailsClaimedAtKill[0] = Mailbox.claimedBy(db, first.pid());
                            first.kill();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        killedAfter[0] = Run.seconds(released);
                        escalatedAtKill[0] = escalated;
                        Run.log("SIGKILL %s (pid %d) khi %d/%d đã chuyển Chánh Văn phòng (%.1f%%), %.1f s sau khi kích hoạt;"
                                        + " job đang bị khoá theo chủ: %s", first.name, first.pid(), escalated, burst.tasks(),
                                100.0 * escalated / burst.tasks(), killedAfter[0], locksByOwner(db).values());
                    }
                });
                double mailed = mail.awaitOverdue(db, released, 2L * burst.tasks(), 900);
                // the killed node's locks must have expired and been taken over: wait past any lock time
                Run.sleep(LOCK_TIME_MS + 2_000);

                Checks checks = new Checks("B. Cụm hai nút");
                System.out.println("Số liệu:");
                checks.info("nhiệm vụ giao / nút bị SIGKILL khi đã quá hạn", burst.tasks() + " / " + escalatedAtKill[0]);
                checks.info("thời gian xử lý hết đợt (s, từ lúc kích hoạt)", String.format("%.1f", drain));
                checks.info("trong đó sau khi giết nút (s)", String.format("%.1f", drain - killedAfter[0]));
                checks.info("thư nút bị giết đang giữ chưa gửi khi bị giết", mailsClaimedAtKill[0]);
                checks.info("thư quá hạn: xong sau (s, từ lúc kích hoạt) / thư mỗi giây", String.format("%.1f / %.0f",
                        mailed, 2.0 * burst.tasks() / mailed));
                checks.that("nút còn lại vẫn chạy", second.alive(), second.name);
                checks.that("một nút đã bị giết giữa chừng", escalatedAtKill[0] >= 0 && !first.alive(),
                        String.valueOf(escalatedAtKill[0]));
                burst.verifyExactlyOnce(checks);
                mail.verifyExactlyOnce(checks, db, burst.tasks());
                checks.equal("job còn khoá (bất kỳ)", db.count("select count(*) from act_ru_job where lock_owner_ is not null"), 0);
                return checks.passed();
            } finally {
                first.stop();
                second.stop();
            }
        }
    }

    private static Map<String, Long> locksByOwner(Database db) {
        Map<String, Long> owners = new TreeMap<>();
        for (List<String> row : db.rows("select lock_owner_, count(*) from act_ru_job where lock_owner_ is not null"
                + " group by lock_owner_")) {
            owners.put(row.get(0), Long.parseLong(row.get(1)));
        }
        return owners;
    }
}
