package vn.giaoviec.security.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the security audit log ({@code security_audit}). Each entry is written in a
 * transaction of its own, so it stays when the refused request's transaction rolls back; a failure
 * to write is logged and never fails the request. Times are wall-clock time in the province's zone
 * (not the engine clock, which tests move).
 */
@Service
public class SecurityAudit {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityAudit.class);
    static final int MAX_ROWS = 1000;

    /** Request attribute of a refusal already audited where it was decided: not audited again by its status. */
    public static final String AUDITED = SecurityAudit.class.getName() + ".audited";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public SecurityAudit(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                         @Value("${giaoviec.zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = Clock.system(zone);
    }

    /** An event of the current HTTP request (if any): its path and client address are recorded with it. */
    public void record(AuditKind kind, String userId, String detail) {
        HttpServletRequest request = currentRequest();
        record(kind, userId, request == null ? null : describe(request), request == null ? null : request.getRemoteAddr(),
                detail);
    }

    /** The signed-in user of the current request was refused. */
    public void denied(String detail) {
        record(AuditKind.ACCESS_DENIED, currentUser(), detail);
    }

    /** An event of the given request, by the user Spring Security knows for it (if any). */
    public void record(AuditKind kind, HttpServletRequest request, String detail) {
        record(kind, currentUser(), describe(request), request.getRemoteAddr(), detail);
    }

    public void record(AuditKind kind, String userId, String resource, String clientAddress, String detail) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into security_audit (event_time, user_id, kind, resource, client_address, detail)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    Timestamp.valueOf(LocalDateTime.now(clock)), cut(userId, 255), kind.name(), cut(resource, 1000),
                    cut(clientAddress, 64), cut(detail, 2000)));
        } catch (RuntimeException e) {
            LOG.error("Không ghi được nhật ký an ninh {} {} {}: {}", kind, userId, resource, e.toString());
        }
    }

    /** Newest first, at most {@value #MAX_ROWS} entries; every bound optional. */
    public List<AuditEntry> find(LocalDateTime from, LocalDateTime to, AuditKind kind) {
        StringBuilder sql = new StringBuilder("select id, event_time, user_id, kind, resource, client_address, detail"
                + " from security_audit where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (from != null) {
            sql.append(" and event_time >= ?");
            args.add(Timestamp.valueOf(from));
        }
        if (to != null) {
            sql.append(" and event_time < ?");
            args.add(Timestamp.valueOf(to));
        }
        if (kind != null) {
            sql.append(" and kind = ?");
            args.add(kind.name());
        }
        // standard SQL, H2 and PostgreSQL alike
        sql.append(" order by event_time desc, id desc fetch first " + MAX_ROWS + " rows only");
        return jdbc.query(sql.toString(), (rs, i) -> new AuditEntry(rs.getLong("id"),
                rs.getTimestamp("event_time").toLocalDateTime(), rs.getString("user_id"),
                AuditKind.valueOf(rs.getString("kind")), rs.getString("resource"), rs.getString("client_address"),
                rs.getString("detail")), args.toArray());
    }

    static String describe(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    static HttpServletRequest currentRequest() {
        HttpServletRequest request = AuditRequests.current();
        if (request != null) {
            return request;
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? null : authentication.getName();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
