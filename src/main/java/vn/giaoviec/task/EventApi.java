package vn.giaoviec.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.giaoviec.security.AccessPolicy;
import vn.giaoviec.security.UserAccess;

/**
 * Signals an event that tasks wait for ("Sau khi có kết quả công bố"): every waiting task with that
 * event name — of one plan, or of all — gets its due date from the event date and starts its lifecycle.
 */
@RestController
@RequestMapping("/api/events")
class EventApi {

    private final TaskRegister register;
    private final TaskLauncher launcher;
    private final AccessPolicy policy;

    EventApi(TaskRegister register, TaskLauncher launcher, AccessPolicy policy) {
        this.register = register;
        this.launcher = launcher;
        this.policy = policy;
    }

    @PostMapping("/{name}")
    @Transactional
    Map<String, Object> signal(@PathVariable String name, @RequestBody EventSignal signal,
                               Authentication authentication) {
        UserAccess user = UserAccess.of(authentication);
        if (!policy.canRunPlanYear(user)) {
            throw new AccessDeniedException("Chỉ lãnh đạo Sở Nội vụ, Chánh Văn phòng hoặc quản trị viên được báo sự kiện");
        }
        if (signal.eventDate() == null) {
            throw new IllegalArgumentException("Cần ngày diễn ra sự kiện (eventDate)");
        }
        List<String> started = register.awaiting(name).stream()
                .filter(e -> signal.planId() == null || signal.planId().equals(e.planId()))
                .map(e -> {
                    launcher.startAfterEvent(e.taskCode(), signal.eventDate(), user.userId());
                    return e.taskCode();
                }).toList();
        return Map.of("event", name, "tasks", started);
    }

    record EventSignal(LocalDate eventDate, Long planId) {
    }
}
