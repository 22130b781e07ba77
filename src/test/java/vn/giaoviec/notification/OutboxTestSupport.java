package vn.giaoviec.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.giaoviec.lifecycle.LifecycleTestSupport;

/**
 * The outside world of the outbox for tests, one of each for the whole test context: a real SMTP
 * server (GreenMail) and an SMS/Zalo gateway (an HTTP server that records each call and answers
 * what the test says), both on free ports, wired in through spring.mail.* and the webhook settings.
 */
abstract class OutboxTestSupport extends LifecycleTestSupport {

    static final String WEBHOOK_SECRET = "bi-mat-cua-cong-tin-nhan";
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final Gateway GATEWAY = new Gateway();

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void outsideWorld(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("giaoviec.notifications.webhook.url", GATEWAY::url);
        registry.add("giaoviec.notifications.webhook.secret", () -> WEBHOOK_SECRET);
    }

    /** Received e-mails about one task (header X-GiaoViec-Task). */
    static List<MimeMessage> received(String taskCode) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> taskCode.equals(MailParts.header(m, "X-GiaoViec-Task"))).toList();
    }

    /** The gateway: records every call; answers the queued statuses first, then 200. */
    static final class Gateway {
        record Call(Map<String, List<String>> headers, String body) {
            String header(String name) {
                return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                        .map(e -> e.getValue().get(0)).findFirst().orElse(null);
            }
        }

        final List<Call> calls = new CopyOnWriteArrayList<>();
        final ConcurrentLinkedDeque<Integer> answers = new ConcurrentLinkedDeque<>();
        private final HttpServer server;

        Gateway() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/tin-nhan", exchange -> {
                calls.add(new Call(Map.copyOf(exchange.getRequestHeaders()),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                Integer status = answers.poll();
                exchange.sendResponseHeaders(status == null ? 200 : status, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/tin-nhan";
        }

        List<Call> about(String taskCode) {
            return calls.stream().filter(c -> c.body().contains("\"taskCode\":\"" + taskCode + "\"")).toList();
        }
    }
}
