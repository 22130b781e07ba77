package vn.giaoviec.plan.read;

import java.util.List;

/** GoldenTsv for the tests of the format sub-packages. */
public final class GoldenTsvAccess {

    private GoldenTsvAccess() {
    }

    public static String format(List<AppendixRow> rows) {
        return GoldenTsv.format(rows);
    }

    public static List<String> lines(List<AppendixRow> rows) {
        return GoldenTsv.lines(rows);
    }
}
