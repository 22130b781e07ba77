package vn.giaoviec.progress.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** What both reports share: the heading rows above the table, the header row, print setup. */
final class SheetLayout {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Rows 0 and 1 hold the title and the subtitle; the table header is row 2 (Excel row 3). */
    static final int HEADER_ROW = 2;
    private static final float LINE_POINTS = 18f;
    private static final int CHARS_PER_WIDTH_UNIT = 256;

    private SheetLayout() {
    }

    static String subtitle(LocalDate today) {
        return "Tình hình thực hiện đến ngày " + DAY.format(today);
    }

    /** Writes the merged title and subtitle rows over {@code columns} columns. */
    static void writeHeading(Sheet sheet, WorkbookStyles styles, String planTitle, LocalDate today, int columns) {
        String title = planTitle == null ? "" : planTitle.strip();
        mergedRow(sheet, 0, title, styles.title, columns, lines(title, sheet, columns));
        mergedRow(sheet, 1, subtitle(today), styles.subtitle, columns, 1);
    }

    /** A single text cell merged across the given width; merged cells do not grow by themselves, so the height is set. */
    static void mergedRow(Sheet sheet, int rowIndex, String text, CellStyle style, int columns, int lines) {
        Row row = sheet.createRow(rowIndex);
        row.setHeightInPoints(LINE_POINTS * lines + 4);
        for (int column = 0; column < columns; column++) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(style);
        }
        row.getCell(0).setCellValue(text);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
    }

    /** Roughly how many lines the text needs in a merged cell spanning the given columns. */
    static int lines(String text, Sheet sheet, int columns) {
        int widthChars = 0;
        for (int column = 0; column < columns; column++) {
            widthChars += sheet.getColumnWidth(column) / CHARS_PER_WIDTH_UNIT;
        }
        return Math.max(1, (int) Math.ceil(text.length() * 1.1 / Math.max(1, widthChars)));
    }

    static void writeHeader(Sheet sheet, WorkbookStyles styles, List<String> headers) {
        Row row = sheet.createRow(HEADER_ROW);
        for (int column = 0; column < headers.size(); column++) {
            Cell cell = row.createCell(column);
            cell.setCellValue(headers.get(column));
            cell.setCellStyle(styles.header);
        }
    }

    static void setWidths(Sheet sheet, List<Integer> widthsInChars) {
        for (int column = 0; column < widthsInChars.size(); column++) {
            sheet.setColumnWidth(column, widthsInChars.get(column) * CHARS_PER_WIDTH_UNIT);
        }
    }

    /** Freeze below the header, landscape A4, fit to one page wide, header row printed on every page. */
    static void setUpViewAndPrint(Sheet sheet) {
        sheet.createFreezePane(0, HEADER_ROW + 1);
        int headerExcelRow = HEADER_ROW + 1;
        sheet.setRepeatingRows(CellRangeAddress.valueOf(headerExcelRow + ":" + headerExcelRow));
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }
}
