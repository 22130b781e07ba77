package vn.giaoviec.report;

/** Where one agency's report for one period stands. */
public enum ReportStatus {
    PENDING("Chưa nộp"),
    SUBMITTED("Đã nộp"),
    /** Sở Nội vụ compiled the period without it. */
    MISSING("Không báo cáo");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
