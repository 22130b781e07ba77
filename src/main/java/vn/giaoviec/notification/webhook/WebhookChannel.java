package vn.giaoviec.notification.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.notification.Channel;
import vn.giaoviec.notification.NotificationProperties;
import vn.giaoviec.notification.delivery.Delivery;
import vn.giaoviec.notification.delivery.DeliveryChannel;

/**
 * SMS and Zalo through the province's gateway: one signed JSON POST per message
 * ({@link WebhookSignature}); a 2xx answer counts as delivered, anything else is retried with the
 * outbox's backoff. HTTP has no commit point the way SMTP has, so a node dying between the answer and
 * the outbox update sends again: the {@code X-GiaoViec-Delivery} header (the message id, the same at
 * every attempt) lets the gateway drop the repeat.
 */
@Component
class WebhookChannel implements DeliveryChannel {

    private final NotificationProperties.Webhook settings;
    private final String baseUrl;
    private final ProvinceClock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;

    WebhookChannel(NotificationProperties properties, ProvinceClock clock) {
        this.settings = properties.webhook();
        this.baseUrl = properties.baseUrl();
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean available() {
        return settings.enabled();
    }

    @Override
    public void send(List<Delivery> batch, Outcome outcome) {
        for (Delivery delivery : batch) {
            try {
                int status = post(delivery);
                if (status / 100 == 2) {
                    outcome.commit(delivery);
                } else {
                    outcome.failed(delivery, "Cổng tin nhắn trả lời HTTP " + status);
                }
            } catch (IOException e) {
                outcome.failed(delivery, "Không gọi được cổng tin nhắn: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome.failed(delivery, "Bị ngắt khi gọi cổng tin nhắn");
                return;
            }
        }
    }

    private int post(Delivery delivery) throws IOException, InterruptedException {
        String body = body(delivery);
        long timestamp = clock.now().toInstant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url())).timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header(WebhookSignature.DELIVERY_HEADER, String.valueOf(delivery.id()))
                .header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(settings.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    String body(Delivery delivery) throws JsonProcessingException {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", delivery.id());
        payload.put("event", delivery.event().name());
        payload.put("eventName", delivery.event().label());
        payload.put("userId", delivery.recipient());
        payload.put("phone", delivery.address());
        payload.put("taskCode", delivery.taskCode());
        payload.put("subject", delivery.subject());
        payload.put("text", delivery.text());
        payload.put("link", delivery.link() == null ? null : baseUrl + delivery.link());
        return json.writeValueAsString(payload);
    }
}
