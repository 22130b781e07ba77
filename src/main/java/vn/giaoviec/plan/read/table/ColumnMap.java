package vn.giaoviec.plan.read.table;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.giaoviec.plan.read.GridRow;

/** Which column holds which role, from a recognised header (one or two rows). */
public final class ColumnMap {

    static final List<ColumnRole> REQUIRED = List.of(ColumnRole.TASK, ColumnRole.LEAD, ColumnRole.DEADLINE);

    private final Map<ColumnRole, Integer> columns;

    private ColumnMap(Map<ColumnRole, Integer> columns) {
        this.columns = columns;
    }

    /** Reads the roles of the given header cells; the first column of each role wins. */
    public static ColumnMap fromLabels(List<String> labels) {
        Map<ColumnRole, Integer> found = new EnumMap<>(ColumnRole.class);
        for (int i = 0; i < labels.size(); i++) {
            Optional<ColumnRole> role = ColumnRole.of(labels.get(i));
            if (role.isPresent() && !found.containsKey(role.get())) {
                found.put(role.get(), i);
            }
        }
        return new ColumnMap(found);
    }

    int column(ColumnRole role) {
        return columns.getOrDefault(role, -1);
    }

    boolean has(ColumnRole role) {
        return columns.containsKey(role);
    }

    /** The role of a column, if it has one. */
    Optional<ColumnRole> roleAt(int column) {
        return columns.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey).findFirst();
    }

    int size() {
        return columns.size();
    }

    public boolean isComplete() {
        return missing().isEmpty();
    }

    List<ColumnRole> missing() {
        return REQUIRED.stream().filter(role -> !has(role)).toList();
    }

    String text(GridRow row, ColumnRole role) {
        return row.cell(column(role));
    }
}
