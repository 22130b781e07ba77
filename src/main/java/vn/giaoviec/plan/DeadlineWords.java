package vn.giaoviec.plan;

import vn.giaoviec.deadline.Deadline;

/** A deadline's kind as the preview says it, in Vietnamese. */
final class DeadlineWords {

    private DeadlineWords() {
    }

    static String of(Deadline deadline, boolean dateChosen) {
        if (dateChosen) {
            return "Ngày do người nhập chọn";
        }
        return switch (deadline.kind()) {
            case FIXED -> deadline.periodicAfter() ? "Một mốc, sau đó định kỳ (hạn: cuối năm kế hoạch)" : "Một mốc";
            case MULTIPLE -> "Nhiều mốc (hạn: mốc cuối)";
            case PERIODIC -> "Định kỳ (hạn: cuối năm kế hoạch)";
            case CONTINUOUS -> "Thường xuyên (hạn: cuối năm kế hoạch)";
            case EVENT -> "Sau sự kiện (chờ báo sự kiện)";
            case UNSPECIFIED -> "Chưa xác định (hạn: cuối năm kế hoạch)";
        };
    }
}
