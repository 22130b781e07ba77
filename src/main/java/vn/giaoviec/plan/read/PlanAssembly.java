package vn.giaoviec.plan.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.giaoviec.plan.read.AppendixReader.PdfPort;
import vn.giaoviec.plan.read.prose.ProseReader;
import vn.giaoviec.plan.read.table.AppendixAssembler;

/**
 * From a format's document to the plan's rows: the appendix table when there is one, else the prose
 * responsibilities; metadata from the text; whether the text lost its diacritics; uncertain OCR cells
 * mapped from the grid to task rows.
 */
final class PlanAssembly {

    /** Vietnamese letters no English or diacritic-free text has: their share tells OCR text without diacritics. */
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùũý]", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private PlanAssembly() {
    }

    static ParsedAppendix assemble(PdfPort.Read read, ReadSource source, ReadBudget budget) {
        SourceDocument document = read.document();
        PlanMetadata metadata = MetadataExtractor.extract(document.text());
        boolean bare = withoutDiacritics(document.text());
        AppendixAssembler.Result table;
        try {
            budget.time();
            table = AppendixAssembler.assemble(document.rows());
        } catch (PlanReadException noTable) {
            budget.time();
            Optional<ProseReader.Result> prose = ProseReader.read(document.text(), metadata.year());
            if (prose.isPresent()) {
                return new ParsedAppendix(metadata, repeated(prose.get().rows(), budget), prose.get().warnings(), source,
                        bare, List.of());
            }
            throw document.noTable() != null ? document.noTable() : noTable;
        }
        return new ParsedAppendix(metadata, repeated(table.rows(), budget), table.warnings(), source, bare,
                uncertain(read.uncertain(), table));
    }

    /**
     * Each row carries its section heading and its parent's task text, shown again with it (the preview,
     * the draft, every task): that text counts against the budget once per row, for tables and prose alike
     * — a 19,000-character heading over 4,900 rows was a 125 MB preview, and an OutOfMemoryError on the
     * import page.
     */
    private static List<AppendixRow> repeated(List<AppendixRow> rows, ReadBudget budget) {
        for (AppendixRow row : rows) {
            budget.text(length(row.section()) + length(row.parent()));
        }
        return rows;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static List<UncertainCell> uncertain(List<AppendixReader.UncertainGridCell> cells,
                                                 AppendixAssembler.Result table) {
        List<UncertainCell> found = new ArrayList<>();
        for (AppendixReader.UncertainGridCell cell : cells) {
            table.taskRowOf(cell.gridRow()).ifPresent(row -> table.columnLabel(cell.column())
                    .ifPresent(label -> found.add(new UncertainCell(row, label))));
        }
        return found.stream().distinct().toList();
    }

    /** True when fewer than 4 words in 10 carry a Vietnamese letter (normal text: 8 in 10; seed 001: under 2). */
    static boolean withoutDiacritics(String text) {
        var words = WORD.matcher(text);
        int all = 0;
        int vietnamese = 0;
        while (words.find() && all < 20_000) {
            all++;
            if (VIETNAMESE.matcher(words.group()).find()) {
                vietnamese++;
            }
        }
        return all >= 50 && vietnamese * 10 < all * 4;
    }
}
