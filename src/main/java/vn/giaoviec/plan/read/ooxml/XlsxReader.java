package vn.giaoviec.plan.read.ooxml;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import vn.giaoviec.plan.read.GridRow;
import vn.giaoviec.plan.read.table.HeaderDetector;
import vn.giaoviec.plan.read.PlanReadException;
import vn.giaoviec.plan.read.ReadBudget;
import vn.giaoviec.plan.read.SourceDocument;

/**
 * An Excel workbook, streamed part by part (never loaded whole): the rows of the first sheet that
 * holds an appendix header (all sheets' rows when none does, so the assembler reports what is
 * missing). Formulas are never evaluated: a formula cell shows the value Excel saved with it.
 */
public final class XlsxReader {

    private XlsxReader() {
    }

    public static SourceDocument read(ZipParts parts, ReadBudget budget) {
        budget.subject("Bảng tính");
        try {
            List<String> sheets = sheetPaths(parts, budget);
            List<String> strings = XlsxSharedStrings.read(parts, budget);
            XlsxStyles styles = XlsxStyles.read(parts, budget);
            List<GridRow> all = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (String sheet : sheets) {
                List<GridRow> rows;
                try (InputStream in = parts.open(sheet)) {
                    if (in == null) {
                        continue;
                    }
                    rows = new XlsxSheet(new SafeXml(in, budget.limits().maxXmlDepth()), budget, strings, styles).rows();
                }
                rows.forEach(row -> text.append(String.join("\n", row.cells())).append('\n'));
                if (HeaderDetector.contains(rows)) {
                    return new SourceDocument(rows, text.toString());
                }
                all.addAll(rows);
            }
            return new SourceDocument(all, text.toString());
        } catch (IOException e) {
            throw new PlanReadException(OoxmlMessages.CORRUPT, e);
        }
    }

    /** The worksheets in workbook order, as part names ("xl/worksheets/sheet1.xml"). */
    private static List<String> sheetPaths(ZipParts parts, ReadBudget budget) throws IOException {
        Map<String, String> targets = new LinkedHashMap<>();
        try (InputStream in = parts.open("xl/_rels/workbook.xml.rels")) {
            if (in != null) {
                SafeXml xml = new SafeXml(in, budget.limits().maxXmlDepth());
                for (int e = xml.next(); e != -1; e = xml.next()) {
                    if (e == XMLStreamConstants.START_ELEMENT && xml.name().equals("Relationship")) {
                        targets.put(xml.attribute("Id"), partName(xml.attribute("Target")));
                    }
                }
            }
        }
        List<String> sheets = new ArrayList<>();
        try (InputStream in = parts.open("xl/workbook.xml")) {
            if (in == null) {
                throw new PlanReadException(OoxmlMessages.CORRUPT);
            }
            SafeXml xml = new SafeXml(in, budget.limits().maxXmlDepth());
            for (int e = xml.next(); e != -1; e = xml.next()) {
                if (e == XMLStreamConstants.START_ELEMENT && xml.name().equals("sheet")) {
                    String target = targets.get(xml.attribute("id"));
                    // each sheet once: a workbook listing one sheet 256 times would have it read 256 times
                    if (target != null && sheets.size() < 256 && !sheets.contains(target)) {
                        sheets.add(target);
                    }
                }
            }
        }
        return sheets;
    }

    private static String partName(String target) {
        if (target == null) {
            return "";
        }
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }
}
