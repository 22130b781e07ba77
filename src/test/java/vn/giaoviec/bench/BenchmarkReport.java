package vn.giaoviec.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The figures of one run: printed as a table and written to docs/benchmarks.md with the machine. */
final class BenchmarkReport {

    private final List<String[]> rows = new ArrayList<>();

    void add(String benchmark, String database, String figure, String configuration) {
        rows.add(new String[] {benchmark, database, figure, configuration});
        System.out.printf("%-38s %-12s %s%n", benchmark, database, figure);
    }

    String table() {
        StringBuilder out = new StringBuilder("| Phép đo | CSDL | Kết quả | Cấu hình |\n|---|---|---|---|\n");
        rows.forEach(r -> out.append("| ").append(String.join(" | ", r)).append(" |\n"));
        return out.toString();
    }

    void write(Path file, String title) throws IOException {
        String text = "# Đo hiệu năng (benchmarks)\n\n" + title + " — "
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")) + "\n\n"
                + machine() + "\n" + table() + "\nChạy lại: `bench/run` (xem README, mục \"Đo hiệu năng\").\n";
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static String machine() {
        return "Máy: " + Runtime.getRuntime().availableProcessors() + " lõi (" + cpuModel() + "), "
                + Math.round(totalMemoryGiB()) + " GiB RAM; Java " + System.getProperty("java.version")
                + "; heap tối đa " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB.\n";
    }

    private static volatile long peakHeap;

    /** Samples the used heap every 50 ms for the whole run (a daemon thread). */
    static void watchHeap() {
        Thread sampler = new Thread(() -> {
            while (true) {
                peakHeap = Math.max(peakHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Peak used heap (sampled) and the process's peak resident memory, in MiB. */
    static String memory() {
        return "heap dùng tối đa " + peakHeap / (1024 * 1024) + " MiB / "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB · RSS đỉnh " + procStatus("VmHWM") / 1024 + " MiB";
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static double totalMemoryGiB() {
        return procMeminfo("MemTotal") / (1024.0 * 1024.0);
    }

    private static long procMeminfo(String key) {
        return readKb(Path.of("/proc/meminfo"), key);
    }

    private static long procStatus(String key) {
        return readKb(Path.of("/proc/self/status"), key);
    }

    private static long readKb(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(key + ":"))
                    .map(l -> l.replaceAll("[^0-9]", "")).mapToLong(Long::parseLong).findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }
}
