package vn.giaoviec.plan.read;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * One Word table as grid rows. A cell spanning columns (gridSpan) keeps its text in its first column;
 * a cell continuing a vertical merge (vMerge) repeats the text of the cell above, so every row of the
 * merge carries it. Paragraphs of a cell are joined with "\n"; a list paragraph (Word numbering or a
 * bullet glyph) is written "- text". A row is bold when every run with text is bold.
 */
final class DocxTableGrid {

    private static final Pattern BULLET_GLYPH = Pattern.compile("^[\\u2022\\u25CF\\u25AA\\u25A0\\u2013\\uF0B7\\uF0A7\\-+*]\\s*");

    private record Cell(int column, int span, String text, boolean bold, boolean continuesAbove) {
    }

    private DocxTableGrid() {
    }

    static List<GridRow> rows(XWPFTable table) {
        List<List<Cell>> parsed = table.getRows().stream().map(DocxTableGrid::cells).toList();
        int width = parsed.stream().mapToInt(DocxTableGrid::width).max().orElse(0);
        String[] above = new String[width];
        Arrays.fill(above, "");
        List<GridRow> rows = new ArrayList<>();
        for (List<Cell> cells : parsed) {
            rows.add(toGridRow(cells, width, above));
        }
        return rows;
    }

    private static GridRow toGridRow(List<Cell> cells, int width, String[] above) {
        String[] texts = new String[width];
        Arrays.fill(texts, "");
        for (Cell cell : cells) {
            texts[cell.column()] = cell.continuesAbove() ? above[cell.column()] : cell.text();
        }
        System.arraycopy(texts, 0, above, 0, width);
        boolean bold = cells.stream().filter(c -> !c.text().isEmpty()).allMatch(Cell::bold)
                && cells.stream().anyMatch(c -> !c.text().isEmpty());
        boolean fullWidth = width > 1 && cells.size() == 1 && cells.get(0).span() >= width;
        return GridRow.of(Arrays.asList(texts), bold, fullWidth);
    }

    private static List<Cell> cells(XWPFTableRow row) {
        List<Cell> cells = new ArrayList<>();
        int column = 0;
        for (XWPFTableCell cell : row.getTableCells()) {
            int span = span(cell);
            cells.add(new Cell(column, span, text(cell), isBold(cell), continuesAbove(cell)));
            column += span;
        }
        return cells;
    }

    private static int width(List<Cell> cells) {
        return cells.stream().mapToInt(c -> c.column() + c.span()).max().orElse(0);
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || pr.getGridSpan() == null) {
            return 1;
        }
        BigInteger value = pr.getGridSpan().getVal();
        return value == null ? 1 : Math.max(1, value.intValue());
    }

    private static boolean continuesAbove(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || pr.getVMerge() == null) {
            return false;
        }
        return pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE;
    }

    private static String text(XWPFTableCell cell) {
        return cell.getParagraphs().stream()
                .map(DocxTableGrid::paragraphText)
                .filter(text -> !text.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    private static String paragraphText(XWPFParagraph paragraph) {
        String text = CellText.oneLine(paragraph.getText());
        boolean listItem = paragraph.getNumID() != null || BULLET_GLYPH.matcher(text).find();
        if (!listItem || text.isEmpty()) {
            return text;
        }
        return "- " + BULLET_GLYPH.matcher(text).replaceFirst("");
    }

    private static boolean isBold(XWPFTableCell cell) {
        List<XWPFRun> runs = cell.getParagraphs().stream()
                .flatMap(p -> p.getRuns().stream())
                .filter(r -> r.text() != null && !r.text().isBlank())
                .toList();
        return !runs.isEmpty() && runs.stream().allMatch(XWPFRun::isBold);
    }
}
