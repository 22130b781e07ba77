package vn.giaoviec.security;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giaoviec.security.audit.AuditEntry;
import vn.giaoviec.security.audit.AuditKind;
import vn.giaoviec.security.audit.SecurityAudit;
import vn.giaoviec.identity.UserAccess;

/**
 * The security audit log for administrators: {@code GET /api/audit?from=2030-01-01&to=2030-01-31&kind=LOGIN_FAILED}.
 * {@code from}/{@code to} are dates (a whole day, {@code to} inclusive) or date-times (to exclusive),
 * province time; newest first, at most 1,000 entries.
 */
@RestController
class AuditApi {

    private final SecurityAudit audit;
    private final AccessPolicy policy;

    AuditApi(SecurityAudit audit, AccessPolicy policy) {
        this.audit = audit;
        this.policy = policy;
    }

    @GetMapping("/api/audit")
    List<AuditEntry> find(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                          @RequestParam(required = false) AuditKind kind, Authentication authentication) {
        policy.requireAdmin(UserAccess.of(authentication), "xem nhật ký an ninh");
        return audit.find(time(from, false), time(to, true), kind);
    }

    private static LocalDateTime time(String text, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (end ? day.plusDays(1) : day).atStartOfDay();
            }
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Thời điểm phải dạng năm-tháng-ngày (2030-01-31) hoặc 2030-01-31T08:00");
        }
    }
}
