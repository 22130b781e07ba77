package vn.giaoviec.plan.read.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.giaoviec.plan.read.CellText;
import vn.giaoviec.plan.read.GridRow;

/**
 * Text extracted from PDF with one table row per line and cells separated by tabs (seed 000).
 * A line without tabs becomes a free line (markdown "#" heading marks removed): the assembler keeps it
 * only when it is a section heading. A cell keeps {@code <b>} markup only as the row's bold flag.
 */
final class TabTextGrid {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s*#{1,6}\\s+");

    private TabTextGrid() {
    }

    static List<GridRow> rows(List<String> lines) {
        List<GridRow> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            rows.add(line.indexOf('\t') >= 0 ? tableRow(line) : GridRow.freeLine(freeText(line)));
        }
        return rows;
    }

    static String freeText(String line) {
        return CellText.oneLine(MARKDOWN_HEADING.matcher(line).replaceFirst(""));
    }

    private static GridRow tableRow(String line) {
        List<String> raw = Arrays.asList(line.split("\t", -1));
        boolean bold = raw.stream().filter(c -> !c.isBlank()).allMatch(CellText::hasBoldMarkup);
        return GridRow.of(raw.stream().map(CellText::clean).toList(), bold, false);
    }
}
