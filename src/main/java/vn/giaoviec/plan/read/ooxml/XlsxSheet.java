package vn.giaoviec.plan.read.ooxml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import org.apache.poi.ss.usermodel.DataFormatter;
import vn.giaoviec.plan.read.CellText;
import vn.giaoviec.plan.read.GridRow;
import vn.giaoviec.plan.read.ReadBudget;

/**
 * One worksheet streamed into grid rows. Only cells with a value are kept (their column checked
 * against the limit first); rows run from the first to the last row with a value. A merged region
 * keeps its text in its first column and, when it spans rows, repeats it on every row it covers (like
 * a vertically merged Word cell; the regions and their bounds are {@link XlsxMerges}'s). A row is full-
 * width when one merged region covers it from the first used column to the last; it is bold when every
 * non-empty cell's font is bold. Numbers and dates are shown as Excel shows them; formulas show their
 * saved value and are never evaluated.
 */
final class XlsxSheet {

    private record Value(String text, boolean bold) {
    }

    private final SafeXml xml;
    private final ReadBudget budget;
    private final List<String> strings;
    private final XlsxStyles styles;
    private final DataFormatter formatter = new DataFormatter();
    private final TreeMap<Integer, Map<Integer, Value>> values = new TreeMap<>();
    private final XlsxMerges merges;
    private int contentRows;

    XlsxSheet(SafeXml xml, ReadBudget budget, List<String> strings, XlsxStyles styles) {
        this.xml = xml;
        this.budget = budget;
        this.strings = strings;
        this.styles = styles;
        this.merges = new XlsxMerges(budget);
    }

    List<GridRow> rows() {
        parse();
        return grid();
    }

    private void parse() {
        int rowIndex = -1;
        int column = -1;
        String type = null;
        int style = 0;
        StringBuilder value = null;
        boolean inValue = false;
        int events = 0;
        for (int e = xml.next(); e != -1; e = xml.next()) {
            if ((++events & 0xFFF) == 0) {
                budget.time(); // elements that hold nothing (empty cells, comments) are read too
            }
            if (e == XMLStreamConstants.START_ELEMENT) {
                switch (xml.name()) {
                    case "row" -> {
                        String r = xml.attribute("r");
                        rowIndex = r == null ? rowIndex + 1 : XlsxCellRef.number(r) - 1;
                        column = -1;
                    }
                    case "c" -> {
                        int[] ref = XlsxCellRef.parse(xml.attribute("r"), rowIndex, column + 1);
                        rowIndex = ref[0];
                        column = ref[1];
                        type = xml.attribute("t");
                        style = XlsxCellRef.number(xml.attribute("s"));
                        value = new StringBuilder();
                    }
                    case "v", "t" -> inValue = value != null;
                    case "mergeCell" -> merges.add(xml.attribute("ref"));
                    default -> { }
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                switch (xml.name()) {
                    case "v", "t" -> inValue = false;
                    case "c" -> {
                        store(rowIndex, column, type, style, value);
                        value = null;
                    }
                    default -> { }
                }
            } else if (inValue) {
                budget.text(xml.textLength());
                value.append(xml.text());
                budget.cell(value.length());
            }
        }
    }

    private void store(int row, int column, String type, int style, StringBuilder raw) {
        if (raw == null || raw.isEmpty() || row < 0) {
            return;
        }
        String text = CellText.clean(display(type, style, raw.toString()));
        if (text.isEmpty()) {
            return;
        }
        budget.column(column);
        Map<Integer, Value> cells = values.get(row);
        if (cells == null) {
            budget.row();
            contentRows++;
            cells = new HashMap<>();
            values.put(row, cells);
        }
        cells.put(column, new Value(text, styles.bold(style)));
    }

    private String display(String type, int style, String raw) {
        if (type == null || type.equals("n")) {
            try {
                double number = Double.parseDouble(raw);
                String format = styles.formatString(style);
                if (format.equals("General") && number == Math.rint(number) && Math.abs(number) < 1e15) {
                    return Long.toString((long) number);
                }
                return formatter.formatRawCellContents(number, styles.formatId(style), format);
            } catch (NumberFormatException e) {
                return raw;
            }
        }
        return switch (type) {
            case "s" -> {
                int index = XlsxCellRef.number(raw);
                String shared = index >= 0 && index < strings.size() ? strings.get(index) : "";
                // every use is text of the sheet: one long string in thousands of cells is not one string's worth
                budget.text(shared.length());
                yield shared;
            }
            case "b" -> raw.strip().equals("1") ? "TRUE" : "FALSE";
            default -> raw; // inlineStr, str (a formula's saved text), e (an error such as #N/A)
        };
    }

    private List<GridRow> grid() {
        if (values.isEmpty()) {
            return List.of();
        }
        Map<Long, Value> covered = merges.covered((r, c) -> values.getOrDefault(r, Map.<Integer, Value>of()).get(c));
        int first = values.firstKey();
        int last = values.lastKey();
        for (XlsxMerges.Region region : merges.regions()) {
            if (covered.containsKey(XlsxMerges.key(region.firstRow(), region.firstColumn()))) {
                last = Math.max(last, region.lastRow());
            }
        }
        int width = width(covered);
        int firstUsed = values.values().stream().flatMap(m -> m.keySet().stream()).min(Integer::compare).orElse(0);
        List<GridRow> rows = new ArrayList<>();
        for (int r = first; r <= last; r++) {
            if (r - first >= contentRows) {
                budget.row();
            }
            rows.add(row(r, width, firstUsed, covered));
        }
        return rows;
    }

    private int width(Map<Long, Value> covered) {
        int width = 0;
        for (Map<Integer, Value> cells : values.values()) {
            for (int c : cells.keySet()) {
                width = Math.max(width, c + 1);
            }
        }
        for (XlsxMerges.Region region : merges.regions()) {
            if (covered.get(XlsxMerges.key(region.firstRow(), region.firstColumn())) != null) {
                width = Math.max(width, region.lastColumn() + 1);
            }
        }
        return width;
    }

    private GridRow row(int r, int width, int firstUsed, Map<Long, Value> covered) {
        List<String> cells = new ArrayList<>(Collections.nCopies(width, ""));
        Map<Integer, Value> own = values.getOrDefault(r, Map.of());
        boolean bold = true;
        boolean filled = false;
        for (int c = 0; c < width; c++) {
            long k = XlsxMerges.key(r, c);
            Value value = covered.containsKey(k) ? covered.get(k) : own.get(c);
            if (value != null && value != own.get(c)) {
                budget.text(value.text().length()); // a merged cell's text repeated on a row below: more text to keep
            }
            if (value != null) {
                cells.set(c, value.text());
                bold &= value.bold();
                filled = true;
            }
        }
        return GridRow.of(cells, bold && filled, width > 1 && merges.spansRow(r, firstUsed, width));
    }
}
