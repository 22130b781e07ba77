package vn.giaoviec.plan.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.giaoviec.plan.read.AppendixReader.UncertainGridCell;
import vn.giaoviec.plan.read.CellText;
import vn.giaoviec.plan.read.GridRow;
import vn.giaoviec.plan.read.ReadBudget;

/**
 * Rebuilds a page as grid rows from positioned words and ruling lines. The table is where vertical and
 * horizontal rules cross: its columns between the vertical rules, its rows between the horizontal ones.
 * A cell whose left rule is missing in a row belongs to the cell on its left (merged across; a row with
 * no inner rule is full-width, like a section row); a cell whose top rule is missing continues the cell
 * above (merged down), and every row of such a cell carries its text, as in Word. Words outside the
 * table are free lines, in reading order with the table rows. Words of low OCR confidence mark their
 * cell uncertain.
 */
final class TableGrid {

    static final int UNCERTAIN_BELOW = 60;
    private static final double SNAP = 2.5;

    private final List<GridRow> rows = new ArrayList<>();
    private final List<UncertainGridCell> uncertain = new ArrayList<>();

    /** Rows of all pages, and the uncertain cells with their row index in {@link #rows()}. */
    List<GridRow> rows() {
        return rows;
    }

    List<UncertainGridCell> uncertain() {
        return uncertain;
    }

    void addPage(PageContent page, ReadBudget budget) {
        List<Double> xs = positions(page.rules(), false);
        List<Double> ys = positions(page.rules(), true);
        if (xs.size() < 3 || ys.size() < 2) {
            addFreeLines(page.words(), budget);
            return;
        }
        double top = ys.get(0);
        double bottom = ys.get(ys.size() - 1);
        double left = xs.get(0);
        double right = xs.get(xs.size() - 1);
        List<PageContent.Word> above = new ArrayList<>();
        List<PageContent.Word> below = new ArrayList<>();
        List<PageContent.Word> inside = new ArrayList<>();
        for (PageContent.Word word : page.words()) {
            boolean in = word.centerY() > top && word.centerY() < bottom && word.centerX() > left && word.centerX() < right;
            (in ? inside : word.centerY() <= top ? above : below).add(word);
        }
        addFreeLines(above, budget);
        addTable(xs, ys, inside, page.rules(), budget);
        addFreeLines(below, budget);
    }

    private void addTable(List<Double> xs, List<Double> ys, List<PageContent.Word> words, List<PageContent.Rule> rules,
                          ReadBudget budget) {
        int columns = xs.size() - 1;
        int bands = ys.size() - 1;
        budget.column(columns - 1);
        // owner[r][c]: the band where the merged-down cell of column c at band r starts
        int[][] owner = new int[bands][columns];
        // start[r][c]: the first column of the merged-across cell containing column c at band r
        int[][] start = new int[bands][columns];
        for (int r = 0; r < bands; r++) {
            double middleY = (ys.get(r) + ys.get(r + 1)) / 2;
            for (int c = 0; c < columns; c++) {
                boolean leftRule = c == 0 || hasVertical(rules, xs.get(c), middleY);
                start[r][c] = leftRule ? c : start[r][c - 1];
            }
            for (int c = 0; c < columns; c++) {
                double middleX = (xs.get(c) + xs.get(c + 1)) / 2;
                boolean topRule = r == 0 || hasHorizontal(rules, ys.get(r), middleX);
                owner[r][c] = topRule ? r : owner[r - 1][c];
            }
        }
        StringBuilder[][] text = new StringBuilder[bands][columns];
        boolean[][] bold = new boolean[bands][columns];
        boolean[][] unsure = new boolean[bands][columns];
        for (PageContent.Word word : sorted(words)) {
            int r = band(ys, word.centerY());
            int c = band(xs, word.centerX());
            if (r < 0 || c < 0) {
                continue;
            }
            int cell = start[r][c];
            int band = owner[r][cell];
            if (text[band][cell] == null) {
                text[band][cell] = new StringBuilder();
                bold[band][cell] = true;
            }
            text[band][cell].append(text[band][cell].isEmpty() ? "" : " ").append(word.text());
            budget.cell(text[band][cell].length());
            bold[band][cell] &= word.bold();
            unsure[band][cell] |= word.confidence() < UNCERTAIN_BELOW;
        }
        for (int r = 0; r < bands; r++) {
            budget.row();
            List<String> cells = new ArrayList<>();
            boolean allBold = true;
            boolean any = false;
            for (int c = 0; c < columns; c++) {
                StringBuilder t = start[r][c] == c ? text[owner[r][c]][c] : null;
                String cellText = t == null ? "" : CellText.clean(t.toString());
                cells.add(cellText);
                if (!cellText.isEmpty()) {
                    any = true;
                    allBold &= bold[owner[r][c]][c];
                    if (unsure[owner[r][c]][c]) {
                        uncertain.add(new UncertainGridCell(rows.size(), c));
                    }
                }
            }
            boolean fullWidth = columns > 1 && start[r][columns - 1] == 0;
            rows.add(GridRow.of(cells, any && allBold, fullWidth));
        }
    }

    private void addFreeLines(List<PageContent.Word> words, ReadBudget budget) {
        for (String line : lines(words)) {
            budget.row();
            rows.add(GridRow.freeLine(line));
        }
    }

    /** Words grouped into lines by their vertical position, each line left to right. */
    static List<String> lines(List<PageContent.Word> words) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = null;
        double lineY = Double.NaN;
        double lineHeight = 0;
        for (PageContent.Word word : sorted(words)) {
            if (line == null || Math.abs(word.centerY() - lineY) > Math.max(2, lineHeight * 0.5)) {
                if (line != null) {
                    lines.add(CellText.oneLine(line.toString()));
                }
                line = new StringBuilder(word.text());
                lineY = word.centerY();
                lineHeight = word.height();
            } else {
                line.append(' ').append(word.text());
            }
        }
        if (line != null) {
            lines.add(CellText.oneLine(line.toString()));
        }
        lines.removeIf(String::isEmpty);
        return lines;
    }

    /** Reading order: by line (centres within half a line height), then left to right. */
    private static List<PageContent.Word> sorted(List<PageContent.Word> words) {
        List<PageContent.Word> byY = new ArrayList<>(words);
        byY.sort(Comparator.comparingDouble(PageContent.Word::centerY));
        List<List<PageContent.Word>> lines = new ArrayList<>();
        for (PageContent.Word word : byY) {
            List<PageContent.Word> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).centerY() - word.centerY()) <= Math.max(2, last.get(0).height() * 0.5)) {
                last.add(word);
            } else {
                lines.add(new ArrayList<>(List.of(word)));
            }
        }
        List<PageContent.Word> ordered = new ArrayList<>();
        lines.forEach(l -> {
            l.sort(Comparator.comparingDouble(PageContent.Word::x0));
            ordered.addAll(l);
        });
        return ordered;
    }

    /** Distinct positions of vertical (x) or horizontal (y) rules, snapped together. */
    private static List<Double> positions(List<PageContent.Rule> rules, boolean horizontal) {
        List<Double> values = new ArrayList<>();
        for (PageContent.Rule rule : rules) {
            if (rule.horizontal() == horizontal) {
                values.add(horizontal ? (rule.y0() + rule.y1()) / 2 : (rule.x0() + rule.x1()) / 2);
            }
        }
        values.sort(Double::compare);
        List<Double> snapped = new ArrayList<>();
        for (double v : values) {
            if (snapped.isEmpty() || v - snapped.get(snapped.size() - 1) > SNAP) {
                snapped.add(v);
            }
        }
        return snapped;
    }

    private static boolean hasVertical(List<PageContent.Rule> rules, double x, double y) {
        return rules.stream().anyMatch(r -> !r.horizontal() && Math.abs((r.x0() + r.x1()) / 2 - x) <= SNAP
                && Math.min(r.y0(), r.y1()) - SNAP <= y && Math.max(r.y0(), r.y1()) + SNAP >= y);
    }

    private static boolean hasHorizontal(List<PageContent.Rule> rules, double y, double x) {
        return rules.stream().anyMatch(r -> r.horizontal() && Math.abs((r.y0() + r.y1()) / 2 - y) <= SNAP
                && Math.min(r.x0(), r.x1()) - SNAP <= x && Math.max(r.x0(), r.x1()) + SNAP >= x);
    }

    private static int band(List<Double> bounds, double value) {
        for (int i = 0; i + 1 < bounds.size(); i++) {
            if (value > bounds.get(i) && value < bounds.get(i + 1)) {
                return i;
            }
        }
        return -1;
    }
}
