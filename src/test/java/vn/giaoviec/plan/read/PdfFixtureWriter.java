package vn.giaoviec.plan.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders {@link FixtureTable} lines as a PDF with a text layer, the way Word prints an appendix: A4
 * landscape, a ruled table, bold header and section rows (one cell across the width), wrapped cell
 * text, the header repeated on every page and wherever the table has a Header line (a page break);
 * and as a scan of that PDF (each page an image only). Fonts: DejaVu (Debian fonts-dejavu-core).
 */
final class PdfFixtureWriter {

    static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    static final File BOLD = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
    private static final float[] WIDTHS = {32, 300, 110, 130, 120, 90};
    private static final float MARGIN = 28;
    private static final float SIZE = 9;
    private static final float LEADING = 11;
    private static final float PAD = 3;

    private final PDDocument document = new PDDocument();
    private final PDFont font;
    private final PDFont bold;
    private PDPageContentStream content;
    private float y;

    private PdfFixtureWriter() throws IOException {
        font = PDType0Font.load(document, FONT);
        bold = PDType0Font.load(document, BOLD);
    }

    static byte[] pdf(List<FixtureTable.Line> lines) {
        try {
            PdfFixtureWriter writer = new PdfFixtureWriter();
            return writer.write(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each page of the PDF rendered at {@code dpi} in grey and put back as an image alone: a scan. */
    static byte[] scan(byte[] pdf, float dpi) {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument scan = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                PDRectangle box = source.getPage(i).getMediaBox();
                PDPage page = new PDPage(box);
                scan.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(scan, image);
                try (PDPageContentStream stream = new PDPageContentStream(scan, page)) {
                    stream.drawImage(xobject, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            scan.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(List<FixtureTable.Line> lines) throws IOException {
        newPage(false);
        text("ỦY BAN NHÂN DÂN TỈNH VĨNH LONG", bold);
        text("Phụ lục Nhiệm vụ cải cách hành chính năm 2023", font);
        y -= 6;
        boolean first = true;
        for (FixtureTable.Line line : lines) {
            if (line instanceof FixtureTable.Header) {
                if (!first) {
                    newPage(false);
                }
                row(FixtureTable.HEADER, true, false);
                first = false;
            } else if (line instanceof FixtureTable.Section section) {
                row(List.of(section.title()), true, true);
            } else if (line instanceof FixtureTable.Cells cells) {
                row(cells.cells(), false, false);
            }
        }
        content.close();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            document.close();
            return out.toByteArray();
        }
    }

    private void newPage(boolean header) throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        content.setLineWidth(0.6f);
        y = page.getMediaBox().getHeight() - MARGIN;
        if (header) {
            row(FixtureTable.HEADER, true, false);
        }
    }

    private void text(String line, PDFont face) throws IOException {
        content.beginText();
        content.setFont(face, SIZE + 1);
        content.newLineAtOffset(MARGIN, y - SIZE);
        content.showText(line);
        content.endText();
        y -= LEADING + 4;
    }

    private void row(List<String> cells, boolean isBold, boolean fullWidth) throws IOException {
        PDFont face = isBold ? bold : font;
        float total = 0;
        for (float w : WIDTHS) {
            total += w;
        }
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> cellLines = wrap(cells.get(c), (fullWidth ? total : WIDTHS[c]) - 2 * PAD, face);
            wrapped.add(cellLines);
            lines = Math.max(lines, cellLines.size());
        }
        float height = lines * LEADING + 2 * PAD;
        if (y - height < MARGIN) {
            newPage(true);
        }
        float x = MARGIN;
        for (int c = 0; c < wrapped.size(); c++) {
            float width = fullWidth ? total : WIDTHS[c];
            float ty = y - PAD - SIZE;
            for (String line : wrapped.get(c)) {
                content.beginText();
                content.setFont(face, SIZE);
                content.newLineAtOffset(x + PAD, ty);
                content.showText(line);
                content.endText();
                ty -= LEADING;
            }
            content.addRect(x, y - height, width, height);
            content.stroke();
            x += width;
        }
        y -= height;
    }

    private static List<String> wrap(String text, float width, PDFont face) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && face.getStringWidth(candidate) / 1000 * SIZE > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
