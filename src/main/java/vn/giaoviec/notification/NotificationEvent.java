package vn.giaoviec.notification;

/**
 * What people are told about, as they choose it on their preferences page. "Urgent" events also go by
 * SMS/Zalo (the webhook) unless the person turns that off; every event goes in-app and by e-mail
 * unless turned off.
 */
public enum NotificationEvent {
    NEW_TASK("Nhiệm vụ mới giao cho cơ quan", false),
    ASSIGNED("Được phân công xử lý nhiệm vụ", false),
    COORDINATION_REQUESTED("Đề nghị phối hợp", false),
    CONTRIBUTION_RECEIVED("Nhận được ý kiến phối hợp", false),
    CONTRIBUTION_REMINDER("Nhắc hạn gửi ý kiến phối hợp", true),
    CONTRIBUTION_DUE_DATE_CHANGED("Hạn gửi ý kiến phối hợp thay đổi", false),
    CONTRIBUTION_OVERDUE("Cơ quan phối hợp quá hạn gửi ý kiến", true),
    PRODUCT_SUBMITTED("Sản phẩm chờ duyệt", false),
    PRODUCT_RETURNED("Sản phẩm bị trả lại", true),
    REMINDER("Nhắc hạn", true),
    OVERDUE("Quá hạn, chuyển Chánh Văn phòng", true),
    URGED("Đôn đốc", true),
    EXPLANATION_REQUESTED("Yêu cầu giải trình", true),
    EXTENSION_REQUESTED("Đề nghị gia hạn chờ quyết định", false),
    EXTENSION_DECIDED("Quyết định về thời hạn", false),
    WITHDRAWN("Thu hồi nhiệm vụ", false),
    REPORT_DUE("Đến kỳ báo cáo CCHC", false),
    REPORT_TO_APPROVE("Báo cáo CCHC chờ duyệt", false),
    REPORT_LATE("Báo cáo CCHC chậm hạn", true),
    REPORT_TO_COMPILE("Đến lúc tổng hợp báo cáo CCHC", false),
    REPORT_COMPILED("Báo cáo CCHC của tỉnh đã tổng hợp", false),
    /** The daily digest of leaders and the Chánh Văn phòng: e-mail only. */
    DIGEST("Bản tin hằng ngày (lãnh đạo, Chánh Văn phòng)", false);

    private final String label;
    private final boolean urgent;

    NotificationEvent(String label, boolean urgent) {
        this.label = label;
        this.urgent = urgent;
    }

    public String label() {
        return label;
    }

    /** On by default for the channel, before the person changes anything. */
    /** The heading the event sits under on the preferences page. */
    public String group() {
        if (this == DIGEST) {
            return "Bản tin";
        }
        return name().startsWith("REPORT_") ? "Báo cáo CCHC định kỳ" : "Nhiệm vụ";
    }

    public boolean onByDefault(Channel channel) {
        return switch (channel) {
            case IN_APP -> this != DIGEST;
            case EMAIL -> true;
            case SMS -> urgent;
        };
    }

    /** Whether the event can go by the channel at all (the digest is a long e-mail). */
    public boolean offeredBy(Channel channel) {
        return this != DIGEST || channel == Channel.EMAIL;
    }
}
