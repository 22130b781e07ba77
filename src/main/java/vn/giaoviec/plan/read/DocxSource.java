package vn.giaoviec.plan.read;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A Word document. The appendix starts at the first table holding a header and goes on through the
 * following tables of the same number of columns (a table split by hand, one table per section); a
 * table with another column count (e.g. the signature block) ends it. A paragraph between those tables
 * becomes a free line, kept by the assembler only when it is a section heading ("II. CẢI CÁCH THỂ CHẾ").
 * When no table has a header, every row is handed on so the assembler can say what is missing.
 */
final class DocxSource {

    /** A run of body content: one table, or one paragraph. */
    private record Block(List<GridRow> rows, int width, boolean table) {
    }

    private DocxSource() {
    }

    static SourceDocument read(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Block> blocks = document.getBodyElements().stream().map(DocxSource::block).toList();
            return new SourceDocument(appendixRows(blocks), text(blocks));
        } catch (PlanReadException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new PlanReadException(FileKindDetector.CORRUPT_OR_LOCKED, e);
        }
    }

    private static Block block(IBodyElement element) {
        if (element instanceof XWPFTable table) {
            List<GridRow> rows = DocxTableGrid.rows(table);
            int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
            return new Block(rows, width, true);
        }
        String line = element instanceof XWPFParagraph paragraph ? CellText.oneLine(paragraph.getText()) : "";
        return new Block(line.isEmpty() ? List.of() : List.of(GridRow.freeLine(line)), 0, false);
    }

    private static List<GridRow> appendixRows(List<Block> blocks) {
        int start = firstTableWithHeader(blocks);
        if (start < 0) {
            return blocks.stream().flatMap(b -> b.rows().stream()).toList();
        }
        List<GridRow> rows = new ArrayList<>();
        int width = blocks.get(start).width();
        for (Block block : blocks.subList(start, blocks.size())) {
            if (block.table() && block.width() != width) {
                break;
            }
            rows.addAll(block.rows());
        }
        return rows;
    }

    private static int firstTableWithHeader(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).table() && HeaderDetector.contains(blocks.get(i).rows())) {
                return i;
            }
        }
        return -1;
    }

    private static String text(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        blocks.forEach(b -> b.rows().forEach(row -> text.append(String.join("\n", row.cells())).append('\n')));
        return text.toString();
    }
}
