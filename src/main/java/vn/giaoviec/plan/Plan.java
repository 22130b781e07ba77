package vn.giaoviec.plan;

import java.time.LocalDateTime;

/**
 * A registered Kế hoạch CCHC: the decision that issued it, its year, and who monitors it (Sở Nội vụ);
 * {@code closedAt} once its year has ended (null while it runs).
 */
public record Plan(Long id, String decisionNumber, String title, String issuer, int year, String monitoringAgency,
                   String sourceFile, int taskCount, String importedBy, LocalDateTime importedAt, LocalDateTime closedAt) {

    public boolean closed() {
        return closedAt != null;
    }
}
