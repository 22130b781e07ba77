package vn.giaoviec.plan.read;

import java.util.List;

/**
 * What a format reader produces: the rows of its tables (and free lines) in reading order, and the
 * plain text. {@code noTable} says why no appendix table was found, when none was (the text may
 * still be a prose plan).
 */
public record SourceDocument(List<GridRow> rows, String text, PlanReadException noTable) {

    public SourceDocument {
        rows = List.copyOf(rows);
    }

    public SourceDocument(List<GridRow> rows, String text) {
        this(rows, text, null);
    }
}
