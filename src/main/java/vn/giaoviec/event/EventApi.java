package vn.giaoviec.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.giaoviec.identity.UserAccess;

/**
 * Signals an event that tasks wait for ("Sau khi có kết quả công bố"), see {@link EventSignals}:
 * {"eventDate": "2032-05-07", "planId": 12} (planId optional). Answers the event, the codes of the
 * tasks started and each one's new due date.
 */
@RestController
@RequestMapping("/api/events")
class EventApi {

    private final EventSignals signals;

    EventApi(EventSignals signals) {
        this.signals = signals;
    }

    @PostMapping("/{name}")
    Map<String, Object> signal(@PathVariable String name, @RequestBody EventSignal signal,
                               Authentication authentication) {
        List<EventSignals.StartedTask> started = signals.signal(name, signal.eventDate(), signal.planId(),
                UserAccess.of(authentication));
        return Map.of("event", name, "tasks", started.stream().map(EventSignals.StartedTask::taskCode).toList(),
                "started", started);
    }

    @ExceptionHandler(UnknownEventException.class)
    ResponseEntity<Map<String, String>> unknown(UnknownEventException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }

    record EventSignal(LocalDate eventDate, Long planId) {
    }
}
