package vn.giaoviec.plan.read.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile PDFs of a few kilobytes whose one page draws a form that draws a form 100 times, each
 * drawing 100 times: a million draws of what the innermost form holds. Written byte by byte (PDFBox
 * would not write such a file on purpose).
 */
public final class FormFanOutPdfs {

    private static final int FAN = 100;

    private FormFanOutPdfs() {
    }

    /** The innermost form shows 100 words: 1,000,000 words, 10 million glyphs, each at its own place. */
    public static byte[] tenMillionGlyphs() {
        StringBuilder leaf = new StringBuilder();
        for (int i = 0; i < FAN; i++) {
            leaf.append("BT /F1 2 Tf ").append(i % 10 * 55).append(' ').append(i / 10 * 80 + 10).append(" Td (abcdefghij) Tj ET\n");
        }
        return fanOut(leaf.toString(), "", FAN);
    }

    /** Some text, and an innermost form of one path of 1,000 ruling lines drawn 5 × 5 times: 25,000 lines, over a page's 20,000. */
    public static byte[] rulingLines() {
        StringBuilder leaf = new StringBuilder("10 0 m\n");
        for (int i = 1; i <= 1_000; i++) {
            leaf.append(i % 2 == 0 ? "10 " : "500 ").append(i * 0.8).append(" l\n");
        }
        leaf.append("S\n");
        return fanOut(leaf.toString(), "BT /F1 12 Tf 50 800 Td (Ke hoach cai cach hanh chinh nam 2027) Tj ET\n", 5);
    }

    /** Some text, and an innermost form of 1,000 empty save/restore pairs: 100 million operators drawing nothing. */
    public static byte[] hundredMillionOperators() {
        return fanOut("q Q\n".repeat(1_000), "BT /F1 12 Tf 50 800 Td (Ke hoach cai cach hanh chinh nam 2027) Tj ET\n", FAN);
    }

    /** The page draws form X1 {@code fan} times, X1 draws X2 (the leaf) {@code fan} times, each draw moved a little. */
    private static byte[] fanOut(String leaf, String pageText, int fan) {
        StringBuilder middle = new StringBuilder();
        StringBuilder page = new StringBuilder(pageText);
        for (int i = 0; i < fan; i++) {
            middle.append("q 1 0 0 1 0 ").append(i * 0.8).append(" cm /X2 Do Q\n");
            page.append("q 1 0 0 1 ").append(i * 0.5).append(" 0 cm /X1 Do Q\n");
        }
        String font = "/Font << /F1 4 0 R >>";
        String form = "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << ";
        return pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << " + font
                        + " /XObject << /X1 6 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                stream("", page.toString()),
                stream(form + "/XObject << /X2 7 0 R >> " + font + " >> ", middle.toString()),
                stream(form + font + " >> ", leaf)));
    }

    private static String stream(String dictionary, String content) {
        return "<< " + dictionary + "/Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
    }

    private static byte[] pdf(List<String> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        write(out, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
