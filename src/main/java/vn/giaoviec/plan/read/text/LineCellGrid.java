package vn.giaoviec.plan.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.giaoviec.plan.read.CellText;
import vn.giaoviec.plan.read.table.ColumnMap;
import vn.giaoviec.plan.read.table.ColumnRole;
import vn.giaoviec.plan.read.GridRow;
import vn.giaoviec.plan.read.table.Numbering;

/**
 * Text extracted from PDF with one table cell per line. Heuristics:
 * <ul>
 *   <li>the header is the first run of at least three consecutive lines that are all column names and
 *       name the task, lead and deadline columns; its length N is the number of columns;</li>
 *   <li>after it, each table row is the next N lines, one cell per line, an empty cell being an empty
 *       line (a cell's text must therefore fit on one line);</li>
 *   <li>at a row boundary, a section heading line ("II. CẢI CÁCH THỂ CHẾ", a markdown heading) stands
 *       alone, the N header lines repeated after a page break are skipped, and blank lines directly
 *       before either are dropped;</li>
 *   <li>separator lines ("---", "___") are dropped anywhere.</li>
 * </ul>
 */
final class LineCellGrid {

    private static final Pattern SEPARATOR = Pattern.compile("^\\s*[-_=]{3,}[-_=\\s]*$");

    private final List<String> lines;
    private final List<GridRow> rows = new ArrayList<>();
    private List<String> header;
    private int pos;

    private LineCellGrid(List<String> lines) {
        this.lines = lines.stream().filter(line -> !SEPARATOR.matcher(line).matches()).toList();
    }

    /** The rows, or empty when no one-cell-per-line header is found. */
    static Optional<List<GridRow>> rows(List<String> lines) {
        LineCellGrid grid = new LineCellGrid(lines);
        return grid.findHeader() ? Optional.of(grid.readRows()) : Optional.empty();
    }

    private boolean findHeader() {
        for (int start = 0; start < lines.size(); start++) {
            int end = start;
            while (end < lines.size() && ColumnRole.of(lines.get(end)).isPresent()) {
                end++;
            }
            List<String> labels = lines.subList(start, end).stream().map(CellText::oneLine).toList();
            if (labels.size() >= 3 && ColumnMap.fromLabels(labels).isComplete()) {
                header = labels;
                pos = end;
                rows.add(GridRow.of(labels, false, false));
                return true;
            }
        }
        return false;
    }

    private List<GridRow> readRows() {
        while (pos < lines.size()) {
            int next = skipBlanks(pos);
            if (next < lines.size() && isHeading(lines.get(next))) {
                rows.add(GridRow.freeLine(TabTextGrid.freeText(lines.get(next))));
                pos = next + 1;
            } else if (isRepeatedHeader(next)) {
                pos = next + header.size();
            } else {
                readRow();
            }
        }
        return rows;
    }

    private void readRow() {
        int end = Math.min(pos + header.size(), lines.size());
        List<String> cells = lines.subList(pos, end).stream().map(CellText::oneLine).toList();
        boolean bold = cells.stream().anyMatch(c -> !c.isEmpty())
                && lines.subList(pos, end).stream().filter(l -> !l.isBlank()).allMatch(CellText::hasBoldMarkup);
        rows.add(GridRow.of(cells, bold, false));
        pos = end;
    }

    private int skipBlanks(int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private boolean isHeading(String line) {
        String text = TabTextGrid.freeText(line);
        return line.trim().startsWith("#") || Numbering.romanHeading(text).isPresent();
    }

    private boolean isRepeatedHeader(int from) {
        if (from + header.size() > lines.size()) {
            return false;
        }
        for (int i = 0; i < header.size(); i++) {
            if (!CellText.key(lines.get(from + i)).equals(CellText.key(header.get(i)))) {
                return false;
            }
        }
        return true;
    }
}
