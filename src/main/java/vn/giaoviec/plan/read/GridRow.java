package vn.giaoviec.plan.read;

import java.util.List;

/**
 * One row as a format hands it to the assembler: cleaned cell texts, left to right.
 *
 * @param cells     cell texts (cleaned; "" for empty); may be shorter than the header
 * @param bold      every non-empty cell is bold
 * @param fullWidth the row is one cell merged across the table's width
 * @param line      a free line of text between table rows (a heading or page text), not a table row
 */
public record GridRow(List<String> cells, boolean bold, boolean fullWidth, boolean line) {

    public GridRow {
        cells = List.copyOf(cells);
    }

    public static GridRow of(List<String> cells, boolean bold, boolean fullWidth) {
        return new GridRow(cells, bold, fullWidth, false);
    }

    public static GridRow freeLine(String text) {
        return new GridRow(List.of(text), false, true, true);
    }

    /** The text of a column, "" when the column is absent or out of range. */
    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }

    public long filledCount() {
        return cells.stream().filter(c -> !c.isEmpty()).count();
    }

    /** The only non-empty cell's text, or null when zero or several cells are filled. */
    public String soleText() {
        return filledCount() == 1 ? cells.stream().filter(c -> !c.isEmpty()).findFirst().orElseThrow() : null;
    }
}
