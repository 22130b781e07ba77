package vn.giaoviec.plan.read.ooxml;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import vn.giaoviec.plan.read.ReadBudget;

/** xl/styles.xml as far as the reader needs it: which cell styles are bold, and their number formats. */
final class XlsxStyles {

    private static final int MAX_STYLES = 65_536;

    private final List<Boolean> boldFonts = new ArrayList<>();
    private final List<int[]> cellStyles = new ArrayList<>(); // {fontId, numFmtId}
    private final Map<Integer, String> formats = new HashMap<>();

    static XlsxStyles read(ZipParts parts, ReadBudget budget) throws IOException {
        XlsxStyles styles = new XlsxStyles();
        try (InputStream in = parts.open("xl/styles.xml")) {
            if (in != null) {
                styles.parse(new SafeXml(in, budget.limits().maxXmlDepth()));
            }
        }
        return styles;
    }

    private void parse(SafeXml xml) {
        String section = "";
        for (int e = xml.next(); e != -1; e = xml.next()) {
            if (e == XMLStreamConstants.START_ELEMENT) {
                String name = xml.name();
                switch (name) {
                    case "fonts", "cellXfs", "cellStyleXfs" -> section = name;
                    case "font" -> add(boldFonts, Boolean.FALSE);
                    case "b" -> {
                        if (section.equals("fonts") && !boldFonts.isEmpty() && !"0".equals(xml.attribute("val"))
                                && !"false".equals(xml.attribute("val"))) {
                            boldFonts.set(boldFonts.size() - 1, Boolean.TRUE);
                        }
                    }
                    case "xf" -> {
                        if (section.equals("cellXfs")) {
                            add(cellStyles, new int[] {XlsxCellRef.number(xml.attribute("fontId")), XlsxCellRef.number(xml.attribute("numFmtId"))});
                        }
                    }
                    case "numFmt" -> {
                        if (formats.size() < MAX_STYLES) {
                            formats.put(XlsxCellRef.number(xml.attribute("numFmtId")), xml.attribute("formatCode"));
                        }
                    }
                    default -> { }
                }
            } else if (e == XMLStreamConstants.END_ELEMENT && xml.name().equals(section)) {
                section = "";
            }
        }
    }

    private static <T> void add(List<T> list, T value) {
        if (list.size() >= MAX_STYLES) {
            throw ReadBudget.tooLarge("có hơn " + ReadBudget.number(MAX_STYLES) + " kiểu định dạng ô");
        }
        list.add(value);
    }

    boolean bold(int style) {
        if (style < 0 || style >= cellStyles.size()) {
            return false;
        }
        int font = cellStyles.get(style)[0];
        return font >= 0 && font < boldFonts.size() && boldFonts.get(font);
    }

    int formatId(int style) {
        return style < 0 || style >= cellStyles.size() ? 0 : cellStyles.get(style)[1];
    }

    String formatString(int style) {
        int id = formatId(style);
        String custom = formats.get(id);
        if (custom != null) {
            return custom;
        }
        String builtin = BuiltinFormats.getBuiltinFormat(id);
        return builtin == null ? "General" : builtin;
    }
}
