package vn.giaoviec.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.giaoviec.agency.AgencyKind;
import vn.giaoviec.plan.read.GridRow;
import vn.giaoviec.plan.read.PlanReadException;
import vn.giaoviec.plan.read.ReadBudget;
import vn.giaoviec.plan.read.ReadLimits;
import vn.giaoviec.plan.read.SourceDocument;
import vn.giaoviec.plan.read.ooxml.XlsxReader;
import vn.giaoviec.plan.read.ooxml.ZipParts;
import vn.giaoviec.text.VietnameseText;

/**
 * A list of agencies in an Excel workbook: a header row with the columns "Tên", "Loại" (Sở / Huyện /
 * Xã), optionally "Mã" and "Tên gọi khác" (several names separated by ";" or on separate lines in the
 * cell), then one agency a row. Read with the streamed reader and the budgets of plan import
 * ({@link ReadLimits}): never the whole workbook in memory, nothing evaluated.
 */
final class AgencyList {

    static final String NOT_XLSX = "Chỉ nhận danh sách cơ quan là tệp Excel (.xlsx).";
    static final String NO_HEADER = "Không tìm thấy dòng tiêu đề có cột \"Tên\" và cột \"Loại\" (Sở / Huyện / Xã).";
    static final String EMPTY = "Danh sách không có cơ quan nào.";

    /** One row of the list as read; {@code kind} is null when the cell is not Sở, Huyện or Xã. */
    record Line(int row, String name, String kindText, AgencyKind kind, String code, List<String> aliases) {
    }

    private AgencyList() {
    }

    static List<Line> read(byte[] bytes, ReadLimits limits) {
        if (bytes == null || bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new PlanReadException(NOT_XLSX);
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw new PlanReadException("Tệp lớn hơn " + ReadBudget.number(limits.maxFileBytes() / (1024 * 1024)) + " MB: danh sách cơ quan không lớn như vậy, hãy kiểm tra lại tệp.");
        }
        SourceDocument document;
        try (ZipParts parts = ZipParts.open(bytes, limits)) {
            if (!parts.has("xl/workbook.xml")) {
                throw new PlanReadException(NOT_XLSX);
            }
            document = XlsxReader.read(parts, new ReadBudget(limits));
        }
        return lines(document.rows());
    }

    static List<Line> lines(List<GridRow> rows) {
        int header = -1;
        int name = -1;
        int kind = -1;
        int code = -1;
        int aliases = -1;
        for (int r = 0; r < rows.size() && header < 0; r++) {
            List<String> cells = rows.get(r).cells();
            int n = -1;
            int k = -1;
            int c = -1;
            int a = -1;
            for (int i = 0; i < cells.size(); i++) {
                String folded = VietnameseText.fold(cells.get(i).strip()).replaceAll("\\s+", " ");
                if (folded.contains("ten goi khac") || folded.contains("ten khac") || folded.contains("bi danh")) {
                    a = a < 0 ? i : a;
                } else if (folded.startsWith("ten") && n < 0) {
                    n = i;
                } else if (folded.startsWith("loai") && k < 0) {
                    k = i;
                } else if ((folded.equals("ma") || folded.startsWith("ma ")) && c < 0) {
                    c = i;
                }
            }
            if (n >= 0 && k >= 0) {
                header = r;
                name = n;
                kind = k;
                code = c;
                aliases = a;
            }
        }
        if (header < 0) {
            throw new PlanReadException(NO_HEADER);
        }
        List<Line> lines = new ArrayList<>();
        for (int r = header + 1; r < rows.size(); r++) {
            GridRow row = rows.get(r);
            if (row.isBlank()) {
                continue;
            }
            String kindText = clean(row.cell(kind));
            lines.add(new Line(r + 1, clean(row.cell(name)), kindText, kind(kindText),
                    code < 0 ? "" : clean(row.cell(code)), aliases < 0 ? List.of() : aliases(row.cell(aliases))));
        }
        if (lines.isEmpty()) {
            throw new PlanReadException(EMPTY);
        }
        return lines;
    }

    /** "Sở", "Sở, ban, ngành" → SO; "Huyện" → HUYEN; "Xã", "Phường", "Thị trấn" → XA; else null. */
    static AgencyKind kind(String text) {
        String folded = VietnameseText.fold(text == null ? "" : text.strip());
        if (folded.startsWith("so") || folded.startsWith("ban") || folded.startsWith("nganh")) {
            return AgencyKind.SO;
        }
        if (folded.startsWith("huyen") || folded.startsWith("cap huyen")) {
            return AgencyKind.HUYEN;
        }
        if (folded.startsWith("xa") || folded.startsWith("phuong") || folded.startsWith("thi tran")
                || folded.startsWith("dac khu") || folded.startsWith("cap xa")) {
            return AgencyKind.XA;
        }
        return null;
    }

    /** Aliases in one cell: separated by ";" or line breaks (a comma may be part of a name). */
    static List<String> aliases(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split("[;\\n]+")).map(AgencyList::clean).filter(a -> !a.isEmpty()).distinct().toList();
    }

    static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
