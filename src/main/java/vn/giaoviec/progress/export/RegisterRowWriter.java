package vn.giaoviec.progress.export;

import java.time.LocalDate;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes the body of the register: a section row whenever the section changes, then one row per task. */
final class RegisterRowWriter {

    /**
     * Coordinating agencies are printed one per line (names such as "Các sở, ban, ngành tỉnh" hold
     * commas), and so are milestones.
     */
    static final String AGENCY_SEPARATOR = "\n";

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final LocalDate today;
    private String currentSection;

    RegisterRowWriter(Sheet sheet, WorkbookStyles styles, LocalDate today) {
        this.sheet = sheet;
        this.styles = styles;
        this.today = today;
    }

    /** Writes every row from {@code firstRow} on; returns the index of the last row written (the header's when none). */
    int writeAll(Iterable<RegisterRow> rows, int firstRow) {
        int next = firstRow;
        for (RegisterRow row : rows) {
            next = write(Objects.requireNonNull(row, "row"), next);
        }
        return next - 1;
    }

    private int write(RegisterRow row, int rowIndex) {
        int next = rowIndex;
        String section = blankToNull(row.section());
        if (!Objects.equals(section, currentSection)) {
            currentSection = section;
            if (section != null) {
                SheetLayout.mergedRow(sheet, next++, section, styles.section, RegisterColumn.count(), 1);
            }
        }
        writeTask(sheet.createRow(next), row);
        return next + 1;
    }

    private void writeTask(Row excelRow, RegisterRow row) {
        text(excelRow, RegisterColumn.STT, row.stt(), styles.centered);
        text(excelRow, RegisterColumn.TITLE, row.title(), styles.text);
        text(excelRow, RegisterColumn.LEAD, row.leadAgencyName(), styles.text);
        text(excelRow, RegisterColumn.COORDINATING, String.join(AGENCY_SEPARATOR, row.coordinatingAgencyNames()), styles.text);
        text(excelRow, RegisterColumn.PRODUCT, row.product(), styles.text);
        text(excelRow, RegisterColumn.DEADLINE_TEXT, row.deadlineText(), styles.centered);
        text(excelRow, RegisterColumn.MILESTONES, String.join(AGENCY_SEPARATOR, row.milestones()), styles.text);
        date(excelRow, RegisterColumn.DUE_DATE, row.dueDate());
        text(excelRow, RegisterColumn.STATUS, row.status() == null ? null : row.status().label(), styles.centered);
        date(excelRow, RegisterColumn.COMPLETED_DATE, row.completedDate());
        daysLate(excelRow, row.daysLate(today));
    }

    private void text(Row excelRow, RegisterColumn column, String value, CellStyle style) {
        Cell cell = cell(excelRow, column, style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    private void date(Row excelRow, RegisterColumn column, LocalDate value) {
        Cell cell = cell(excelRow, column, styles.date);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /** A number of calendar days; left empty when the task is not late, so the column shows only late work. */
    private void daysLate(Row excelRow, int days) {
        Cell cell = cell(excelRow, RegisterColumn.DAYS_LATE, styles.integer);
        if (days > 0) {
            cell.setCellValue(days);
        }
    }

    private static Cell cell(Row excelRow, RegisterColumn column, CellStyle style) {
        Cell cell = excelRow.createCell(column.ordinal());
        cell.setCellStyle(style);
        return cell;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
