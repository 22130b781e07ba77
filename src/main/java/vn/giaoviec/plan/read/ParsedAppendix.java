package vn.giaoviec.plan.read;

import java.util.List;

/** The result of reading one plan file. */
public record ParsedAppendix(PlanMetadata metadata, List<AppendixRow> rows, List<ReadWarning> warnings) {

    public ParsedAppendix {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }
}
