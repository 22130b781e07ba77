package vn.giaoviec.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giaoviec.security.AccessPolicy;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.lifecycle.TaskLauncher;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskRegister;

/**
 * The events tasks wait for ("Sau khi có kết quả công bố") and their signal: every waiting task with
 * that event name — of one plan, or of all — gets its due date from the event date (plus
 * giaoviec.lifecycle.event-working-days) and starts its lifecycle; a name no task waits or waited for is
 * refused ({@link UnknownEventException}). One policy for the page and the API.
 */
@Service
class EventSignals {

    private final TaskRegister register;
    private final TaskLauncher launcher;
    private final AccessPolicy policy;
    private final KnownEvents known;

    EventSignals(TaskRegister register, TaskLauncher launcher, AccessPolicy policy, KnownEvents known) {
        this.known = known;
        this.register = register;
        this.launcher = launcher;
        this.policy = policy;
    }

    /** Waiting tasks grouped by event and plan, for whoever may signal. */
    List<WaitingEvent> waiting(UserAccess user) {
        checkMaySignal(user);
        Map<Group, List<RegisterEntry>> groups = new LinkedHashMap<>();
        for (RegisterEntry entry : register.awaitingAny()) {
            groups.computeIfAbsent(new Group(entry.eventName(), entry.planId()), k -> new ArrayList<>()).add(entry);
        }
        return groups.values().stream().map(tasks -> new WaitingEvent(tasks.get(0).eventName(),
                tasks.get(0).deadlineText(), tasks.get(0).planId(), tasks)).toList();
    }

    @Transactional
    List<StartedTask> signal(String eventName, LocalDate eventDate, Long planId, UserAccess user) {
        checkMaySignal(user);
        if (eventDate == null) {
            throw new IllegalArgumentException("Cần ngày diễn ra sự kiện (eventDate)");
        }
        if (!known.known(eventName, planId)) {
            throw new UnknownEventException(eventName, planId);
        }
        return register.awaiting(eventName).stream()
                .filter(entry -> planId == null || Objects.equals(planId, entry.planId()))
                .map(entry -> {
                    launcher.startAfterEvent(entry.taskCode(), eventDate, user.userId());
                    RegisterEntry started = register.get(entry.taskCode());
                    return new StartedTask(started.taskCode(), started.title(), started.leadAgency(),
                            started.dueDate());
                }).toList();
    }

    private void checkMaySignal(UserAccess user) {
        policy.requireMayRunPlanYear(user, "báo sự kiện");
    }

    private record Group(String eventName, Long planId) {
    }

    /** Tasks of one plan waiting for one event; {@code phrase} is the deadline as the plan wrote it. */
    record WaitingEvent(String eventName, String phrase, Long planId, List<RegisterEntry> tasks) {
    }

    /** A task the event started, with its first due date. */
    record StartedTask(String taskCode, String title, String leadAgency, LocalDate dueDate) {
    }
}
