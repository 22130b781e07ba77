package vn.giaoviec.register;

/** What happened to a task, as the register's audit trail records it. */
public enum TransitionKind {
    ISSUED("Giao nhiệm vụ"),
    PHASE("Chuyển bước"),
    ASSIGNED("Phân công chuyên viên"),
    CONTRIBUTION("Ý kiến phối hợp"),
    CONTRIBUTION_REMINDED("Nhắc hạn gửi ý kiến phối hợp"),
    CONTRIBUTION_OVERDUE("Cơ quan phối hợp quá hạn gửi ý kiến"),
    CONTRIBUTION_ASSIGNED("Giao cán bộ gửi ý kiến phối hợp"),
    CONTRIBUTION_DUE_DATE_CHANGED("Đổi hạn gửi ý kiến phối hợp"),
    COORDINATION_CLOSED("Kết thúc lấy ý kiến phối hợp"),
    SUBMITTED("Nộp sản phẩm"),
    RETURNED("Trả lại sản phẩm"),
    APPROVED("Duyệt sản phẩm"),
    REMINDED("Nhắc hạn"),
    ESCALATED("Quá hạn, chuyển Chánh Văn phòng"),
    URGED("Đôn đốc"),
    EXPLANATION_REQUESTED("Yêu cầu giải trình"),
    EXPLAINED("Giải trình"),
    EXTENSION_REQUESTED("Xin gia hạn"),
    EXTENSION_REFUSED("Không đồng ý gia hạn"),
    DUE_DATE_CHANGED("Thay đổi thời hạn"),
    CLOSED("Kết thúc"),
    WITHDRAWN("Thu hồi"),
    PROGRESS_REPORTED("Báo cáo tiến độ định kỳ"),
    MILESTONE_REPORTED("Báo cáo kết quả mốc thực hiện"),
    EVENT_OCCURRED("Sự kiện đã diễn ra, tính thời hạn"),
    CARRIED_OVER("Chuyển tiếp sang kế hoạch năm sau"),
    NOT_COMPLETED("Kết thúc năm: không hoàn thành");

    private final String label;

    TransitionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
