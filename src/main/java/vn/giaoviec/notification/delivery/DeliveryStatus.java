package vn.giaoviec.notification.delivery;

/** Where a message of the outbox stands. */
public enum DeliveryStatus {
    PENDING("Chờ gửi"),
    SENT("Đã gửi"),
    /** Failed too often: kept for an administrator to look at and send again. */
    PARKED("Tạm dừng (lỗi nhiều lần)");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
