package vn.giaoviec.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.notification.delivery.Deliveries;
import vn.giaoviec.notification.delivery.Delivery;
import vn.giaoviec.notification.delivery.DeliverySender;
import vn.giaoviec.notification.delivery.DeliveryStatus;
import vn.giaoviec.notification.preference.Preferences;

/**
 * SMS/Zalo through the province's gateway: urgent events of people who gave a telephone number go out
 * as one signed JSON POST each; a failing gateway is called again later with the same message id.
 */
@SpringBootTest
@ActiveProfiles("test")
class WebhookDeliveryTest extends OutboxTestSupport {

    static final LocalDate DUE = LocalDate.of(2030, 3, 29);

    @Autowired DeliverySender sender;
    @Autowired Deliveries deliveries;
    @Autowired Preferences preferences;

    String leader;
    String code;

    @BeforeEach
    void setUp() {
        setClock(LocalDateTime.of(2030, 3, 1, 9, 0));
        sender.sendDue();
        leader = leaderWithPhone("0912 345 678".replace(" ", ""));
        code = newCode();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        identityService.deleteUser(leader); // the next test's gateway calls are its own leader's only
    }

    @Test
    void anUrgentEventGoesToTheGatewaySignedWithTheSharedSecret() throws Exception {
        ProcessInstance instance = start(task(code, "sgddt", List.of(), DUE));
        sender.sendDue();
        assertThat(GATEWAY.about(code)).as("a new task is not urgent: no SMS").isEmpty();

        fire(timer(instance, PlanTaskProcess.EVENT_OVERDUE));
        sender.sendDue();

        List<Gateway.Call> calls = GATEWAY.about(code).stream().filter(c -> c.body().contains(leader)).toList();
        assertThat(calls).hasSize(1);
        Gateway.Call call = calls.get(0);
        assertThat(call.body()).contains("\"event\":\"OVERDUE\"", "\"phone\":\"0912345678\"", "\"userId\":\"" + leader + "\"",
                "\"link\":\"http://localhost:8080/giaoviec/nhiem-vu/" + code + "\"", "Quá hạn: nhiệm vụ " + code);
        String timestamp = call.header("X-GiaoViec-Timestamp");
        assertThat(call.header("X-GiaoViec-Signature")).isEqualTo("sha256=" + hmac(timestamp + "." + call.body()));
        assertThat(call.header("X-GiaoViec-Delivery")).isEqualTo(String.valueOf(sms(code).id()));
        assertThat(sms(code).status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void aFailingGatewayIsCalledAgainLaterWithTheSameMessageId() {
        ProcessInstance instance = start(task(code, "sgddt", List.of(), DUE));
        fire(timer(instance, PlanTaskProcess.EVENT_OVERDUE));
        GATEWAY.answers.add(503);
        sender.sendDue();

        Delivery failed = sms(code);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(failed.attempts()).isOne();
        assertThat(failed.lastError()).isEqualTo("Cổng tin nhắn trả lời HTTP 503");
        sender.sendDue();
        assertThat(GATEWAY.about(code).stream().filter(c -> c.body().contains(leader))).as("not before its time").hasSize(1);

        setClock(failed.nextAttemptAt().plusSeconds(1));
        sender.sendDue();
        List<Gateway.Call> calls = GATEWAY.about(code).stream().filter(c -> c.body().contains(leader)).toList();
        assertThat(calls).hasSize(2).extracting(c -> c.header("X-GiaoViec-Delivery")).containsOnly(String.valueOf(failed.id()));
        assertThat(sms(code).status()).isEqualTo(DeliveryStatus.SENT);
    }

    private Delivery sms(String taskCode) {
        return deliveries.ofTask(taskCode).stream().filter(d -> d.channel() == Channel.SMS && d.recipient().equals(leader))
                .findFirst().orElseThrow();
    }

    /** HMAC-SHA256 as a gateway computes it, written here from the JDK alone. */
    private static String hmac(String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    /** A leader of Sở GD&ĐT who gave a telephone number and kept the default choices. */
    private String leaderWithPhone(String phone) {
        String id = TestPeople.create(identityService, "ld", "Lãnh đạo", "Sở Giáo dục và Đào tạo", "sgddt", "sgddt-lanhdao");
        Set<String> defaults = new HashSet<>();
        for (NotificationEvent event : NotificationEvent.values()) {
            for (Channel channel : Channel.values()) {
                if (event.onByDefault(channel)) {
                    defaults.add(event.name() + "|" + channel.name());
                }
            }
        }
        preferences.save(id, defaults, phone);
        return id;
    }
}
