package vn.giaoviec.plan.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The words of one page's text layer with their boxes (points, y downwards), bold when the font says so. */
final class PdfTextLayer extends PDFTextStripper {

    private final List<PageContent.Word> words = new ArrayList<>();
    private final PageBudget budget;

    private PdfTextLayer(PageBudget budget) {
        this.budget = budget;
        setSortByPosition(true);
    }

    static List<PageContent.Word> words(PDDocument document, int pageNumber, PageBudget budget) throws IOException {
        PdfTextLayer layer = new PdfTextLayer(budget);
        layer.setStartPage(pageNumber);
        layer.setEndPage(pageNumber);
        layer.getText(document);
        return layer.words;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operator();
        super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        budget.glyph();
        super.processTextPosition(text);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        List<TextPosition> word = new ArrayList<>();
        for (TextPosition position : positions) {
            if (position.getUnicode().isBlank()) {
                flush(word);
            } else {
                word.add(position);
            }
        }
        flush(word);
    }

    private void flush(List<TextPosition> word) {
        if (word.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        double x0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        boolean bold = true;
        for (TextPosition p : word) {
            text.append(p.getUnicode());
            x0 = Math.min(x0, p.getXDirAdj());
            x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
            y0 = Math.min(y0, p.getYDirAdj() - p.getHeightDir());
            y1 = Math.max(y1, p.getYDirAdj());
            String font = p.getFont() == null || p.getFont().getName() == null ? "" : p.getFont().getName();
            bold &= font.toLowerCase().contains("bold");
        }
        words.add(new PageContent.Word(x0, y0, x1, y1, text.toString(), bold, 100));
        word.clear();
    }

    /** True when the page has (almost) no text: a scanned image. */
    static boolean isScan(List<PageContent.Word> words) {
        return words.stream().mapToInt(w -> w.text().length()).sum() < 20;
    }

    static float height(PDPage page) {
        return page.getMediaBox().getHeight();
    }
}
