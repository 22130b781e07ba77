package vn.giaoviec.progress.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.giaoviec.register.TaskStatus;

class RegisterWorkbookTest {

    static final String PLAN = "Kế hoạch cải cách hành chính năm 2023 (ban hành kèm theo Quyết định số 2701/QĐ-UBND ngày 20/12/2022)";
    static final LocalDate TODAY = LocalDate.of(2023, 5, 15);
    static final String SECTION_I = "I. Công tác chỉ đạo điều hành";
    static final String SECTION_II = "II. Cải cách thể chế";

    private XSSFWorkbook workbook;
    private XSSFSheet sheet;

    static List<RegisterRow> rows() {
        return List.of(
                new RegisterRow(SECTION_I, "1", "Xây dựng, ban hành Kế hoạch CCHC năm 2023", "Sở Nội vụ",
                        List.of("Các sở, ban, ngành tỉnh", "UBND cấp huyện"), "Kế hoạch được ban hành", "Quý IV năm 2022",
                        LocalDate.of(2022, 12, 31), TaskStatus.DONE_ON_TIME, LocalDate.of(2022, 12, 20)),
                new RegisterRow(SECTION_I, "2", "Kiểm tra công tác CCHC tại các cơ quan, đơn vị", "Sở Nội vụ",
                        List.of("Văn phòng UBND tỉnh"), "Báo cáo kết quả", "Quý I/2023",
                        LocalDate.of(2023, 3, 31), TaskStatus.IN_PROGRESS_OVERDUE, null),
                new RegisterRow(SECTION_II, "1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp",
                        List.of(), "Báo cáo kết quả rà soát", "Tháng 01/2023",
                        LocalDate.of(2023, 1, 31), TaskStatus.DONE_LATE, LocalDate.of(2023, 2, 10)),
                new RegisterRow(SECTION_II, "a)", "Theo dõi thi hành pháp luật", "Sở Tư pháp",
                        null, null, "Thường xuyên", null, TaskStatus.IN_PROGRESS_ON_TIME, null));
    }

    @BeforeEach
    void writeAndReadBack() throws IOException {
        byte[] bytes = new RegisterWorkbook().write(PLAN, TODAY, rows());
        workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        sheet = workbook.getSheet(RegisterWorkbook.SHEET_NAME);
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
    }

    @Test
    void titleAndSubtitleAreMergedAcrossTheTable() {
        assertThat(text(0, 0)).isEqualTo(PLAN);
        assertThat(bold(0, 0)).isTrue();
        assertThat(text(1, 0)).isEqualTo("Tình hình thực hiện đến ngày 15/05/2023");
        assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:K1"), CellRangeAddress.valueOf("A2:K2"));
    }

    @Test
    void headerRowHasEveryColumn() {
        Row header = sheet.getRow(2);
        assertThat(header.getLastCellNum()).isEqualTo((short) 11);
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)).map(column -> text(2, column)).containsExactly(
                "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành",
                "Hạn hoàn thành", "Tình trạng", "Ngày hoàn thành", "Số ngày quá hạn", "Các mốc thực hiện");
        assertThat(bold(2, 0)).isTrue();
    }

    @Test
    void sectionRowsAreBoldAndMergedWhenTheSectionChanges() {
        assertThat(text(3, 0)).isEqualTo(SECTION_I);
        assertThat(text(6, 0)).isEqualTo(SECTION_II);
        assertThat(bold(3, 0)).isTrue();
        assertThat(bold(6, 0)).isTrue();
        assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A4:K4"), CellRangeAddress.valueOf("A7:K7"))
                .hasSize(4);
        assertThat(sheet.getLastRowNum()).isEqualTo(8);
    }

    @Test
    void completedOnTimeRow() {
        assertThat(texts(4, 0, 6)).containsExactly("1", "Xây dựng, ban hành Kế hoạch CCHC năm 2023", "Sở Nội vụ",
                "Các sở, ban, ngành tỉnh\nUBND cấp huyện", "Kế hoạch được ban hành", "Quý IV năm 2022");
        assertDate(4, 6, LocalDate.of(2022, 12, 31));
        assertThat(text(4, 7)).isEqualTo("Đã hoàn thành đúng hạn");
        assertDate(4, 8, LocalDate.of(2022, 12, 20));
        assertThat(cell(4, 9).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(bold(4, 1)).isFalse();
        assertThat(cell(4, 1).getCellStyle().getWrapText()).isTrue();
    }

    @Test
    void overdueRowCountsDaysUntilToday() {
        assertThat(texts(5, 0, 6)).containsExactly("2", "Kiểm tra công tác CCHC tại các cơ quan, đơn vị", "Sở Nội vụ",
                "Văn phòng UBND tỉnh", "Báo cáo kết quả", "Quý I/2023");
        assertDate(5, 6, LocalDate.of(2023, 3, 31));
        assertThat(text(5, 7)).isEqualTo("Đang thực hiện quá hạn");
        assertThat(cell(5, 8).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(cell(5, 9).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell(5, 9).getNumericCellValue()).isEqualTo(45.0);
    }

    @Test
    void completedLateRowCountsDaysUntilCompletion() {
        assertThat(texts(7, 0, 6)).containsExactly("1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "",
                "Báo cáo kết quả rà soát", "Tháng 01/2023");
        assertDate(7, 6, LocalDate.of(2023, 1, 31));
        assertThat(text(7, 7)).isEqualTo("Đã hoàn thành quá hạn");
        assertDate(7, 8, LocalDate.of(2023, 2, 10));
        assertThat(cell(7, 9).getNumericCellValue()).isEqualTo(10.0);
    }

    @Test
    void milestonesArePrintedOnePerLineInTheLastColumn() throws IOException {
        RegisterRow quarters = new RegisterRow(SECTION_I, "3", "Tuyên truyền CCHC", "Sở Nội vụ", List.of(), "Báo cáo",
                "Quý II, III năm 2023", LocalDate.of(2023, 9, 30), TaskStatus.IN_PROGRESS_ON_TIME, null,
                List.of("Quý II/2023 (30/06/2023): Đã báo cáo đúng hạn", "Quý III/2023 (30/09/2023): Chưa đến hạn"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                new RegisterWorkbook().write(PLAN, TODAY, List.of(quarters))))) {
            assertThat(book.getSheetAt(0).getRow(4).getCell(10).getStringCellValue()).isEqualTo(
                    "Quý II/2023 (30/06/2023): Đã báo cáo đúng hạn\nQuý III/2023 (30/09/2023): Chưa đến hạn");
        }
        assertThat(cell(4, 10).getCellType()).as("no milestones, empty cell").isEqualTo(CellType.BLANK);
    }

    @Test
    void taskWithoutDueDateLeavesDateCellsEmpty() {
        assertThat(texts(8, 0, 6)).containsExactly("a)", "Theo dõi thi hành pháp luật", "Sở Tư pháp", "", "", "Thường xuyên");
        assertThat(cell(8, 6).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(text(8, 7)).isEqualTo("Đang thực hiện trong hạn");
    }

    @Test
    void panesFilterPrintAndWidths() {
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
        assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isZero();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:K9");
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getLandscape()).isTrue();
        assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getFitWidth()).isEqualTo((short) 1);
        assertThat(print.getFitHeight()).isZero();
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
        assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0) * 5);
    }

    @Test
    void emptyRegisterStillHasHeadingHeaderAndFilter() throws IOException {
        try (XSSFWorkbook empty = new XSSFWorkbook(new ByteArrayInputStream(new RegisterWorkbook().write(PLAN, TODAY, List.of())))) {
            XSSFSheet only = empty.getSheetAt(0);
            assertThat(only.getLastRowNum()).isEqualTo(2);
            assertThat(only.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:K3");
        }
    }

    @Test
    void streamingOverloadWritesToTheGivenStream() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new RegisterWorkbook().write(PLAN, TODAY, rows(), out);
        try (XSSFWorkbook streamed = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(streamed.getSheetAt(0).getLastRowNum()).isEqualTo(8);
            assertThat(streamed.getSheetAt(0).getRow(7).getCell(9).getNumericCellValue()).isEqualTo(10.0);
        }
    }

    private Cell cell(int row, int column) {
        return sheet.getRow(row).getCell(column);
    }

    private String text(int row, int column) {
        return cell(row, column).getStringCellValue();
    }

    private List<String> texts(int row, int from, int to) {
        return java.util.stream.IntStream.range(from, to).mapToObj(column -> text(row, column)).toList();
    }

    private boolean bold(int row, int column) {
        return workbook.getFontAt(cell(row, column).getCellStyle().getFontIndex()).getBold();
    }

    private void assertDate(int row, int column, LocalDate expected) {
        Cell cell = cell(row, column);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
    }
}
