package vn.giaoviec.report;

/** Where one agency's report for one period stands. */
public enum ReportStatus {
    PENDING("Chưa nộp"),
    /** Written by the officer, waiting for the agency leader's approval. */
    AWAITING_APPROVAL("Chờ lãnh đạo duyệt"),
    SUBMITTED("Đã nộp"),
    /** Sở Nội vụ compiled the period without it. */
    MISSING("Không báo cáo"),
    /** The plan's year ended before the report was due or compiled: it is no longer asked for. */
    STOPPED("Dừng: kế hoạch đã kết thúc năm");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
