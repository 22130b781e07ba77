package vn.giaoviec.notification.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's notifications over REST (HTTP Basic), newest first, and marking one read. */
@RestController
@RequestMapping("/api/notifications")
class NotificationApi {

    private final Notifications notifications;

    NotificationApi(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(defaultValue = "50") int limit, Authentication authentication) {
        String user = authentication.getName();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("unread", notifications.unread(user));
        answer.put("notifications", notifications.of(user, Math.max(1, Math.min(limit, 500))).stream()
                .map(NotificationApi::json).toList());
        return answer;
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Map<String, Object>> read(@PathVariable long id, Authentication authentication) {
        return notifications.open(authentication.getName(), id).map(n -> ResponseEntity.ok(json(n)))
                .orElse(ResponseEntity.notFound().build());
    }

    private static Map<String, Object> json(Notification n) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", n.id());
        json.put("event", n.event().name());
        json.put("eventName", n.event().label());
        json.put("taskCode", n.taskCode());
        json.put("subject", n.subject());
        json.put("text", n.body());
        json.put("link", n.link());
        json.put("createdAt", n.createdAt());
        json.put("read", !n.unread());
        return json;
    }
}
