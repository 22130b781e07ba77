package vn.giaoviec.plan.read;

import java.util.List;

/**
 * The result of reading one plan file.
 *
 * @param source            the file's format, OCR for a scan
 * @param withoutDiacritics the text has (nearly) lost its diacritics, as OCR text often has (seed 001)
 * @param uncertain         cells whose OCR confidence was low
 */
public record ParsedAppendix(PlanMetadata metadata, List<AppendixRow> rows, List<ReadWarning> warnings,
                             ReadSource source, boolean withoutDiacritics, List<UncertainCell> uncertain) {

    public ParsedAppendix {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
        uncertain = uncertain == null ? List.of() : List.copyOf(uncertain);
    }

    public ParsedAppendix(PlanMetadata metadata, List<AppendixRow> rows, List<ReadWarning> warnings) {
        this(metadata, rows, warnings, ReadSource.TEXT, false, List.of());
    }

    /** Names in this text may be misread: the agency resolver matches them with tolerance. */
    public boolean misreadNamesLikely() {
        return source == ReadSource.OCR || withoutDiacritics;
    }
}
