package vn.giaoviec.plan.read;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An Excel workbook: the rows of the first sheet that holds an appendix header (all sheets' rows when
 * none does, so the assembler reports what is missing).
 */
final class XlsxSource {

    private XlsxSource() {
    }

    static SourceDocument read(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<GridRow> all = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (Sheet sheet : workbook) {
                List<GridRow> rows = XlsxSheetGrid.rows(sheet);
                rows.forEach(row -> text.append(String.join("\n", row.cells())).append('\n'));
                if (HeaderDetector.contains(rows)) {
                    return new SourceDocument(rows, text.toString());
                }
                all.addAll(rows);
            }
            return new SourceDocument(all, text.toString());
        } catch (PlanReadException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new PlanReadException(FileKindDetector.CORRUPT_OR_LOCKED, e);
        }
    }
}
