package vn.giaoviec.plan.read.table;

import java.util.Optional;
import vn.giaoviec.plan.read.GridRow;

/**
 * Decides whether a row opens a section: a free line "II. CẢI CÁCH THỂ CHẾ" (markdown heading or plain),
 * a Roman numeral in the STT column ("VIII" + title in the next cell) — or a capital letter "A", "B"
 * when the row has no lead nor deadline —, a row whose only text is a
 * Roman-numbered heading, or a bold / width-spanning row with a single text and no lead or deadline.
 */
final class SectionDetector {

    private SectionDetector() {
    }

    static Optional<String> section(GridRow row, ColumnMap columns) {
        if (row.line()) {
            return Numbering.romanHeading(row.cell(0));
        }
        String stt = columns.text(row, ColumnRole.STT);
        if (Numbering.isRoman(stt)) {
            return Optional.of(Numbering.sectionTitle(stt, firstTextAfter(row, columns.column(ColumnRole.STT))));
        }
        boolean noLeadNorDeadline = columns.text(row, ColumnRole.LEAD).isEmpty()
                && columns.text(row, ColumnRole.DEADLINE).isEmpty();
        if (Numbering.isCapitalLetter(stt) && noLeadNorDeadline) {
            return Optional.of(Numbering.sectionTitle(stt, firstTextAfter(row, columns.column(ColumnRole.STT))));
        }
        String sole = row.soleText();
        if (sole == null || !noLeadNorDeadline) {
            return Optional.empty();
        }
        Optional<String> heading = Numbering.romanHeading(sole);
        if (heading.isPresent()) {
            return heading;
        }
        return row.bold() || row.fullWidth() ? Optional.of(sole.replace('\n', ' ')) : Optional.empty();
    }

    private static String firstTextAfter(GridRow row, int column) {
        for (int c = column + 1; c < row.cells().size(); c++) {
            if (!row.cell(c).isEmpty()) {
                return row.cell(c);
            }
        }
        return "";
    }
}
