package vn.giaoviec.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.notification.delivery.DeliverySender;
import vn.giaoviec.notification.digest.DailyDigest;

/**
 * The daily digest in March 2010 — earlier than every other test's tasks, so this test's lines lead
 * each list: a leader reads their own agency (due this week, overdue, waiting for their review), the
 * Chánh Văn phòng every agency and what waits for him; a day's digest goes out once, whoever asks.
 */
@SpringBootTest
@ActiveProfiles("test")
class DailyDigestTest extends OutboxTestSupport {

    @Autowired DailyDigest digest;
    @Autowired DeliverySender sender;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void leadersReadTheirAgencyAndTheChiefEveryAgency() {
        setClock(LocalDateTime.of(2010, 2, 1, 9, 0));
        String dueFriday = newCode();
        start(task(dueFriday, "snv", List.of(), LocalDate.of(2010, 3, 5)));
        String late = newCode();
        ProcessInstance lateInstance = start(task(late, "snv", List.of(), LocalDate.of(2010, 2, 24)));
        String inReview = newCode();
        ProcessInstance reviewInstance = start(task(inReview, "stp", List.of(), LocalDate.of(2010, 3, 31)));
        completeAs("stp-lanhdao", openTask(reviewInstance, PlanTaskProcess.ASSIGN), Map.of(PlanTaskProcess.Var.OFFICER,
                "stp-chuyenvien", PlanTaskProcess.Var.COORDINATING_AGENCIES, List.of()));
        completeAs("stp-chuyenvien", openTask(reviewInstance, PlanTaskProcess.SUBMIT), Map.of(
                PlanTaskProcess.Var.DOCUMENT_NUMBER, "5/BC-STP", PlanTaskProcess.Var.PRODUCT_SUMMARY, "Báo cáo"));
        fire(timer(lateInstance, PlanTaskProcess.EVENT_OVERDUE));
        setClock(LocalDateTime.of(2010, 3, 1, 7, 30)); // a Monday
        sender.sendDue();

        assertThat(digest.send(LocalDate.of(2010, 3, 1))).isPositive();
        assertThat(digest.send(LocalDate.of(2010, 3, 1))).as("once a day").isZero();
        sender.sendDue();

        String snv = digestOf("snv-lanhdao@giaoviec.example");
        assertThat(snv).contains("Bản tin Giao Việc ngày 01/03/2010", "== Sở Nội vụ ==",
                "Đến hạn trong tuần này", dueFriday + " — Xây dựng kế hoạch kiểm tra CCHC (hạn 05/03/2010)",
                "Quá hạn", late + " — Xây dựng kế hoạch kiểm tra CCHC (hạn 24/02/2010)")
                .doesNotContain(inReview, "== Sở Tư pháp ==");
        String stp = digestOf("stp-lanhdao@giaoviec.example");
        assertThat(stp).contains("== Sở Tư pháp ==", "Sản phẩm chờ lãnh đạo duyệt", inReview).doesNotContain(late, dueFriday);
        String chief = digestOf("chanhvanphong@giaoviec.example");
        assertThat(chief).contains("== Sở Nội vụ ==", dueFriday, late,
                "Chờ Chánh Văn phòng xử lý (quá hạn, đề nghị gia hạn) (", "http://localhost:8080/giaoviec/nhiem-vu/" + late);
    }

    @Test
    void leadersReadTheCoordinationRequestsPastTheirDatesTheyWaitForAndTheyOwe() {
        setClock(LocalDateTime.of(2010, 2, 1, 9, 0));
        String waiting = newCode();
        ProcessInstance instance = start(task(waiting, "snv", List.of("stp"), LocalDate.of(2010, 3, 31)));
        completeAs("snv-lanhdao", openTask(instance, PlanTaskProcess.ASSIGN), Map.of(PlanTaskProcess.Var.OFFICER,
                "snv-chuyenvien", PlanTaskProcess.Var.COORDINATING_AGENCIES, List.of("stp", "stc")));
        org.camunda.bpm.engine.task.Task stcRequest = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(PlanTaskProcess.CONTRIBUTE).taskCandidateGroup("stc").singleResult();
        completeAs("stc-chuyenvien", stcRequest, Map.of(PlanTaskProcess.Var.CONTRIBUTION, "Đồng ý với dự thảo"));
        java.util.Date stpDue = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(PlanTaskProcess.CONTRIBUTE).singleResult().getDueDate();
        String stpDueText = new java.text.SimpleDateFormat("dd/MM/yyyy").format(stpDue);
        setClock(LocalDateTime.of(2010, 3, 3, 7, 30)); // a Wednesday, after the request's date
        sender.sendDue();

        assertThat(digest.send(LocalDate.of(2010, 3, 3))).isPositive();
        sender.sendDue();

        String snv = digestOf("snv-lanhdao@giaoviec.example", "03/03/2010");
        assertThat(snv).contains("Cơ quan phối hợp chưa gửi ý kiến, đã quá hạn",
                waiting + " — Xây dựng kế hoạch kiểm tra CCHC — chờ: Sở Tư pháp (hạn " + stpDueText + ")")
                .as("Sở Tài chính sent its opinion").doesNotContain("chờ: Sở Tư pháp, Sở Tài chính");
        String stp = digestOf("stp-lanhdao@giaoviec.example", "03/03/2010");
        assertThat(stp).contains("== Sở Tư pháp ==", "Ý kiến phối hợp đơn vị chưa gửi, đã quá hạn",
                waiting + " — Xây dựng kế hoạch kiểm tra CCHC (hạn " + stpDueText + ")");
        assertThat(digestsOf("stc-lanhdao@giaoviec.example", "03/03/2010")).as("Sở Tài chính owes nothing")
                .noneMatch(text -> text.contains(waiting));
    }

    @Test
    void twoNodesAtTheSameMinuteQueueTheDaysDigestOnce() throws Exception {
        setClock(LocalDateTime.of(2010, 3, 2, 7, 30));
        LocalDate day = LocalDate.of(2010, 3, 2);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> digest.send(day));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> digest.send(day));
        int queued = first.get() + second.get();

        assertThat(Math.min(first.get(), second.get())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification_digest_run where digest_date = ?", Integer.class,
                java.sql.Date.valueOf(day))).isOne();
        assertThat(jdbc.queryForObject("select count(*) from notification_delivery where event = 'DIGEST'"
                + " and subject like 'Bản tin Giao Việc ngày 02/03/2010%'", Integer.class)).isEqualTo(queued);
    }

    /** The plain text of the digest of 01/03/2010 a person received. */
    private static String digestOf(String address) {
        return digestOf(address, "01/03/2010");
    }

    /** The plain text of the digest of {@code day} a person received. */
    private static String digestOf(String address, String day) {
        List<String> mails = digestsOf(address, day);
        assertThat(mails).as("one digest for %s", address).hasSize(1);
        return mails.get(0);
    }

    private static List<String> digestsOf(String address, String day) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> "DIGEST".equals(MailParts.header(m, "X-GiaoViec-Event"))
                        && MailParts.subject(m).startsWith("Bản tin Giao Việc ngày " + day)
                        && MailParts.to(m).contains(address)).map(MailParts::text).toList();
    }
}
