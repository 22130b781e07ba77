package vn.giaoviec.bench.cluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The province's mail server for the burst checks: a GreenMail SMTP server in this process, on a free
 * loopback port, which every node sends to. Escalation e-mails are counted where they arrive — by
 * Message-ID (the outbox row, the same at every attempt) and by task — so a message sent twice, by
 * two nodes or after a kill, shows as a duplicate. The people told are created here: one leader per
 * agency and a Chánh Văn phòng, with e-mail addresses; only the escalation goes to them by e-mail
 * (their other notifications stay in-app), which keeps the count about the burst.
 */
final class Mailbox implements AutoCloseable {

    static final String OVERDUE = "OVERDUE";
    static final String CHIEF = "bench-cvp";
    /** A killed node's claimed messages may be taken over after this (production: 2 minutes). */
    static final String CLAIM_LEASE = "10s";

    private final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final List<String> leaders = new ArrayList<>();

    Mailbox() {
        smtp.start();
    }

    /** What a node needs to send here: Spring Boot's spring.mail.*, and the claim lease of this run. */
    List<String> nodeArgs() {
        return List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--giaoviec.notifications.delivery.claim-lease=" + CLAIM_LEASE);
    }

    /**
     * One leader per agency (the groups the node made from config/agencies.yaml) and the Chánh Văn
     * phòng — not a leader of the office, so every escalation is two e-mails: its lead agency's leader
     * and the Chánh Văn phòng. Every other event by e-mail is turned off in their preferences.
     */
    void createRecipients(Node node, Database db) {
        String groups = Api.admin("GET", node.base() + "/engine-rest/group?type=AGENCY&maxResults=1000", null, 200);
        Matcher ids = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(groups);
        while (ids.find()) {
            String agency = ids.group(1);
            String leader = "bench-ld-" + agency;
            createUser(node, leader, "Lãnh đạo", agency, List.of(agency, agency + "-lanhdao"));
            leaders.add(leader);
        }
        createUser(node, CHIEF, "Chánh Văn phòng", "UBND tỉnh", List.of("chanh-van-phong", "vpubnd"));
        List<String> everyone = new ArrayList<>(leaders);
        everyone.add(CHIEF);
        for (String user : everyone) {
            for (String event : List.of("NEW_TASK", "ASSIGNED", "COORDINATION_REQUESTED", "CONTRIBUTION_RECEIVED",
                    "PRODUCT_SUBMITTED", "PRODUCT_RETURNED", "REMINDER", "URGED", "EXPLANATION_REQUESTED",
                    "EXTENSION_REQUESTED", "EXTENSION_DECIDED", "WITHDRAWN", "REPORT_DUE", "REPORT_TO_APPROVE",
                    "REPORT_LATE", "REPORT_TO_COMPILE", "REPORT_COMPILED", "DIGEST")) {
                db.execute("insert into notification_preference (user_id, event, channel, enabled) values (?,?,?,?)",
                        user, event, "EMAIL", false);
            }
        }
        Run.log("người nhận thư: %d lãnh đạo cơ quan và Chánh Văn phòng (%s), SMTP 127.0.0.1:%d", leaders.size(), CHIEF,
                smtp.getSmtp().getPort());
    }

    private static void createUser(Node node, String id, String firstName, String lastName, List<String> groups) {
        Api.admin("POST", node.base() + "/engine-rest/user/create", "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\""
                + firstName + "\",\"lastName\":\"" + lastName + "\",\"email\":\"" + id + "@giaoviec.example\"},"
                + "\"credentials\":{\"password\":\"" + Api.ADMIN_PASSWORD + "\"}}", 204);
        for (String group : groups) {
            Api.admin("PUT", node.base() + "/engine-rest/group/" + group + "/members/" + id, null, 204);
        }
    }

    /** What arrived at the server, escalations only. */
    record Count(long received, long distinct, long tasksWithTwo, long tasksOther) {
    }

    Count overdue() {
        Set<String> messageIds = new HashSet<>();
        Map<String, Integer> perTask = new HashMap<>();
        long received = 0;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (OVERDUE.equals(header(message, "X-GiaoViec-Event"))) {
                received++;
                messageIds.add(header(message, "Message-ID"));
                perTask.merge(header(message, "X-GiaoViec-Task"), 1, Integer::sum);
            }
        }
        long two = perTask.values().stream().filter(n -> n == 2).count();
        return new Count(received, messageIds.size(), two, perTask.size() - two);
    }

    /**
     * Waits until {@code expected} escalation e-mails arrived and no message waits in the outbox (or the
     * timeout); returns the seconds since {@code released}. Polls the number of messages the server holds
     * (cheap); the messages themselves are read once, by {@link #verifyExactlyOnce}.
     */
    double awaitOverdue(Database db, long released, long expected, int timeoutSeconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long lastReport = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long arrived = smtp.getReceivedMessages().length;
            long waiting = db.count("select count(*) from notification_delivery where status = 'PENDING'");
            if (arrived >= expected && waiting == 0) {
                break;
            }
            if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(5)) {
                lastReport = System.nanoTime();
                Run.log("  %5.1f s: %d/%d thư quá hạn đã đến máy chủ thư, %d thư chờ gửi", Run.seconds(released), arrived,
                        expected, waiting);
            }
            Run.sleep(500);
        }
        double seconds = Run.seconds(released);
        Run.log("thư: %d/%d thư đã đến máy chủ thư sau %.1f s", smtp.getReceivedMessages().length, expected, seconds);
        return seconds;
    }

    /** Each escalation e-mailed once to each of its two people, counted at the SMTP server; the outbox agrees. */
    void verifyExactlyOnce(Checks checks, Database db, long tasks) {
        Count count = overdue();
        checks.equal("thư quá hạn đến máy chủ thư (2 người × nhiệm vụ)", count.received(), 2 * tasks);
        checks.equal("  thư trùng (cùng Message-ID đến hai lần)", count.received() - count.distinct(), 0);
        checks.equal("  nhiệm vụ có đúng hai thư quá hạn", count.tasksWithTwo(), tasks);
        checks.equal("  nhiệm vụ có số thư khác hai", count.tasksOther(), 0);
        checks.equal("hộp thư đi: thư quá hạn đã gửi (SENT)", db.count("select count(*) from notification_delivery"
                + " where event = 'OVERDUE' and status = 'SENT'"), 2 * tasks);
        checks.equal("hộp thư đi: thư chưa gửi hoặc tạm dừng", db.count("select count(*) from notification_delivery"
                + " where status <> 'SENT'"), 0);
        checks.equal("thông báo trong ứng dụng về quá hạn", db.count("select count(*) from notification"
                + " where event = 'OVERDUE'"), 2 * tasks);
    }

    /** Messages the outbox had claimed for a node (owner "pid@host/…") and not yet sent: those its death leaves. */
    static long claimedBy(Database db, long pid) {
        return db.count("select count(*) from notification_delivery where status = 'PENDING' and claimed_by like ?",
                pid + "@%");
    }

    private static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
