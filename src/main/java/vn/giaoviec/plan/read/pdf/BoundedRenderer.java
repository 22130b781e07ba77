package vn.giaoviec.plan.read.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import vn.giaoviec.plan.read.ReadBudget;

/** Draws scanned pages for OCR within a {@link PageBudget}: an image drawn a million times by nested forms is refused. */
final class BoundedRenderer extends PDFRenderer {

    private final ReadBudget budget;
    private int page;

    BoundedRenderer(PDDocument document, ReadBudget budget) {
        super(document);
        this.budget = budget;
    }

    /** Page {@code index} (0-based) as a grey image at {@code dpi}. */
    BufferedImage render(int index, float dpi) throws IOException {
        page = index + 1;
        return renderImageWithDPI(index, dpi, ImageType.GRAY);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        PageBudget work = new PageBudget(budget, page);
        return new PageDrawer(parameters) {
            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                work.operator();
                super.processOperator(operator, operands);
            }
        };
    }
}
