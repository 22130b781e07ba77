package vn.giaoviec.progress.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Exports a plan's task register as .xlsx in the layout of the plan's appendix (phụ lục): title,
 * "Tình hình thực hiện đến ngày …", header row, then the tasks grouped under bold section rows.
 * <p>
 * Streams through {@link SXSSFWorkbook}: only {@link #WINDOW} rows stay in memory, the rest go to a
 * compressed temporary file, so a register of 100,000 rows writes within a small heap. Rows must
 * arrive sorted by the caller (section order, then row order): a section row is written whenever
 * the section changes. Thread-safe: holds no state.
 */
public final class RegisterWorkbook {

    public static final String SHEET_NAME = "Phụ lục nhiệm vụ";
    /** Rows kept in memory while streaming. */
    public static final int WINDOW = 200;

    /** The whole workbook as bytes; for very large registers prefer {@link #write(String, LocalDate, Iterable, OutputStream)}. */
    public byte[] write(String planTitle, LocalDate today, List<RegisterRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(initialCapacity(rows.size()));
        write(planTitle, today, rows, out);
        return out.toByteArray();
    }

    /** A compressed register takes about 50 bytes a row: start near that so the buffer need not double many times. */
    private static int initialCapacity(int rows) {
        return (int) Math.min(64L * 1024 * 1024, 16_384L + 56L * rows);
    }

    /** Streams the workbook to {@code out} (left open); rows may come from a lazy source. */
    public void write(String planTitle, LocalDate today, Iterable<RegisterRow> rows, OutputStream out) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(rows, "rows");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            fill(workbook, planTitle, today, rows);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được tệp Excel sổ theo dõi nhiệm vụ", e);
        }
    }

    private void fill(SXSSFWorkbook workbook, String planTitle, LocalDate today, Iterable<RegisterRow> rows) {
        SXSSFSheet sheet = workbook.createSheet(SHEET_NAME);
        WorkbookStyles styles = new WorkbookStyles(workbook);
        int columns = RegisterColumn.count();
        SheetLayout.setWidths(sheet, RegisterColumn.widths());
        SheetLayout.writeHeading(sheet, styles, planTitle, today, columns);
        SheetLayout.writeHeader(sheet, styles, RegisterColumn.headers());
        int lastRow = new RegisterRowWriter(sheet, styles, today).writeAll(rows, SheetLayout.HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(SheetLayout.HEADER_ROW, lastRow, 0, columns - 1));
        SheetLayout.setUpViewAndPrint(sheet);
    }
}
