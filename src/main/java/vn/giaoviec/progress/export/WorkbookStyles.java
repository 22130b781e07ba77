package vn.giaoviec.progress.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the exported workbooks (register, scorecard), created once per workbook (Excel caps a workbook at 64,000 styles). */
final class WorkbookStyles {

    static final String FONT_NAME = "Times New Roman";
    static final String DATE_FORMAT = "dd/mm/yyyy";
    static final String PERCENT_FORMAT = "0.0%";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle section;
    final CellStyle text;
    final CellStyle centered;
    final CellStyle date;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle totalText;
    final CellStyle totalInteger;
    final CellStyle totalPercent;

    private final Workbook workbook;

    WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        Font regular = font(false, false, 12);
        Font bold = font(true, false, 12);
        title = plain(font(true, false, 14), HorizontalAlignment.CENTER);
        subtitle = plain(font(false, true, 12), HorizontalAlignment.CENTER);
        header = filled(cell(bold, HorizontalAlignment.CENTER, VerticalAlignment.CENTER), IndexedColors.GREY_25_PERCENT);
        section = filled(cell(bold, HorizontalAlignment.LEFT, VerticalAlignment.CENTER), IndexedColors.LEMON_CHIFFON);
        text = cell(regular, HorizontalAlignment.LEFT, VerticalAlignment.TOP);
        centered = cell(regular, HorizontalAlignment.CENTER, VerticalAlignment.TOP);
        date = formatted(cell(regular, HorizontalAlignment.CENTER, VerticalAlignment.TOP), DATE_FORMAT);
        integer = formatted(cell(regular, HorizontalAlignment.CENTER, VerticalAlignment.TOP), "0");
        percent = formatted(cell(regular, HorizontalAlignment.CENTER, VerticalAlignment.TOP), PERCENT_FORMAT);
        totalText = cell(bold, HorizontalAlignment.CENTER, VerticalAlignment.TOP);
        totalInteger = formatted(cell(bold, HorizontalAlignment.CENTER, VerticalAlignment.TOP), "0");
        totalPercent = formatted(cell(bold, HorizontalAlignment.CENTER, VerticalAlignment.TOP), PERCENT_FORMAT);
    }

    private Font font(boolean bold, boolean italic, int points) {
        Font font = workbook.createFont();
        font.setFontName(FONT_NAME);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    private CellStyle plain(Font font, HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        return style;
    }

    private CellStyle cell(Font font, HorizontalAlignment alignment, VerticalAlignment vertical) {
        CellStyle style = plain(font, alignment);
        style.setVerticalAlignment(vertical);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private CellStyle filled(CellStyle style, IndexedColors color) {
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private CellStyle formatted(CellStyle style, String format) {
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
