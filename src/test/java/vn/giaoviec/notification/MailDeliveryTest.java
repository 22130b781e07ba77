package vn.giaoviec.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giaoviec.notification.delivery.Deliveries;
import vn.giaoviec.notification.delivery.Delivery;
import vn.giaoviec.notification.delivery.DeliveryChannel;
import vn.giaoviec.notification.delivery.DeliverySender;
import vn.giaoviec.notification.delivery.DeliveryStatus;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.PlanTaskProcess;

/**
 * E-mail through a real SMTP server (GreenMail, on a free port): what arrives, that it arrives once
 * whatever the senders do, that a rolled-back change sends nothing, and that failures wait and park.
 */
@SpringBootTest
@ActiveProfiles("test")
class MailDeliveryTest extends OutboxTestSupport {

    static final LocalDate DUE = LocalDate.of(2030, 3, 29);

    @Autowired DeliverySender sender;
    @Autowired Deliveries deliveries;
    @Autowired List<DeliveryChannel> channels;
    @Autowired NotificationProperties properties;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;

    String code;

    @BeforeEach
    void setUp() throws Exception {
        setClock(LocalDateTime.of(2030, 3, 1, 9, 0));
        sender.sendDue(); // whatever earlier tests of this context left in the outbox
        SMTP.purgeEmailFromAllMailboxes();
        code = newCode();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void overdueTaskSendsOneHtmlAndTextMailToEachLeaderAndTheChief() throws Exception {
        ProcessInstance instance = start(task(code, "snv", List.of(), DUE));
        sender.sendDue();
        SMTP.purgeEmailFromAllMailboxes(); // the new-task mail is not this test's subject
        fire(timer(instance, PlanTaskProcess.EVENT_OVERDUE));

        sender.sendDue();
        List<MimeMessage> mails = received(code);
        assertThat(mails).flatExtracting(MailParts::to)
                .containsExactlyInAnyOrder("snv-lanhdao@giaoviec.example", "chanhvanphong@giaoviec.example");
        MimeMessage chief = mails.stream().filter(m -> MailParts.to(m).contains("chanhvanphong@giaoviec.example"))
                .findFirst().orElseThrow();
        assertThat(MailParts.subject(chief)).isEqualTo("Quá hạn: nhiệm vụ " + code + " (lần 1) — Xây dựng kế hoạch kiểm tra CCHC");
        assertThat(MailParts.header(chief, "From")).contains("giaoviec@localhost");
        assertThat(MailParts.header(chief, "X-GiaoViec-Event")).isEqualTo("OVERDUE");
        assertThat(MailParts.text(chief)).contains("đã quá hạn hoàn thành (29/03/2030)", "Thời hạn: 29/03/2030",
                "Cơ quan chủ trì: Sở Nội vụ", "Xử lý nhiệm vụ quá hạn: http://localhost:8080/giaoviec/nhiem-vu/" + code,
                "Vì sao bạn nhận được thông báo này: Bạn là Chánh Văn phòng UBND tỉnh");
        assertThat(MailParts.html(chief)).contains("href=\"http://localhost:8080/giaoviec/nhiem-vu/" + code + "\"",
                "Xử lý nhiệm vụ quá hạn", "29/03/2030");

        sender.sendDue();
        assertThat(received(code)).as("sending again sends nothing twice").hasSize(2);
    }

    @Test
    void importedTextIsEscapedInTheHtmlPart() {
        start(new NewTask(code, null, null, null, "Rà soát <script>alert(1)</script> & <b>báo cáo</b>",
                "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", "stp", List.of(), "Báo cáo", "Quý I/2030", DUE, null));
        sender.sendDue();

        MimeMessage mail = received(code).get(0);
        assertThat(MailParts.html(mail)).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;báo cáo&lt;/b&gt;")
                .doesNotContain("<script>");
        assertThat(MailParts.text(mail)).contains("Rà soát <script>alert(1)</script> & <b>báo cáo</b>");
    }

    @Test
    void rolledBackChangeSendsNothing() throws Exception {
        ProcessInstance instance = start(task(code, "snv", List.of(), DUE));
        sender.sendDue();
        SMTP.purgeEmailFromAllMailboxes();
        int before = outboxRows();

        transaction.executeWithoutResult(status -> {
            fire(timer(instance, PlanTaskProcess.EVENT_OVERDUE));
            assertThat(jdbc.queryForObject("select count(*) from task_transition where task_code = ? and kind = 'ESCALATED'",
                    Integer.class, code)).as("the change happened inside the transaction").isOne();
            status.setRollbackOnly();
        });

        assertThat(outboxRows()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from notification where task_code = ? and event = 'OVERDUE'",
                Integer.class, code)).isZero();
        sender.sendDue();
        assertThat(received(code)).isEmpty();

        // the same change committed is told: the test above can see a message when there is one
        fire(timer(instance, PlanTaskProcess.EVENT_OVERDUE));
        sender.sendDue();
        assertThat(received(code)).hasSize(2);
    }

    @Test
    void twoSendersAtOnceSendEachMessageExactlyOnce() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            codes.add(code + "-" + i);
            start(task(code + "-" + i, "stp", List.of(), DUE));
        }
        DeliverySender first = new DeliverySender(deliveries, channels, smallBatches());
        DeliverySender second = new DeliverySender(deliveries, channels, smallBatches());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(first::sendDue);
            Future<Integer> b = pool.submit(second::sendDue);
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }

        List<MimeMessage> mails = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> codes.contains(MailParts.header(m, "X-GiaoViec-Task"))).toList();
        assertThat(mails).hasSize(40);
        assertThat(mails).extracting(m -> MailParts.header(m, "Message-ID")).doesNotHaveDuplicates();
    }

    @Test
    void aMessageAnotherNodeSentAlreadyIsAbandonedBeforeTheServerAcceptsIt() {
        start(task(code, "stp", List.of(), DUE));
        List<Delivery> claimed = deliveries.claim("node-a", 100).stream().filter(d -> code.equals(d.taskCode())).toList();
        assertThat(claimed).hasSize(1);
        // node B sent it meanwhile (its lease ran out on A): A's commit point says no
        assertThat(deliveries.markSent(claimed.get(0).id())).isTrue();

        channel().send(claimed, deliveries);

        assertThat(received(code)).isEmpty();
        assertThat(deliveries.ofTask(code)).extracting(Delivery::status).containsExactly(DeliveryStatus.SENT);
    }

    @Test
    void aMessageIsMarkedSentOnlyOnceTheServerHasBeenGivenItWhole() {
        start(task(code, "stp", List.of(), DUE));
        List<Delivery> claimed = deliveries.claim("node-a", 100).stream().filter(d -> code.equals(d.taskCode())).toList();
        assertThat(claimed).hasSize(1);
        int before = SMTP.getReceivedMessages().length;
        List<String> atCommit = new ArrayList<>();
        DeliveryChannel.Outcome watching = new WatchingOutcome(deliveries) {
            @Override
            public Optional<DeliveryChannel.SentMark> openSentMark(Delivery delivery) {
                return deliveries.openSentMark(delivery).map(mark -> new DeliveryChannel.SentMark() {
                    @Override
                    public void commit() {
                        // a node killed here, before the commit, must have given the server the whole message
                        atCommit.add("at the server: " + SMTP.waitForIncomingEmail(5_000, before + 1));
                        atCommit.add("row seen by others: " + status(delivery.id()));
                        mark.commit();
                    }

                    @Override
                    public void close() {
                        mark.close();
                    }
                });
            }
        };

        channel().send(claimed, watching);

        assertThat(atCommit).containsExactly("at the server: true", "row seen by others: PENDING");
        assertThat(status(claimed.get(0).id())).isEqualTo("SENT");
        assertThat(received(code)).hasSize(1);
    }

    @Test
    void aSenderThatDiesBeforeTheFinalDotLeavesTheMessageUnsentAndUnmarkedForAnotherNode() {
        start(task(code, "stp", List.of(), DUE));
        List<Delivery> claimed = deliveries.claim("node-that-dies", 100).stream()
                .filter(d -> code.equals(d.taskCode())).toList();
        DeliveryChannel.Outcome dying = new WatchingOutcome(deliveries) {
            @Override
            public Optional<DeliveryChannel.SentMark> openSentMark(Delivery delivery) {
                // the body is written and the row marked, uncommitted; the node dies: its connection's work is lost
                deliveries.openSentMark(delivery).orElseThrow().close();
                throw new IllegalStateException("nút bị tắt");
            }
        };

        channel().send(claimed, dying);

        assertThat(received(code)).as("the server dropped the unfinished DATA").isEmpty();
        assertThat(status(claimed.get(0).id())).isEqualTo("PENDING");
        setClock(LocalDateTime.of(2030, 3, 1, 9, 0).plus(properties.delivery().claimLease()).plusMinutes(10));
        sender.sendDue();
        assertThat(received(code)).as("sent once by the node that took it over").hasSize(1);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from notification_delivery where id = ?", String.class, id);
    }

    /** The outbox as a channel sees it, with one part replaced by each test. */
    private abstract static class WatchingOutcome implements DeliveryChannel.Outcome {

        private final Deliveries deliveries;

        WatchingOutcome(Deliveries deliveries) {
            this.deliveries = deliveries;
        }

        @Override
        public boolean commit(Delivery delivery) {
            return deliveries.commit(delivery);
        }

        @Override
        public void failed(Delivery delivery, String error) {
            deliveries.failed(delivery, error);
        }

        @Override
        public void failedAfterCommit(Delivery delivery, String error) {
            deliveries.failedAfterCommit(delivery, error);
        }
    }

    @Test
    void messagesOfANodeThatDiedAreSentByAnotherAfterTheLease() {
        start(task(code, "stp", List.of(), DUE));
        assertThat(deliveries.claim("node-that-dies", 100)).extracting(Delivery::taskCode).contains(code);
        sender.sendDue();
        assertThat(received(code)).as("claimed by the dead node, lease running").isEmpty();

        setClock(LocalDateTime.of(2030, 3, 1, 9, 0).plus(properties.delivery().claimLease()).plusSeconds(1));
        sender.sendDue();

        assertThat(received(code)).hasSize(1);
    }

    @Test
    void aFailingMessageWaitsLongerEachTimeThenIsParkedForAnAdministrator() {
        start(task(code, "stp", List.of(), DUE));
        jdbc.update("update notification_delivery set address = 'không phải địa chỉ' where task_code = ?", code);
        LocalDateTime now = LocalDateTime.of(2030, 3, 1, 9, 0);
        List<LocalDateTime> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= properties.delivery().maxAttempts(); attempt++) {
            sender.sendDue();
            Delivery delivery = deliveries.ofTask(code).get(0);
            assertThat(delivery.attempts()).isEqualTo(attempt);
            assertThat(delivery.lastError()).startsWith("Không tạo được thư");
            waits.add(delivery.nextAttemptAt());
            now = delivery.nextAttemptAt().plusSeconds(1);
            setClock(now);
        }
        assertThat(deliveries.ofTask(code).get(0).status()).isEqualTo(DeliveryStatus.PARKED);
        assertThat(java.time.Duration.between(LocalDateTime.of(2030, 3, 1, 9, 0), waits.get(0))).hasMinutes(1);
        assertThat(java.time.Duration.between(waits.get(0).plusSeconds(1), waits.get(1))).hasMinutes(2);
        sender.sendDue();
        assertThat(deliveries.ofTask(code).get(0).attempts()).as("parked: not tried again").isEqualTo(8);

        jdbc.update("update notification_delivery set address = 'stp-lanhdao@giaoviec.example' where task_code = ?", code);
        assertThat(deliveries.requeue(deliveries.ofTask(code).get(0).id())).isTrue();
        sender.sendDue();
        assertThat(received(code)).hasSize(1);
    }

    private int outboxRows() {
        return jdbc.queryForObject("select count(*) from notification_delivery", Integer.class);
    }

    private DeliveryChannel channel() {
        return channels.stream().filter(c -> c.channel() == Channel.EMAIL).findFirst().orElseThrow();
    }

    private NotificationProperties smallBatches() {
        NotificationProperties.Delivery d = properties.delivery();
        return new NotificationProperties(properties.baseUrl(), properties.mail(), properties.webhook(),
                new NotificationProperties.Delivery(false, 1, d.pollInterval(), 3, d.claimLease(), d.maxAttempts(),
                        d.retryBase(), d.retryMax()), properties.digest(), properties.directoryCache());
    }
}
