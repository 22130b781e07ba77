package vn.giaoviec.progress.export;

import java.util.Arrays;
import java.util.List;

/** The columns of the exported register, in order, with their header text and width in characters. */
enum RegisterColumn {
    STT("STT", 6),
    TITLE("Nhiệm vụ", 55),
    LEAD("Cơ quan chủ trì", 24),
    COORDINATING("Cơ quan phối hợp", 28),
    PRODUCT("Sản phẩm", 26),
    DEADLINE_TEXT("Thời gian hoàn thành", 18),
    DUE_DATE("Hạn hoàn thành", 13),
    STATUS("Tình trạng", 20),
    COMPLETED_DATE("Ngày hoàn thành", 13),
    DAYS_LATE("Số ngày quá hạn", 10),
    /** Last, so that the columns the Government Office's reports know keep their places. */
    MILESTONES("Các mốc thực hiện", 40);

    final String header;
    final int width;

    RegisterColumn(String header, int width) {
        this.header = header;
        this.width = width;
    }

    static int count() {
        return values().length;
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(column -> column.header).toList();
    }

    static List<Integer> widths() {
        return Arrays.stream(values()).map(column -> column.width).toList();
    }
}
