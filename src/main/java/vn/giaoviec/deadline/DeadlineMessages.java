package vn.giaoviec.deadline;

/** The Vietnamese warnings a user reads next to a deadline the parser could not fully trust. */
final class DeadlineMessages {

    static final String MISSING = "Thiếu thời hạn hoàn thành";

    private DeadlineMessages() {
    }

    static String notUnderstood(String phrase) {
        return "Không hiểu thời hạn \"" + phrase + "\": cần nhập ngày hoàn thành thủ công.";
    }

    static String noDate(String phrase) {
        return "Thời hạn \"" + phrase + "\" không có ngày cụ thể: nhiệm vụ được theo dõi đến cuối năm kế hoạch;"
                + " chọn ngày hoàn thành nếu cần.";
    }

    static String invalid(String phrase, String period) {
        return "Thời hạn \"" + phrase + "\" không hợp lệ (không có " + period
                + "): cần nhập ngày hoàn thành thủ công.";
    }

    static String daysTaken(String phrase, java.util.List<java.time.LocalDate> days) {
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        return "Đã lấy " + (days.size() == 1 ? "ngày " : "các ngày ")
                + String.join(", ", days.stream().map(format::format).toList()) + " từ thời hạn \"" + phrase
                + "\": kiểm tra lại.";
    }

    static String farYear(String phrase, int year, int planYear) {
        return "Năm " + year + " khác xa năm kế hoạch " + planYear
                + ": kiểm tra lại thời hạn \"" + phrase + "\".";
    }
}
