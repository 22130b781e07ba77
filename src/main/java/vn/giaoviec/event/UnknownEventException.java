package vn.giaoviec.event;

/**
 * No task of the plan (or of any plan) waits or waited for the event named: a misspelt name, which
 * must not answer "nothing started" as if all were well (HTTP 404; on the page, the message).
 */
class UnknownEventException extends IllegalArgumentException {

    UnknownEventException(String eventName, Long planId) {
        super("Không có nhiệm vụ nào chờ sự kiện \"" + eventName + "\""
                + (planId == null ? "" : " trong kế hoạch số " + planId)
                + "; tên sự kiện là cụm từ thời hạn viết không dấu, ví dụ sau-khi-co-ket-qua-cong-bo");
    }
}
