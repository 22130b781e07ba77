package vn.giaoviec.progress.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giaoviec.progress.AgencyScore;

class ScorecardWorkbookTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 6, 14);
    private static final List<AgencyScore> SCORES = List.of(
            new AgencyScore("Sở Nội vụ", 8, 2, 3, 1),
            new AgencyScore("Sở Tư pháp", 5, 0, 2, 0),
            new AgencyScore("Sở Y tế", 0, 0, 4, 2));

    private XSSFWorkbook workbook;
    private XSSFSheet sheet;
    private FormulaEvaluator evaluator;

    @BeforeEach
    void writeAndReadBack() throws IOException {
        byte[] bytes = new ScorecardWorkbook().write("Kế hoạch CCHC năm 2023", TODAY, SCORES);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        sheet = workbook.getSheet("Bảng điểm cơ quan");
        evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
    }

    @Test
    void headingAndHeader() {
        assertThat(sheet).isNotNull();
        assertThat(cell(0, 0).getStringCellValue()).isEqualTo("Kế hoạch CCHC năm 2023");
        assertThat(cell(1, 0).getStringCellValue()).isEqualTo("Tình hình thực hiện đến ngày 14/06/2023");
        assertThat(IntStream.range(0, 8).mapToObj(column -> cell(2, column).getStringCellValue())).containsExactly(
                "Cơ quan", "Tổng số nhiệm vụ", "Đã hoàn thành đúng hạn", "Đã hoàn thành quá hạn",
                "Đang thực hiện trong hạn", "Đang thực hiện quá hạn", "Tỷ lệ đúng hạn (%)",
                "Không hoàn thành (kết thúc năm)");
        assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:H1"));
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
    }

    @Test
    void agencyRowsInTheCallersOrder() {
        assertThat(numbers(3)).containsExactly(14.0, 8.0, 2.0, 3.0, 1.0);
        assertThat(numbers(4)).containsExactly(7.0, 5.0, 0.0, 2.0, 0.0);
        assertThat(numbers(5)).containsExactly(6.0, 0.0, 0.0, 4.0, 2.0);
        assertThat(cell(3, 0).getStringCellValue()).isEqualTo("Sở Nội vụ");
        assertThat(cell(5, 0).getStringCellValue()).isEqualTo("Sở Y tế");
    }

    @Test
    void rateIsAPercentageOfCompletedTasks() {
        Cell rate = cell(3, 6);
        assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(rate.getNumericCellValue()).isCloseTo(0.8, within(1e-9));
        assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(cell(4, 6).getNumericCellValue()).isEqualTo(1.0);
        assertThat(cell(5, 6).getCellType()).as("nothing completed: no rate").isEqualTo(CellType.BLANK);
    }

    @Test
    void totalRowSumsWithFormulas() {
        assertThat(cell(6, 0).getStringCellValue()).isEqualTo("Tổng cộng");
        assertThat(cell(6, 1).getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(cell(6, 1).getCellFormula()).isEqualTo("SUM(B4:B6)");
        double[] expected = {27, 13, 2, 9, 3};
        for (int i = 0; i < expected.length; i++) {
            CellValue value = evaluator.evaluate(cell(6, 1 + i));
            assertThat(value.getNumberValue()).as("column %d", 1 + i).isEqualTo(expected[i]);
            assertThat(cell(6, 1 + i).getNumericCellValue()).as("cached value").isEqualTo(expected[i]);
        }
        Cell rate = cell(6, 6);
        assertThat(rate.getCellFormula()).isEqualTo("IF(C7+D7=0,\"\",C7/(C7+D7))");
        assertThat(evaluator.evaluate(rate).getNumberValue()).isCloseTo(13.0 / 15, within(1e-9));
        assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
    }

    @Test
    void emptyScorecardHasZeroTotalsAndNoRate() throws IOException {
        byte[] bytes = new ScorecardWorkbook().write("Kế hoạch", TODAY, List.of());
        try (XSSFWorkbook empty = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet only = empty.getSheetAt(0);
            assertThat(only.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(only.getRow(3).getCell(1).getNumericCellValue()).isZero();
            CellValue rate = empty.getCreationHelper().createFormulaEvaluator().evaluate(only.getRow(3).getCell(6));
            assertThat(rate.getStringValue()).isEmpty();
        }
    }

    private Cell cell(int row, int column) {
        return sheet.getRow(row).getCell(column);
    }

    private List<Double> numbers(int row) {
        return IntStream.rangeClosed(1, 5).mapToObj(column -> cell(row, column).getNumericCellValue()).toList();
    }
}
