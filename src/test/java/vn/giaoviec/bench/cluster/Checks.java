package vn.giaoviec.bench.cluster;

import java.util.ArrayList;
import java.util.List;

/** Checks collected with their figures; any failure fails the run. */
final class Checks {
    private final String title;
    private final List<String> failures = new ArrayList<>();

    Checks(String title) {
        this.title = title;
    }

    void equal(String what, long actual, long expected) {
        boolean ok = actual == expected;
        System.out.printf("  %-62s %8d  %s%n", what, actual, ok ? "ok" : "SAI (cần " + expected + ")");
        if (!ok) {
            failures.add(what + " = " + actual + ", cần " + expected);
        }
    }

    void that(String what, boolean ok, String detail) {
        System.out.printf("  %-62s %8s  %s%n", what, detail, ok ? "ok" : "SAI");
        if (!ok) {
            failures.add(what + ": " + detail);
        }
    }

    void info(String what, Object value) {
        System.out.printf("  %-62s %8s%n", what, value);
    }

    boolean passed() {
        if (failures.isEmpty()) {
            System.out.println("== " + title + ": ĐẠT");
            return true;
        }
        System.out.println("== " + title + ": KHÔNG ĐẠT — " + String.join("; ", failures));
        return false;
    }
}
