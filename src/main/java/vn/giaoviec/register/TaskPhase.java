package vn.giaoviec.register;

/** Where a task stands in its life (DOMAIN.md, "A task's life"). */
public enum TaskPhase {
    /** "Sau khi có kết quả công bố": no lifecycle and no deadline until the event is signalled. */
    AWAITING_EVENT("Chờ sự kiện"),
    ASSIGN("Phân công"),
    COORDINATE("Phối hợp"),
    SUBMIT("Nộp sản phẩm"),
    REVIEW("Duyệt sản phẩm"),
    CLOSED("Kết thúc"),
    WITHDRAWN("Đã thu hồi");

    private final String label;

    TaskPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
