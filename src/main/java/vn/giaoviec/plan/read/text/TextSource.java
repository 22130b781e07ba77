package vn.giaoviec.plan.read.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.giaoviec.plan.read.GridRow;
import vn.giaoviec.plan.read.table.HeaderDetector;
import vn.giaoviec.plan.read.PlanReadException;
import vn.giaoviec.plan.read.ReadBudget;
import vn.giaoviec.plan.read.SourceDocument;

/**
 * Plain text extracted from a PDF (UTF-8 only: see {@link TextDecoder}). Tab-separated rows are
 * preferred; when they hold no appendix header the text is read as one cell per line
 * ({@link LineCellGrid}). Its size, lines and line length are checked before anything is split.
 */
public final class TextSource {

    public static final String NO_WORDS = "Tệp văn bản không có chữ nào (có thể là bản PDF quét dạng ảnh). "
            + "Hãy dùng chính tệp PDF (chữ được nhận dạng tự động) hoặc tệp Word/Excel gốc.";

    /** A word: two letters in a row. Page numbers, dashes and stray OCR marks are not words. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final int MAX_LINE = 200_000;

    private TextSource() {
    }

    public static SourceDocument read(byte[] bytes, ReadBudget budget) {
        if (bytes.length > budget.limits().maxTextBytes()) {
            throw ReadBudget.tooLarge("tệp văn bản lớn hơn " + ReadBudget.number(budget.limits().maxTextBytes() / 1024 / 1024)
                    + " MB");
        }
        String text = TextDecoder.decode(bytes);
        budget.text(text.length());
        if (!WORD.matcher(text).find()) {
            throw new PlanReadException(NO_WORDS);
        }
        List<String> lines = text.lines().toList();
        checkLines(lines, budget);
        return fromLines(lines, text);
    }

    /** The rows of text lines (a text file, or the lines of a PDF without ruled tables). */
    public static SourceDocument fromLines(List<String> lines, String text) {
        List<GridRow> tabRows = TabTextGrid.rows(lines);
        PlanReadException tabFailure;
        try {
            HeaderDetector.find(tabRows);
            return new SourceDocument(tabRows, text);
        } catch (PlanReadException e) {
            tabFailure = e;
        }
        Optional<List<GridRow>> cellRows = LineCellGrid.rows(lines);
        if (cellRows.isPresent()) {
            return new SourceDocument(cellRows.get(), text);
        }
        return new SourceDocument(tabRows, text, tabFailure);
    }

    private static void checkLines(List<String> lines, ReadBudget budget) {
        if (lines.size() > 4L * budget.limits().maxRows()) {
            throw ReadBudget.tooLarge("có hơn " + ReadBudget.number(4L * budget.limits().maxRows()) + " dòng");
        }
        for (String line : lines) {
            if (line.length() > MAX_LINE) {
                throw ReadBudget.tooLarge("có một dòng dài hơn " + ReadBudget.number(MAX_LINE) + " ký tự");
            }
            int cells = 0;
            int start = 0;
            for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', start)) {
                budget.cell(tab - start);
                budget.column(++cells);
                start = tab + 1;
            }
            budget.cell(line.length() - start);
        }
    }
}
