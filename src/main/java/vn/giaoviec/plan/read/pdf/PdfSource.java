package vn.giaoviec.plan.read.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.giaoviec.plan.read.AppendixReader.PdfPort;
import vn.giaoviec.plan.read.PlanReadException;
import vn.giaoviec.plan.read.ReadBudget;
import vn.giaoviec.plan.read.SourceDocument;

/**
 * A plan as PDF (Apache PDFBox). Pages with a text layer: their words and ruling lines rebuild the
 * tables ({@link TableGrid}). Scanned pages (no text): rendered to a grey image at up to 300 dpi and
 * read by OCR ({@link Ocr}); the document then says it came from OCR, and which cells OCR was unsure
 * of. Budgets: the page count and every embedded image's size are checked before a page is read, OCR
 * pages and OCR time are limited.
 */
public final class PdfSource implements PdfPort {

    private static final float MAX_DPI = 300;
    private static final float MIN_DPI = 150;

    private final Ocr ocr;

    public PdfSource(String tesseractCommand) {
        this.ocr = new Ocr(tesseractCommand);
    }

    @Override
    public Read read(byte[] bytes, ReadBudget budget) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages > budget.limits().maxPdfPages()) {
                throw ReadBudget.tooLarge("tệp PDF có " + ReadBudget.number(pages) + " trang, quá giới hạn "
                        + ReadBudget.number(budget.limits().maxPdfPages()) + " trang");
            }
            return read(document, budget);
        } catch (InvalidPasswordException e) {
            throw new PlanReadException("Tệp PDF được đặt mật khẩu: hãy bỏ mật khẩu rồi nhập lại.", e);
        } catch (IOException e) {
            throw new PlanReadException("Tệp PDF bị hỏng nên không mở được. Hãy lưu lại tệp PDF hoặc dùng tệp Word/Excel gốc.",
                    e);
        }
    }

    private Read read(PDDocument document, ReadBudget budget) throws IOException {
        Path work = null;
        try {
            List<PageContent> pages = new ArrayList<>();
            List<Ocr.Scan> scans = new ArrayList<>();
            List<Integer> scannedPages = new ArrayList<>();
            BoundedRenderer renderer = null;
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                budget.time();
                PDPage page = document.getPage(i);
                List<PageContent.Word> words = PdfTextLayer.words(document, i + 1, new PageBudget(budget, i + 1));
                if (PdfTextLayer.isScan(words) && hasImage(page)) {
                    if (scans.size() >= budget.limits().maxOcrPages()) {
                        throw ReadBudget.tooLarge("bản quét có hơn " + budget.limits().maxOcrPages()
                                + " trang cần nhận dạng chữ");
                    }
                    checkImages(page, budget);
                    renderer = renderer == null ? new BoundedRenderer(document, budget) : renderer;
                    work = work == null ? Files.createTempDirectory("giaoviec-ocr-") : work;
                    BufferedImage image = renderer.render(i, dpi(page, budget));
                    scans.add(Ocr.prepare(image, work, i + 1));
                    scannedPages.add(pages.size());
                    pages.add(null);
                } else {
                    pages.add(new PageContent(words, PdfRules.of(page, new PageBudget(budget, i + 1))));
                }
            }
            long ocrStart = System.nanoTime();
            List<PageContent> read = ocr.readAll(scans, budget.limits().maxOcrTime());
            budget.extend(System.nanoTime() - ocrStart);
            for (int k = 0; k < read.size(); k++) {
                pages.set(scannedPages.get(k), read.get(k));
            }
            return assemble(pages, !scans.isEmpty(), budget);
        } finally {
            Ocr.delete(work);
        }
    }

    private static Read assemble(List<PageContent> pages, boolean ocr, ReadBudget budget) {
        TableGrid grid = new TableGrid();
        StringBuilder text = new StringBuilder();
        for (PageContent content : pages) {
            TableGrid.lines(content.words()).forEach(line -> text.append(line).append('\n'));
            grid.addPage(content, budget);
        }
        if (text.isEmpty()) {
            throw new PlanReadException("Tệp PDF không có chữ nào đọc được (trang trống hoặc ảnh không nhận dạng được).");
        }
        return new Read(new SourceDocument(grid.rows(), text.toString()), ocr, grid.uncertain());
    }

    private static boolean hasImage(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
        }
        return false;
    }

    /** Every image of the page within the pixel limit, read from its dictionary before anything is decoded. */
    private static void checkImages(PDPage page, ReadBudget budget) throws IOException {
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image
                    && (long) image.getWidth() * image.getHeight() > budget.limits().maxImagePixels()) {
                throw ReadBudget.tooLarge("trang quét có ảnh " + ReadBudget.number(image.getWidth()) + " × "
                        + ReadBudget.number(image.getHeight()) + " điểm ảnh, quá giới hạn "
                        + ReadBudget.number(budget.limits().maxImagePixels()) + " điểm ảnh");
            }
        }
    }

    /**
     * The scan's own resolution (its largest image across the page's width), between 150 and 300 dpi, and
     * less when the page is so large that its image would pass the pixel limit.
     */
    private static float dpi(PDPage page, ReadBudget budget) throws IOException {
        double width = page.getMediaBox().getWidth() / 72.0;
        double inches = width * page.getMediaBox().getHeight() / 72.0;
        double own = 0;
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                own = Math.max(own, image.getWidth() / Math.max(width, 0.01));
            }
        }
        double dpi = Math.max(MIN_DPI, Math.min(MAX_DPI, own == 0 ? MAX_DPI : own));
        return (float) Math.min(dpi, Math.sqrt(budget.limits().maxImagePixels() / Math.max(inches, 0.01)));
    }
}
