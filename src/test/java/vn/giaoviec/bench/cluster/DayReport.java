package vn.giaoviec.bench.cluster;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.giaoviec.bench.BenchmarkReport;
import vn.giaoviec.bench.Latencies;

/**
 * B4's rows: each action of the morning with Giao Việc's figures beside the stock-settings run's and
 * their ratio, then each run's totals with CPU per operation, and the ratios of the totals. A ratio
 * (Giao Việc / stock) holds on a machine shared with others where an absolute figure does not: below 1
 * is better for a time or a cost, above 1 for a rate.
 */
final class DayReport {

    private final BenchmarkReport report;

    DayReport(BenchmarkReport report) {
        this.report = report;
    }

    /** Giao Việc's run alone (no baseline asked for). */
    void write(DayInTheLife.Result ours, String ourSettings) {
        for (Map.Entry<String, Latencies> action : new TreeMap<>(ours.actions()).entrySet()) {
            report.add("B4 " + action.getKey(), NodeBenchmarks.DATABASE, describe(action.getValue(), ours.seconds()), "như B4 tổng");
        }
        total(ours, ourSettings);
        failOnErrors(ours);
    }

    void write(DayInTheLife.Result ours, String ourSettings, DayInTheLife.Result stock, String stockSettings) {
        TreeSet<String> actions = new TreeSet<>(ours.actions().keySet());
        actions.addAll(stock.actions().keySet());
        for (String action : actions) {
            Latencies a = ours.actions().get(action);
            Latencies b = stock.actions().get(action);
            report.add("B4 " + action, NodeBenchmarks.DATABASE, describe(a, ours.seconds()) + " · mặc định: " + describe(b, stock.seconds())
                    + (a == null || b == null ? "" : String.format(" · tỉ lệ p95 %.2f", a.percentile(95) / b.percentile(95))),
                    "như B4 tổng; tỉ lệ = Giao Việc / Camunda mặc định");
        }
        total(ours, ourSettings);
        total(stock, stockSettings);
        report.add("B4 tỉ lệ Giao Việc / Camunda mặc định", NodeBenchmarks.DATABASE, String.format(
                        "thao tác/giây %.2f · CPU/thao tác %.2f (ứng dụng %.2f, PostgreSQL %.2f; không tính JIT %.2f)"
                                + " · p95 mọi thao tác %.2f · dòng ghi/thao tác %.2f", ours.perSecond() / stock.perSecond(),
                        ours.cpuPerOperation() / stock.cpuPerOperation(),
                        perOperation(ours.cpu().applicationMillis(), ours) / perOperation(stock.cpu().applicationMillis(), stock),
                        perOperation(ours.cpu().databaseMillis(), ours) / perOperation(stock.cpu().databaseMillis(), stock),
                        steady(ours) / steady(stock),
                        all(ours).percentile(95) / all(stock).percentile(95),
                        perOperation(ours.cpu().rowsWritten(), ours) / perOperation(stock.cpu().rowsWritten(), stock)),
                "cùng lần chạy, cùng máy; dưới 1 tốt hơn (trừ thao tác/giây: trên 1 tốt hơn)");
        failOnErrors(ours);
        failOnErrors(stock);
    }

    private void failOnErrors(DayInTheLife.Result result) {
        if (result.errors() > 0) {
            report.fail("B4 (" + result.setup() + "): " + result.errors() + " lỗi");
        }
    }

    private void total(DayInTheLife.Result r, String settings) {
        String configuration = r.workload() + "; " + settings;
        CpuMeter.Window cpu = r.cpu();
        report.add("B4 tổng (" + r.setup() + ")", NodeBenchmarks.DATABASE, String.format(
                "%d thao tác · %.1f thao tác/giây · lỗi %d · xung đột %d · p95 mọi thao tác %.1f ms · CPU %.1f ms/thao tác"
                        + " (ứng dụng %.1f, trong đó biên dịch JIT %.1f, + PostgreSQL %.1f) · khi đã nóng máy (không tính JIT)"
                        + " %.1f ms/thao tác · %.1f giao dịch, %.0f dòng đọc, %.1f dòng ghi/thao tác · đăng nhập"
                        + " p95 %.0f ms (n=%d, lúc bắt đầu) · %d/%d nhiệm vụ đã xong", r.operations(), r.perSecond(), r.errors(),
                r.conflicts(), all(r).percentile(95), r.cpuPerOperation(), perOperation(cpu.applicationMillis(), r),
                perOperation(cpu.jitMillis(), r), perOperation(cpu.databaseMillis(), r),
                steady(r), perOperation(cpu.transactions(), r), perOperation(cpu.rowsRead(), r),
                perOperation(cpu.rowsWritten(), r), r.signIn().percentile(95), r.signIn().count(), r.approved(), r.tasks()),
                configuration);
    }

    private static double steady(DayInTheLife.Result r) {
        return perOperation(r.cpu().steadyApplicationMillis() + r.cpu().databaseMillis(), r);
    }

    private static double perOperation(double amount, DayInTheLife.Result r) {
        return r.operations() == 0 ? Double.NaN : amount / r.operations();
    }

    private static String describe(Latencies l, int seconds) {
        return l == null ? "—" : String.format("%.1f/giây · %s", l.count() / (double) seconds, l.summary());
    }

    /** Every action's latencies together. */
    private static Latencies all(DayInTheLife.Result r) {
        Latencies all = new Latencies(4096);
        for (Map.Entry<String, Latencies> action : new TreeMap<>(r.actions()).entrySet()) {
            action.getValue().forEach(all::addMillis);
        }
        return all;
    }
}
