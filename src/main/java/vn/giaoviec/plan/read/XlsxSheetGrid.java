package vn.giaoviec.plan.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * One sheet as grid rows. A merged region keeps its text in its first column and, when it spans rows,
 * repeats it on every row it covers (like a vertically merged Word cell). A row is full-width when a
 * single merged region covers all the used columns; it is bold when every non-empty cell's font is bold.
 * Cell values are shown as Excel shows them (numbers and dates formatted).
 */
final class XlsxSheetGrid {

    private final Sheet sheet;
    private final List<CellRangeAddress> merged;
    private final DataFormatter formatter = new DataFormatter();
    private final FormulaEvaluator evaluator;
    private final int width;

    private XlsxSheetGrid(Sheet sheet) {
        this.sheet = sheet;
        this.merged = sheet.getMergedRegions();
        this.evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
        int max = 0;
        for (Row row : sheet) {
            max = Math.max(max, row.getLastCellNum());
        }
        this.width = max;
    }

    static List<GridRow> rows(Sheet sheet) {
        XlsxSheetGrid grid = new XlsxSheetGrid(sheet);
        List<GridRow> rows = new ArrayList<>();
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
            rows.add(grid.row(r));
        }
        return rows;
    }

    private GridRow row(int r) {
        List<String> cells = new ArrayList<>(Collections.nCopies(width, ""));
        boolean bold = true;
        for (int c = 0; c < width; c++) {
            Cell cell = sourceCell(r, c);
            String text = cell == null ? "" : CellText.clean(value(cell));
            cells.set(c, text);
            bold &= text.isEmpty() || isBold(cell);
        }
        boolean filled = cells.stream().anyMatch(c -> !c.isEmpty());
        return GridRow.of(cells, bold && filled, width > 1 && spansWidth(r));
    }

    /** The value as Excel shows it; a formula that cannot be evaluated shows its cached result. */
    private String value(Cell cell) {
        if (cell.getCellType() != CellType.FORMULA) {
            return formatter.formatCellValue(cell);
        }
        try {
            return formatter.formatCellValue(cell, evaluator);
        } catch (RuntimeException e) {
            return cell.getCachedFormulaResultType() == CellType.NUMERIC
                    ? formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString())
                    : cell.getStringCellValue();
        }
    }

    /** The cell whose value shows at (r, c): the top-left of a merged region, none for its other columns. */
    private Cell sourceCell(int r, int c) {
        for (CellRangeAddress region : merged) {
            if (region.isInRange(r, c)) {
                return c == region.getFirstColumn() ? cellAt(region.getFirstRow(), c) : null;
            }
        }
        return cellAt(r, c);
    }

    private boolean spansWidth(int r) {
        return merged.stream().anyMatch(region -> region.getFirstRow() <= r && region.getLastRow() >= r
                && region.getFirstColumn() <= firstUsedColumn() && region.getLastColumn() >= width - 1);
    }

    private int firstUsedColumn() {
        int first = width;
        for (Row row : sheet) {
            first = Math.min(first, Math.max(0, row.getFirstCellNum()));
        }
        return first;
    }

    private Cell cellAt(int r, int c) {
        Row row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    private static boolean isBold(Cell cell) {
        return cell instanceof XSSFCell xssf && xssf.getCellStyle().getFont().getBold();
    }
}
