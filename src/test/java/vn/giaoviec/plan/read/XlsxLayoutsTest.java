package vn.giaoviec.plan.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxLayoutsTest {

    @Test
    void readsTheSheetWithTheHeaderAndAGroupColumnMergedDown() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Hướng dẫn").createRow(0).createCell(0).setCellValue("Điền nhiệm vụ ở trang sau");
            XSSFSheet sheet = workbook.createSheet("Phụ lục");
            row(sheet, 0, "Nhiệm vụ chung", "STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn");
            row(sheet, 1, "Cải cách thể chế", null, "Rà soát văn bản.", "Sở Tư pháp", "Các sở, ngành", "Quý I/2023");
            sheet.getRow(1).createCell(1).setCellValue(1);
            row(sheet, 2, "", "", "Theo dõi thi hành pháp luật.", "Sở Tư pháp", "", "Năm 2023");
            // a formula shows the value Excel saved with it (the reader never evaluates formulas)
            sheet.getRow(2).createCell(1).setCellFormula("B2+1");
            sheet.getRow(2).getCell(1).setCellValue(2);
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            workbook.write(out);

            ParsedAppendix parsed = Seeds.read("ke-hoach.xlsx", out.toByteArray());

            assertThat(parsed.rows()).containsExactly(
                    new AppendixRow(1, "Cải cách thể chế", "1", null, "Rà soát văn bản.", "Sở Tư pháp", "Các sở, ngành",
                            null, "Quý I/2023"),
                    new AppendixRow(2, "Cải cách thể chế", "2", null, "Theo dõi thi hành pháp luật.", "Sở Tư pháp", "",
                            null, "Năm 2023"));
        }
    }

    private static void row(XSSFSheet sheet, int r, String... cells) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null && !cells[c].isEmpty()) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
    }
}
