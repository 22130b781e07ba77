package vn.giaoviec.plan.read.table;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.giaoviec.plan.read.AppendixRow;
import vn.giaoviec.plan.read.GridRow;

/** A table row being assembled: continuation rows are appended to it cell by cell. */
final class RowDraft {

    private static final List<ColumnRole> CONTENT = List.of(ColumnRole.TASK, ColumnRole.LEAD,
            ColumnRole.COORDINATORS, ColumnRole.PRODUCT, ColumnRole.DEADLINE);

    private final String section;
    private final String stt;
    private final RowDraft parent;
    private final Map<ColumnRole, String> texts = new EnumMap<>(ColumnRole.class);
    private boolean hasChildren;
    private final List<Integer> gridRows = new java.util.ArrayList<>();

    RowDraft(String section, String stt, RowDraft parent, GridRow row, ColumnMap columns) {
        this.section = section;
        this.stt = stt;
        this.parent = parent;
        if (parent != null) {
            parent.hasChildren = true;
        }
        CONTENT.forEach(role -> texts.put(role, columns.text(row, role)));
    }

    /** Appends a continuation row (the rest of this row after a page break) cell by cell. */
    void append(GridRow row, ColumnMap columns) {
        CONTENT.forEach(role -> texts.put(role, TextJoiner.join(texts.get(role), columns.text(row, role))));
    }

    /** A numbered row with a) b) children and neither lead nor deadline: a heading, not a task. */
    boolean isHeading() {
        return hasChildren && text(ColumnRole.LEAD).isEmpty() && text(ColumnRole.DEADLINE).isEmpty();
    }

    /** Indexes of the grid rows this row was assembled from. */
    List<Integer> gridRows() {
        return gridRows;
    }

    String stt() {
        return stt;
    }

    RowDraft parent() {
        return parent;
    }

    String text(ColumnRole role) {
        return texts.get(role);
    }

    AppendixRow toRow(int number, boolean hasProduct) {
        return new AppendixRow(number, section, stt, parent == null ? null : parent.text(ColumnRole.TASK),
                text(ColumnRole.TASK), text(ColumnRole.LEAD), text(ColumnRole.COORDINATORS),
                hasProduct ? text(ColumnRole.PRODUCT) : null, text(ColumnRole.DEADLINE));
    }
}
