package vn.giaoviec.notification;

/** How a notification reaches a person. */
public enum Channel {
    IN_APP("Trên Giao Việc"),
    EMAIL("Thư điện tử"),
    /** Through the province's SMS or Zalo gateway, called by the signed webhook. */
    SMS("Tin nhắn SMS/Zalo");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
