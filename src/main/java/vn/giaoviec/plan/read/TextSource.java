package vn.giaoviec.plan.read;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Plain text extracted from a PDF. Tab-separated rows are preferred; when they hold no appendix header
 * the text is read as one cell per line ({@link LineCellGrid}).
 */
final class TextSource {

    static final String NO_WORDS = "Tệp văn bản không có chữ nào (có thể là bản PDF quét dạng ảnh). "
            + "Hãy nhận dạng chữ (OCR) hoặc dùng tệp Word/Excel gốc.";

    /** A word: two letters in a row. Page numbers, dashes and stray OCR marks are not words. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private TextSource() {
    }

    static SourceDocument read(byte[] bytes) {
        String text = decode(bytes);
        if (!WORD.matcher(text).find()) {
            throw new PlanReadException(NO_WORDS);
        }
        List<String> lines = text.lines().toList();
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
        throw tabFailure;
    }

    private static String decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
