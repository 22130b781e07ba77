package vn.giaoviec.register;

import java.time.LocalDateTime;

/** One entry of a task's audit trail in the register. */
public record Transition(LocalDateTime occurredAt, TransitionKind kind, String phase, String status, String actor,
                         String note) {
}
