package vn.giaoviec.plan.read.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile plan files, made in the test (issue 15 items 1 and 4, and more): each small on the wire,
 * each built to exhaust memory or time if a reader trusted it.
 */
public final class HostileFiles {

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    private static final String WORKBOOK = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
            + "<sheet name=\"Phụ lục\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    private static final String WORKBOOK_RELS = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
            + " Target=\"worksheets/sheet1.xml\"/></Relationships>";
    private static final String SHEET_OPEN = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_CLOSE = "</sheetData></worksheet>";
    private static final String DOC_OPEN = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    private static final String DOC_CLOSE = "</w:body></w:document>";

    private HostileFiles() {
    }

    /** One cell at XFD1048576, the last cell of a sheet: 3 KB that a grid of width × rows turns into billions of cells. */
    public static byte[] xlsxLastCell() {
        return xlsx(SHEET_OPEN + "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                + SHEET_CLOSE);
    }

    /** 1,048,576 rows of one cell each. */
    public static byte[] xlsxMillionRows() {
        return zip(Map.of("[Content_Types].xml", CONTENT_TYPES, "xl/workbook.xml", WORKBOOK,
                "xl/_rels/workbook.xml.rels", WORKBOOK_RELS), "xl/worksheets/sheet1.xml", out -> {
                    out.write(SHEET_OPEN.getBytes(StandardCharsets.UTF_8));
                    StringBuilder rows = new StringBuilder();
                    for (int r = 1; r <= 1_048_576; r++) {
                        rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r)
                                .append("</v></c></row>");
                        if (rows.length() > 1 << 16) {
                            out.write(rows.toString().getBytes(StandardCharsets.US_ASCII));
                            rows.setLength(0);
                        }
                    }
                    out.write(rows.toString().getBytes(StandardCharsets.US_ASCII));
                    out.write(SHEET_CLOSE.getBytes(StandardCharsets.UTF_8));
                });
    }

    /** 1,000 rows × 10 columns of SUM over the whole sheet (17 billion cells each if evaluated), values saved. */
    public static byte[] xlsxFormulas() {
        StringBuilder sheet = new StringBuilder(SHEET_OPEN);
        for (int r = 1; r <= 1_000; r++) {
            sheet.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < 10; c++) {
                sheet.append("<c r=\"").append((char) ('A' + c)).append(r).append("\"><f>SUM(A1:XFD1048576)</f><v>0</v></c>");
            }
            sheet.append("</row>");
        }
        return xlsx(sheet.append(SHEET_CLOSE).toString());
    }

    /** 300,000 shared strings (one small cell refers to the last). */
    public static byte[] xlsxHugeSharedStrings() {
        StringBuilder sst = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (int i = 0; i < 300_000; i++) {
            sst.append("<si><t>").append(i).append("</t></si>");
        }
        sst.append("</sst>");
        return zip(Map.of("[Content_Types].xml", CONTENT_TYPES, "xl/workbook.xml", WORKBOOK,
                "xl/_rels/workbook.xml.rels", WORKBOOK_RELS, "xl/sharedStrings.xml", sst.toString(),
                "xl/worksheets/sheet1.xml", SHEET_OPEN + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>299999</v></c></row>"
                        + SHEET_CLOSE), null, null);
    }

    /** A table cell spanning 30,000,000 columns. */
    public static byte[] docxGridSpan() {
        return docx("<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"30000000\"/></w:tcPr><w:p><w:r><w:t>STT</w:t></w:r>"
                + "</w:p></w:tc></w:tr></w:tbl>");
    }

    /** A workbook listing its one sheet 256 times; the sheet: 4 MB of empty cells (random comments keep it packed under 200-fold). */
    public static byte[] xlsxOneSheetListedManyTimes() {
        String sheets = java.util.stream.IntStream.range(0, 256).mapToObj(i -> "<sheet name=\"S" + i + "\" sheetId=\""
                + (i + 1) + "\" r:id=\"rId1\"/>").collect(java.util.stream.Collectors.joining());
        java.util.Random random = new java.util.Random(15);
        return zip(Map.of("[Content_Types].xml", CONTENT_TYPES, "xl/workbook.xml", WORKBOOK.replace(
                "<sheet name=\"Phụ lục\" sheetId=\"1\" r:id=\"rId1\"/>", sheets), "xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
                "xl/worksheets/sheet1.xml", out -> {
                    out.write((SHEET_OPEN + "<row r=\"1\">").getBytes(StandardCharsets.UTF_8));
                    byte[] cells = "<c/>".repeat(200).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 5_000; i++) {
                        out.write(cells);
                        out.write(("<!--" + Long.toString(random.nextLong(), 36) + "-->").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(("</row>" + SHEET_CLOSE).getBytes(StandardCharsets.UTF_8));
                });
    }

    /** One table row of 7,000,000 empty cells (random comments keep it packed under 200-fold). */
    public static byte[] docxWideRow() {
        java.util.Random random = new java.util.Random(15);
        return zip(Map.of("[Content_Types].xml", CONTENT_TYPES), "word/document.xml", out -> {
            out.write((DOC_OPEN + "<w:tbl><w:tr>").getBytes(StandardCharsets.UTF_8));
            byte[] cells = "<w:tc/>".repeat(250).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 28_000; i++) {
                out.write(cells);
                out.write(("<!--" + Long.toString(random.nextLong(), 36) + "-->").getBytes(StandardCharsets.US_ASCII));
            }
            out.write(("</w:tr></w:tbl>" + DOC_CLOSE).getBytes(StandardCharsets.UTF_8));
        });
    }

    /** 100,000 tables nested in one another's cells. */
    public static byte[] docxDeeplyNested() {
        int depth = 100_000;
        StringBuilder body = new StringBuilder(depth * 40);
        body.append("<w:tbl><w:tr><w:tc>".repeat(depth)).append("<w:p/>").append("</w:tc></w:tr></w:tbl>".repeat(depth));
        return docx(body.toString());
    }

    /** A document type declaring an external entity (XXE) used in the text. */
    public static byte[] docxExternalEntity() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + DOC_OPEN + "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>" + DOC_CLOSE;
        return zip(Map.of("[Content_Types].xml", CONTENT_TYPES, "word/document.xml", xml), null, null);
    }

    /** word/document.xml inflating to 200 MB of spaces (about 200 KB packed), its size declared honestly. */
    public static byte[] docxZipBomb() {
        return zip(Map.of("[Content_Types].xml", CONTENT_TYPES), "word/document.xml", HostileFiles::spaces);
    }

    /** The same bomb with its central directory claiming 1,000 bytes: only counting while inflating catches it. */
    public static byte[] docxLyingZipBomb() {
        byte[] zip = docxZipBomb();
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = zip.length - 46; i >= 0; i--) {
            if (buffer.getInt(i) == 0x02014b50 && new String(zip, i + 46, Math.min(17, zip.length - i - 46),
                    StandardCharsets.US_ASCII).equals("word/document.xml")) {
                buffer.putInt(i + 24, 1_000);
            }
        }
        return zip;
    }

    /** The nesting with random padding between the tags, so that it packs less than 200 times. */
    public static byte[] docxDeeplyNestedLowRatio() {
        java.util.Random random = new java.util.Random(13);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            body.append("<w:tbl><w:tr><w:tc><!--").append(Long.toString(random.nextLong(), 36)).append("-->");
        }
        return docx(body.toString());
    }

    /** A worksheet declaring an external entity (XXE) used in a cell. */
    public static byte[] xlsxExternalEntity() {
        return xlsx("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + SHEET_OPEN
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>" + SHEET_CLOSE);
    }

    /** A PDF of 10,000 empty pages. */
    public static byte[] pdfTenThousandPages() {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 10_000; i++) {
                pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A "scanned" page whose image declares 100,000 × 100,000 pixels (10 billion; its data is a few bytes). */
    public static byte[] pdfHugeImage() {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            pdf.addPage(page);
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(pdf,
                    new java.awt.image.BufferedImage(10, 10, java.awt.image.BufferedImage.TYPE_BYTE_GRAY));
            image.getCOSObject().setInt(org.apache.pdfbox.cos.COSName.WIDTH, 100_000);
            image.getCOSObject().setInt(org.apache.pdfbox.cos.COSName.HEIGHT, 100_000);
            try (var stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
                stream.drawImage(image, 0, 0, 600, 800);
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void spaces(OutputStream out) throws IOException {
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, (byte) ' ');
        out.write(DOC_OPEN.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 200; i++) {
            out.write(chunk);
        }
        out.write(DOC_CLOSE.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] xlsx(String sheet) {
        return zip(Map.of("[Content_Types].xml", CONTENT_TYPES, "xl/workbook.xml", WORKBOOK,
                "xl/_rels/workbook.xml.rels", WORKBOOK_RELS, "xl/worksheets/sheet1.xml", sheet), null, null);
    }

    private static byte[] docx(String body) {
        return zip(Map.of("[Content_Types].xml", CONTENT_TYPES, "word/document.xml", DOC_OPEN + body + DOC_CLOSE),
                null, null);
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] zip(Map<String, String> parts, String streamed, Writer writer) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            if (streamed != null) {
                zip.putNextEntry(new ZipEntry(streamed));
                writer.write(zip);
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
