package vn.giaoviec.plan.read.ooxml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import vn.giaoviec.plan.read.ReadBudget;

/**
 * The merged regions of one worksheet, counted and bounded as they are read: at most the limit's
 * number of regions, and the cells they cover at most {@link #MAX_COVERED_CELLS} in all (a single
 * "A1:XFD1048576" would otherwise become a billion cells).
 */
final class XlsxMerges {

    private static final int MAX_COVERED_CELLS = 1_000_000;

    record Region(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        long area() {
            return (long) (lastRow - firstRow + 1) * (lastColumn - firstColumn + 1);
        }
    }

    private final ReadBudget budget;
    private final List<Region> regions = new ArrayList<>();

    XlsxMerges(ReadBudget budget) {
        this.budget = budget;
    }

    /** A mergeCell's ref ("A1:C2"); anything without a range is ignored. */
    void add(String ref) {
        if (ref == null || !ref.contains(":")) {
            return;
        }
        if (regions.size() >= budget.limits().maxMergedCells()) {
            throw budget.refuse("có hơn " + ReadBudget.number(budget.limits().maxMergedCells()) + " vùng ô gộp");
        }
        String[] ends = ref.split(":");
        int[] from = XlsxCellRef.parse(ends[0], 0, 0);
        int[] to = XlsxCellRef.parse(ends[1], 0, 0);
        budget.column(to[1]);
        regions.add(new Region(Math.min(from[0], to[0]), Math.max(from[0], to[0]), Math.min(from[1], to[1]),
                Math.max(from[1], to[1])));
    }

    List<Region> regions() {
        return regions;
    }

    /**
     * Every cell a merge covers → the value it shows: its region's first cell's (found by
     * {@code valueAt(row, column)}) in the region's first column, nothing in the others.
     */
    <V> Map<Long, V> covered(BiFunction<Integer, Integer, V> valueAt) {
        long area = 0;
        Map<Long, V> covered = new HashMap<>();
        for (Region region : regions) {
            area += region.area();
            if (area > MAX_COVERED_CELLS) {
                throw budget.refuse("các vùng ô gộp phủ hơn " + ReadBudget.number(MAX_COVERED_CELLS) + " ô");
            }
            V source = valueAt.apply(region.firstRow(), region.firstColumn());
            for (int r = region.firstRow(); r <= region.lastRow(); r++) {
                for (int c = region.firstColumn(); c <= region.lastColumn(); c++) {
                    covered.put(key(r, c), c == region.firstColumn() ? source : null);
                }
            }
        }
        return covered;
    }

    /** True when one region covers row {@code r} from {@code firstUsed} to the last of {@code width} columns. */
    boolean spansRow(int r, int firstUsed, int width) {
        return regions.stream().anyMatch(region -> region.firstRow() <= r && region.lastRow() >= r
                && region.firstColumn() <= firstUsed && region.lastColumn() >= width - 1);
    }

    static long key(int row, int column) {
        return (long) row << 16 | column;
    }
}
