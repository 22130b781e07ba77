package vn.giaoviec.progress.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.giaoviec.register.TaskStatus;

/**
 * Writes a synthetic register and prints rows per second and bytes. Not a test: run with
 * {@code java -Xmx128m -cp … vn.giaoviec.progress.export.RegisterWorkbookBenchmark [rows] [output.xlsx]}.
 * Times {@link RegisterWorkbook#write(String, LocalDate, List)} (input rows built beforehand, not timed);
 * with an output path the bytes are then saved there. 100,000 rows run in {@code -Xmx64m}.
 */
public final class RegisterWorkbookBenchmark {

    static final LocalDate TODAY = LocalDate.of(2023, 10, 15);
    private static final String[] SECTIONS = {"I. Công tác chỉ đạo điều hành", "II. Cải cách thể chế",
        "III. Cải cách thủ tục hành chính", "IV. Cải cách tổ chức bộ máy", "V. Cải cách chế độ công vụ",
        "VI. Cải cách tài chính công", "VII. Xây dựng chính quyền điện tử, chính quyền số"};

    private RegisterWorkbookBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<RegisterRow> rows = rows(count);
        long start = System.nanoTime();
        byte[] workbook = new RegisterWorkbook().write("Kế hoạch CCHC", TODAY, rows);
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = workbook.length;
        if (args.length > 1) {
            Files.write(Path.of(args[1]), workbook);
        }
        System.out.printf("%d rows in %.2f s: %.0f rows/s, %d bytes (%.1f MB)%n",
                count, seconds, count / seconds, bytes, bytes / 1_048_576.0);
    }

    /** {@code count} rows spread over the sections in order, completed on time, late, or still open in turn. */
    static List<RegisterRow> rows(int count) {
        List<RegisterRow> rows = new ArrayList<>(count);
        int perSection = Math.max(1, (count + SECTIONS.length - 1) / SECTIONS.length);
        for (int i = 0; i < count; i++) {
            rows.add(row(i, SECTIONS[Math.min(SECTIONS.length - 1, i / perSection)]));
        }
        return rows;
    }

    private static RegisterRow row(int i, String section) {
        LocalDate due = TODAY.minusDays(30 - i % 60);
        LocalDate completed = switch (i % 4) {
            case 0 -> due.minusDays(2);
            case 1 -> due.plusDays(1 + i % 10);
            default -> null;
        };
        TaskStatus status = TaskStatus.of(due, completed, TODAY);
        return new RegisterRow(section, Integer.toString(i + 1),
                "Nhiệm vụ số " + (i + 1) + ": rà soát, đánh giá thủ tục hành chính thuộc phạm vi quản lý",
                "Sở Nội vụ", List.of("Sở Tư pháp", "Văn phòng UBND tỉnh"), "Báo cáo kết quả",
                "Quý IV năm 2023", due, status, completed);
    }
}
