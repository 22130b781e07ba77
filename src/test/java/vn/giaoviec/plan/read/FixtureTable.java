package vn.giaoviec.plan.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.giaoviec.plan.read.table.Numbering;

/**
 * The appendix of a plan laid out as table lines, built back from parsed rows: header, section rows,
 * parent heading rows for a)/b) children, the header repeated mid-table, and one task cut by a page
 * break whose rest comes on a continuation row after the repeated header. Format writers render it.
 */
final class FixtureTable {

    static final List<String> HEADER = List.of("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
            "Sản phẩm", "Thời gian hoàn thành");

    sealed interface Line permits Header, Section, Cells {
    }

    record Header() implements Line {
    }

    record Section(String title) implements Line {
    }

    record Cells(List<String> cells) implements Line {
        String cell(int i) {
            return cells.get(i);
        }
    }

    private FixtureTable() {
    }

    /** Lines for the rows; the row at index {@code splitRow} is cut by a page break, another break comes at {@code repeatAt}. */
    static List<Line> lines(List<AppendixRow> rows, int splitRow, int repeatAt) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Header());
        String section = null;
        String parent = null;
        int lastNumber = 0;
        for (int i = 0; i < rows.size(); i++) {
            AppendixRow row = rows.get(i);
            if (!row.section().equals(section)) {
                section = row.section();
                lines.add(new Section(section));
                lastNumber = 0;
            }
            if (row.parent() != null && !row.parent().equals(parent)) {
                lines.add(new Cells(List.of(String.valueOf(lastNumber + 1), row.parent(), "", "", "", "")));
            }
            parent = row.parent();
            if (Numbering.isNumber(row.stt())) {
                lastNumber = Integer.parseInt(row.stt().replace(".", ""));
            }
            if (i == repeatAt) {
                lines.add(new Header());
            }
            if (i == splitRow) {
                addSplit(lines, row);
            } else {
                lines.add(cells(row));
            }
        }
        return lines;
    }

    private static void addSplit(List<Line> lines, AppendixRow row) {
        String[] title = halves(row.title());
        String[] deadline = lastWordApart(row.deadlineText());
        lines.add(new Cells(List.of(row.stt(), title[0], row.lead(), row.coordinators(), row.product(), deadline[0])));
        lines.add(new Header());
        lines.add(new Cells(List.of("", title[1], "", "", "", deadline[1])));
    }

    private static Cells cells(AppendixRow row) {
        return new Cells(List.of(row.stt(), row.title(), row.lead(), row.coordinators(), row.product(), row.deadlineText()));
    }

    private static String[] halves(String text) {
        String[] words = text.split(" ");
        int middle = words.length / 2;
        return new String[] {String.join(" ", Arrays.copyOfRange(words, 0, middle)),
                String.join(" ", Arrays.copyOfRange(words, middle, words.length))};
    }

    private static String[] lastWordApart(String text) {
        int space = text.lastIndexOf(' ');
        return new String[] {text.substring(0, space), text.substring(space + 1)};
    }
}
