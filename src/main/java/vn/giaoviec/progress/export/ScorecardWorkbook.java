package vn.giaoviec.progress.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.giaoviec.progress.AgencyScore;

/**
 * Exports the agencies' scorecard ("Bảng điểm cơ quan"): per agency the tasks by the four official
 * statuses, the on-time rate and, last, the tasks closed not completed at the plan's year end, then a
 * total row of SUM formulas. Agencies are printed in the order
 * given (the caller sorts). The on-time rate counts completed tasks only (see {@link AgencyScore#onTimeRate()});
 * it is a real number formatted as a percentage, empty when nothing is completed. Thread-safe: holds no state.
 */
public final class ScorecardWorkbook {

    public static final String SHEET_NAME = "Bảng điểm cơ quan";
    public static final String TOTAL_LABEL = "Tổng cộng";
    static final List<String> HEADERS = List.of("Cơ quan", "Tổng số nhiệm vụ", "Đã hoàn thành đúng hạn",
            "Đã hoàn thành quá hạn", "Đang thực hiện trong hạn", "Đang thực hiện quá hạn", "Tỷ lệ đúng hạn (%)",
            "Không hoàn thành (kết thúc năm)");
    private static final List<Integer> WIDTHS = List.of(40, 14, 16, 16, 16, 16, 14, 18);
    private static final int TOTAL_COLUMN = 1;
    private static final int ON_TIME_COLUMN = 2;
    private static final int LATE_COLUMN = 3;
    private static final int RATE_COLUMN = 6;
    private static final int NOT_COMPLETED_COLUMN = 7;

    public byte[] write(String planTitle, LocalDate today, List<AgencyScore> scores) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(scores, "scores");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook, planTitle, today, scores);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được tệp Excel bảng điểm cơ quan", e);
        }
    }

    private void fill(XSSFWorkbook workbook, String planTitle, LocalDate today, List<AgencyScore> scores) {
        Sheet sheet = workbook.createSheet(SHEET_NAME);
        WorkbookStyles styles = new WorkbookStyles(workbook);
        SheetLayout.setWidths(sheet, WIDTHS);
        SheetLayout.writeHeading(sheet, styles, planTitle, today, HEADERS.size());
        SheetLayout.writeHeader(sheet, styles, HEADERS);
        int rowIndex = SheetLayout.HEADER_ROW + 1;
        for (AgencyScore score : scores) {
            writeScore(sheet.createRow(rowIndex++), score, styles);
        }
        writeTotal(sheet.createRow(rowIndex), SheetLayout.HEADER_ROW + 1, rowIndex - 1, styles);
        sheet.setAutoFilter(new CellRangeAddress(SheetLayout.HEADER_ROW, Math.max(SheetLayout.HEADER_ROW, rowIndex - 1),
                0, HEADERS.size() - 1));
        SheetLayout.setUpViewAndPrint(sheet);
    }

    private void writeScore(Row row, AgencyScore score, WorkbookStyles styles) {
        cell(row, 0, styles.text).setCellValue(score.agencyName());
        int[] counts = {score.total(), score.onTime(), score.late(), score.inProgress(), score.overdue()};
        for (int i = 0; i < counts.length; i++) {
            cell(row, TOTAL_COLUMN + i, styles.integer).setCellValue(counts[i]);
        }
        Cell rate = cell(row, RATE_COLUMN, styles.percent);
        if (score.completed() > 0) {
            rate.setCellValue(score.onTimeRate());
        }
        cell(row, NOT_COMPLETED_COLUMN, styles.integer).setCellValue(score.notCompleted());
    }

    /** SUM formulas over the agency rows; with no agency the counts are plain zeros (no empty range to sum). */
    private void writeTotal(Row row, int firstRow, int lastRow, WorkbookStyles styles) {
        cell(row, 0, styles.totalText).setCellValue(TOTAL_LABEL);
        boolean empty = lastRow < firstRow;
        for (int column = TOTAL_COLUMN; column < RATE_COLUMN; column++) {
            Cell cell = cell(row, column, styles.totalInteger);
            if (empty) {
                cell.setCellValue(0);
            } else {
                cell.setCellFormula("SUM(" + ref(firstRow, column) + ":" + ref(lastRow, column) + ")");
            }
        }
        cell(row, RATE_COLUMN, styles.totalPercent).setCellFormula(rateFormula(row.getRowNum()));
        Cell notCompleted = cell(row, NOT_COMPLETED_COLUMN, styles.totalInteger);
        if (empty) {
            notCompleted.setCellValue(0);
        } else {
            notCompleted.setCellFormula("SUM(" + ref(firstRow, NOT_COMPLETED_COLUMN) + ":" + ref(lastRow, NOT_COMPLETED_COLUMN) + ")");
        }
    }

    /** Province-wide on-time rate: completed on time over all completed, empty text when nothing is completed. */
    static String rateFormula(int rowIndex) {
        String onTime = ref(rowIndex, ON_TIME_COLUMN);
        String late = ref(rowIndex, LATE_COLUMN);
        return "IF(" + onTime + "+" + late + "=0,\"\"," + onTime + "/(" + onTime + "+" + late + "))";
    }

    private static String ref(int rowIndex, int column) {
        return new CellReference(rowIndex, column).formatAsString();
    }

    private static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }
}
