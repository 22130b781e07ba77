package vn.giaoviec.plan.read.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile plan files whose text is small but shown many times: one long text that the format says to
 * repeat in thousands of cells (a shared string, a merged region, a vertical merge). Each stays within
 * every limit on what the file holds; what a reader would make of it is gigabytes.
 */
public final class RepeatedTextFiles {

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    private static final String SHEET_NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    private static final String WORKBOOK = "<workbook " + SHEET_NS
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
            + "<sheet name=\"Phụ lục\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    private static final String WORKBOOK_RELS = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
            + " Target=\"worksheets/sheet1.xml\"/></Relationships>";
    private static final int COLUMNS = 60;
    private static final int ROWS = 5_000;

    private RepeatedTextFiles() {
    }

    /** 19,000 characters of Vietnamese text: under the 20,000 of one cell, sixty of them under the 3 million of a file. */
    static String longText() {
        return "Rà soát, đơn giản hóa thủ tục hành chính ".repeat(500).substring(0, 19_000);
    }

    /** One shared string of 19,000 characters in 3,000 × 10 cells: 570 million characters as cells. */
    public static byte[] xlsxRepeatedSharedString() {
        StringBuilder sheet = new StringBuilder("<worksheet " + SHEET_NS + "><sheetData>");
        for (int r = 1; r <= 3_000; r++) {
            sheet.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < 10; c++) {
                sheet.append("<c r=\"").append((char) ('A' + c)).append(r).append("\" t=\"s\"><v>0</v></c>");
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        return xlsx(sheet.toString(), "<sst " + SHEET_NS + "><si><t>" + longText() + "</t></si></sst>");
    }

    /** Sixty cells of 19,000 characters, each merged down to row 5,000: 5.7 billion characters as cells. */
    public static byte[] xlsxTallMerges() {
        StringBuilder cells = new StringBuilder();
        StringBuilder merges = new StringBuilder();
        for (int c = 0; c < COLUMNS; c++) {
            String column = column(c);
            cells.append("<c r=\"").append(column).append("1\" t=\"inlineStr\"><is><t>").append(longText())
                    .append("</t></is></c>");
            merges.append("<mergeCell ref=\"").append(column).append("1:").append(column).append(ROWS).append("\"/>");
        }
        return xlsx("<worksheet " + SHEET_NS + "><sheetData><row r=\"1\">" + cells + "</row></sheetData><mergeCells>"
                + merges + "</mergeCells></worksheet>", null);
    }

    /** A Word table whose first row has sixty cells of 19,000 characters, continued (vMerge) on 4,999 rows. */
    public static byte[] docxTallVerticalMerges() {
        StringBuilder body = new StringBuilder("<w:tbl><w:tr>");
        for (int c = 0; c < COLUMNS; c++) {
            body.append("<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>").append(longText())
                    .append("</w:t></w:r></w:p></w:tc>");
        }
        body.append("</w:tr>");
        Random random = new Random(15);
        String continued = "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>".repeat(COLUMNS);
        for (int r = 1; r < ROWS; r++) {
            // a comment of random digits per row, so the part packs well under the 200-fold limit
            body.append("<w:tr>").append(continued).append("</w:tr><!--").append(Long.toString(random.nextLong(), 36))
                    .append("-->");
        }
        body.append("</w:tbl>");
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES);
        parts.put("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body>" + body + "</w:body></w:document>");
        return zip(parts, false);
    }

    /**
     * A 19,000-character section heading over 400 task rows: each row carries its section, 7.6 million
     * characters (4,900 rows, within the row limit: a 125 MB preview from a 100 KB packed file).
     */
    public static byte[] xlsxLongSectionHeading() {
        StringBuilder sheet = new StringBuilder("<worksheet " + SHEET_NS + "><sheetData><row r=\"1\">")
                .append(inline("A1", "STT")).append(inline("B1", "Nhiệm vụ")).append(inline("C1", "Cơ quan chủ trì"))
                .append(inline("D1", "Thời gian hoàn thành")).append("</row><row r=\"2\">").append(inline("A2", "I"))
                .append(inline("B2", longText())).append("</row>");
        for (int r = 3; r < 403; r++) {
            sheet.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r - 2)
                    .append("</v></c>").append(inline("B" + r, "Việc " + r)).append(inline("C" + r, "Sở Nội vụ"))
                    .append(inline("D" + r, "Quý IV/2027")).append("</row>");
        }
        return xlsx(sheet.append("</sheetData></worksheet>").toString(), null);
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static String column(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index))
                : String.valueOf((char) ('A' + index / 26 - 1)) + (char) ('A' + index % 26);
    }

    private static byte[] xlsx(String sheet, String sharedStrings) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES);
        parts.put("xl/workbook.xml", WORKBOOK);
        parts.put("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", sharedStrings);
        }
        parts.put("xl/worksheets/sheet1.xml", sheet);
        return zip(parts, true);
    }

    /** Stored (not deflated) when asked: one text repeated packs far beyond the 200-fold limit. */
    private static byte[] zip(Map<String, String> parts, boolean stored) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                byte[] data = part.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(part.getKey());
                if (stored) {
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(data);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
