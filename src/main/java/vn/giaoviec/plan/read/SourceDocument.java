package vn.giaoviec.plan.read;

import java.util.List;

/** What a format reader produces: the rows of its tables (and free lines) in reading order, and the plain text. */
record SourceDocument(List<GridRow> rows, String text) {

    SourceDocument {
        rows = List.copyOf(rows);
    }
}
