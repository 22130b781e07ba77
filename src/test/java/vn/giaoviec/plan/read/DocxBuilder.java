package vn.giaoviec.plan.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds small Word files for tests. Cell markup: "^" continues a vertical merge, a "v:" prefix starts
 * one, "N>" spans N columns, "*" makes the cell bold; "\n" separates paragraphs and a paragraph
 * starting "• " becomes a Word list item.
 */
final class DocxBuilder {

    private final XWPFDocument document = new XWPFDocument();
    private XWPFTable table;

    DocxBuilder paragraph(String text) {
        document.createParagraph().createRun().setText(text);
        table = null;
        return this;
    }

    DocxBuilder row(String... cells) {
        if (table == null) {
            table = document.createTable();
            table.removeRow(0);
        }
        XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
        for (String spec : cells) {
            cell(row.addNewTableCell(), spec);
        }
        return this;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(XWPFTableCell cell, String spec) {
        CTTcPr pr = cell.getCTTc().addNewTcPr();
        String text = spec;
        if (text.equals("^")) {
            pr.addNewVMerge().setVal(STMerge.CONTINUE);
            return;
        }
        if (text.startsWith("v:")) {
            pr.addNewVMerge().setVal(STMerge.RESTART);
            text = text.substring(2);
        }
        if (text.matches("^\\d>.*")) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(text.charAt(0) - '0'));
            text = text.substring(2);
        }
        boolean bold = text.startsWith("*");
        String[] paragraphs = (bold ? text.substring(1) : text).split("\n");
        for (int i = 0; i < paragraphs.length; i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            String content = paragraphs[i];
            if (content.startsWith("• ")) {
                paragraph.setNumID(BigInteger.ONE);
                content = content.substring(2);
            }
            var run = paragraph.createRun();
            run.setBold(bold);
            run.setText(content);
        }
    }
}
