package vn.giaoviec.security.audit;

import java.time.LocalDateTime;

/** One row of the security audit log; the time is the province's local time. */
public record AuditEntry(long id, LocalDateTime time, String userId, AuditKind kind, String resource,
                        String clientAddress, String detail) {
}
