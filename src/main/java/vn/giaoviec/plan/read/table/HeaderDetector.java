package vn.giaoviec.plan.read.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.giaoviec.plan.read.GridRow;
import vn.giaoviec.plan.read.PlanReadException;

/**
 * Finds the appendix header by meaning: the first table row (or pair of rows, for a header whose
 * "Cơ quan thực hiện" cell is split into "Chủ trì" / "Phối hợp" below it) that names the task,
 * lead and deadline columns. Also recognises the header when a page break repeats it.
 */
public final class HeaderDetector {

    public static final String NO_HEADER = "Không tìm thấy bảng phụ lục nhiệm vụ: thiếu dòng tiêu đề có cột "
            + "'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'";

    /** Where the header is: its first row index, how many rows it takes, and its columns. */
    public record Match(int index, int rowCount, ColumnMap columns) {
        int firstDataRow() {
            return index + rowCount;
        }
    }

    private HeaderDetector() {
    }

    /** The first complete header, or a {@link PlanReadException} naming what is missing. */
    public static Match find(List<GridRow> rows) {
        ColumnMap bestPartial = null;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).line()) {
                continue;
            }
            ColumnMap single = ColumnMap.fromLabels(rows.get(i).cells());
            if (single.isComplete()) {
                return new Match(i, 1, single);
            }
            Optional<ColumnMap> twoRows = combinedWithNext(rows, i);
            if (twoRows.isPresent()) {
                return new Match(i, 2, twoRows.get());
            }
            if (looksLikeHeader(rows.get(i)) && (bestPartial == null || single.size() > bestPartial.size())) {
                bestPartial = single;
            }
        }
        throw new PlanReadException(bestPartial == null ? NO_HEADER : missingMessage(bestPartial));
    }

    /** True when the rows hold a complete header. */
    public static boolean contains(List<GridRow> rows) {
        try {
            find(rows);
            return true;
        } catch (PlanReadException e) {
            return false;
        }
    }

    /** A row that is (a row of) the header again, e.g. repeated after a page break. */
    static boolean looksLikeHeader(GridRow row) {
        if (row.line()) {
            return false;
        }
        long filled = row.filledCount();
        long recognised = row.cells().stream().filter(c -> ColumnRole.of(c).isPresent()).count();
        return recognised >= 2 && recognised * 2 >= filled;
    }

    private static Optional<ColumnMap> combinedWithNext(List<GridRow> rows, int i) {
        if (i + 1 >= rows.size() || rows.get(i + 1).line() || !looksLikeHeader(rows.get(i + 1))) {
            return Optional.empty();
        }
        List<String> upper = rows.get(i).cells();
        List<String> lower = rows.get(i + 1).cells();
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < Math.max(upper.size(), lower.size()); c++) {
            String below = c < lower.size() ? lower.get(c) : "";
            String above = c < upper.size() ? upper.get(c) : "";
            labels.add(below.isEmpty() ? above : below);
        }
        ColumnMap map = ColumnMap.fromLabels(labels);
        return map.isComplete() ? Optional.of(map) : Optional.empty();
    }

    private static String missingMessage(ColumnMap partial) {
        String names = partial.missing().stream()
                .map(role -> "'" + role.label() + "'")
                .collect(Collectors.joining(", "));
        return "Dòng tiêu đề của bảng phụ lục thiếu cột " + names
                + ". Cần có các cột 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'.";
    }
}
