package vn.giaoviec.plan.read;

import java.util.List;
import java.util.stream.Collectors;

/** The golden-file form of rows: one line per task, tab-separated, "\n" inside a cell written as "\\n". */
final class GoldenTsv {

    static final String HEADER = "section\tstt\tparent\ttitle\tlead\tcoordinators\tproduct\tdeadline";

    private GoldenTsv() {
    }

    static List<String> lines(List<AppendixRow> rows) {
        return rows.stream().map(GoldenTsv::line).toList();
    }

    static String format(List<AppendixRow> rows) {
        return HEADER + "\n" + lines(rows).stream().collect(Collectors.joining("\n")) + "\n";
    }

    private static String line(AppendixRow row) {
        return String.join("\t", cell(row.section()), cell(row.stt()), cell(row.parent()), cell(row.title()),
                cell(row.lead()), cell(row.coordinators()), cell(row.product()), cell(row.deadlineText()));
    }

    private static String cell(String text) {
        return text == null ? "∅" : text.replace("\n", "\\n");
    }
}
