package vn.giaoviec.plan.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Renders {@link FixtureTable} lines as .docx, .xlsx and one-cell-per-line text. Section rows are one
 * bold cell merged across the width; equal deadlines on consecutive task rows are merged vertically;
 * agency lists "A; B" are written as two paragraphs (Word) or two lines in the cell (Excel).
 */
final class FixtureWriters {

    private static final int DEADLINE = 5;
    private static final int COORDINATORS = 3;

    private FixtureWriters() {
    }

    static byte[] docx(List<FixtureTable.Line> lines) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("ỦY BAN NHÂN DÂN TỈNH VĨNH LONG");
            document.createParagraph().createRun().setText("Phụ lục Nhiệm vụ cải cách hành chính năm 2023");
            XWPFTable table = document.createTable();
            String previousDeadline = null;
            for (FixtureTable.Line line : lines) {
                XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
                previousDeadline = docxRow(row, line, previousDeadline);
            }
            table.removeRow(0);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String docxRow(XWPFTableRow row, FixtureTable.Line line, String previousDeadline) {
        if (line instanceof FixtureTable.Section section) {
            XWPFTableCell cell = row.addNewTableCell();
            cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(FixtureTable.HEADER.size()));
            write(cell.getParagraphs().get(0), section.title(), true);
            return null;
        }
        List<String> cells = line instanceof FixtureTable.Cells c ? c.cells() : FixtureTable.HEADER;
        boolean task = line instanceof FixtureTable.Cells;
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = row.addNewTableCell();
            String text = cells.get(i);
            if (task && i == DEADLINE && !text.isEmpty()) {
                boolean same = text.equals(previousDeadline);
                cell.getCTTc().addNewTcPr().addNewVMerge().setVal(same ? STMerge.CONTINUE : STMerge.RESTART);
                text = same ? "" : text;
            }
            writeParagraphs(cell, task && i == COORDINATORS ? text.split("(?<=;) ") : new String[] {text}, !task);
        }
        return task ? cells.get(DEADLINE) : null;
    }

    private static void writeParagraphs(XWPFTableCell cell, String[] paragraphs, boolean bold) {
        write(cell.getParagraphs().get(0), paragraphs[0], bold);
        for (int p = 1; p < paragraphs.length; p++) {
            write(cell.addParagraph(), paragraphs[p], bold);
        }
    }

    private static void write(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setText(text);
    }

    static byte[] xlsx(List<FixtureTable.Line> lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Phụ lục");
            CellStyle bold = workbook.createCellStyle();
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet.createRow(0).createCell(0).setCellValue("Phụ lục Nhiệm vụ cải cách hành chính năm 2023");
            new XlsxRows(sheet, bold).write(lines);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines from row 2 on, merging section rows across and equal deadlines down. */
    private record XlsxRows(XSSFSheet sheet, CellStyle bold) {
        void write(List<FixtureTable.Line> lines) {
            int r = 2;
            int runStart = -1;
            String runText = null;
            for (FixtureTable.Line line : lines) {
                XSSFRow row = sheet.createRow(r);
                String deadline = line instanceof FixtureTable.Cells c ? c.cell(DEADLINE) : null;
                boolean continues = deadline != null && !deadline.isEmpty() && deadline.equals(runText);
                if (!continues) {
                    mergeDown(runStart, r - 1);
                    runStart = r;
                    runText = deadline;
                }
                fill(row, line, continues);
                r++;
            }
            mergeDown(runStart, r - 1);
        }

        private void fill(XSSFRow row, FixtureTable.Line line, boolean deadlineContinues) {
            if (line instanceof FixtureTable.Section section) {
                row.createCell(0).setCellValue(section.title());
                row.getCell(0).setCellStyle(bold);
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, FixtureTable.HEADER.size() - 1));
                return;
            }
            List<String> cells = line instanceof FixtureTable.Cells c ? c.cells() : FixtureTable.HEADER;
            for (int i = 0; i < cells.size(); i++) {
                String text = i == COORDINATORS ? cells.get(i).replace("; ", ";\n") : cells.get(i);
                if (!(i == DEADLINE && deadlineContinues) && !text.isEmpty()) {
                    row.createCell(i).setCellValue(text);
                }
            }
        }

        private void mergeDown(int first, int last) {
            if (first >= 0 && last > first) {
                sheet.addMergedRegion(new CellRangeAddress(first, last, DEADLINE, DEADLINE));
            }
        }
    }

    /** One cell per line, empty cells as empty lines; sections alternate markdown and plain headings. */
    static byte[] cellPerLine(List<FixtureTable.Line> lines) {
        StringBuilder text = new StringBuilder("PHỤ LỤC\nNhiệm vụ cải cách hành chính năm 2023\n\n");
        int sections = 0;
        for (FixtureTable.Line line : lines) {
            if (line instanceof FixtureTable.Section section) {
                text.append(sections++ % 2 == 0 ? "\n## " : "").append(section.title()).append('\n');
            } else if (line instanceof FixtureTable.Cells cells) {
                cells.cells().forEach(cell -> text.append(cell).append('\n'));
            } else {
                text.append("\n-----\n");
                FixtureTable.HEADER.forEach(label -> text.append(label).append('\n'));
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
