package vn.giaoviec.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one run, in sections (B1–B2 in this JVM; B3–B4 with application processes): printed,
 * and written to docs/benchmarks.md with the machine. A run replaces the sections it measured and keeps
 * the others of the file, so "bench/run nodes" does not erase the B1–B2 figures.
 */
public final class BenchmarkReport {

    static final String HEADING = "# Đo hiệu năng (benchmarks)";
    private final Map<String, List<String[]>> sections = new LinkedHashMap<>();
    private String section = "B1–B2";

    private final List<String> failures = new ArrayList<>();

    /** A benchmark whose checks failed (duplicates, errors): the run still writes its figures, then exits 1. */
    public void fail(String failure) {
        failures.add(failure);
        System.out.println("KHÔNG ĐẠT: " + failure);
    }

    public List<String> failures() {
        return failures;
    }

    /** Rows added from now on belong to this section (a "## " heading of the file). */
    public void section(String title) {
        section = title;
    }

    public void add(String benchmark, String database, String figure, String configuration) {
        sections.computeIfAbsent(section, s -> new ArrayList<>()).add(new String[] {benchmark, database, figure, configuration});
        System.out.printf("%-38s %-12s %s%n", benchmark, database, figure);
    }

    /** Every row of the run, one table. */
    public String table() {
        List<String[]> all = new ArrayList<>();
        sections.values().forEach(all::addAll);
        return table(all);
    }

    private static String table(List<String[]> rows) {
        StringBuilder out = new StringBuilder("| Phép đo | CSDL | Kết quả | Cấu hình |\n|---|---|---|---|\n");
        rows.forEach(r -> out.append("| ").append(String.join(" | ", r)).append(" |\n"));
        return out.toString();
    }

    /** The hand-written section of the file, kept last. */
    static final String NOTES = "Ghi chú";

    public void write(Path file, String title) throws IOException {
        // every section of the file is kept (hand-written ones too, e.g. "Ghi chú"), except those measured now
        Map<String, String> merged = new LinkedHashMap<>();
        if (Files.exists(file)) {
            String old = Files.readString(file).replaceAll("(?m)^Chạy lại: `bench/run` \\(xem README, mục \"Đo hiệu năng\"\\)\\.\n", "");
            String[] parts = old.split("\n## ");
            for (int i = 1; i < parts.length; i++) {
                int newline = parts[i].indexOf('\n');
                merged.put(parts[i].substring(0, newline), parts[i].substring(newline + 1).strip() + "\n");
            }
        }
        String date = LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        sections.forEach((name, rows) -> merged.put(name, title + " — " + date + ". " + machine() + "\n" + table(rows)));
        String notes = merged.remove(NOTES);
        StringBuilder text = new StringBuilder(HEADING + "\n");
        merged.forEach((name, body) -> text.append("\n## ").append(name).append("\n\n").append(body));
        text.append("\nChạy lại: `bench/run` (xem README, mục \"Đo hiệu năng\").\n");
        if (notes != null) {
            text.append("\n## ").append(NOTES).append("\n\n").append(notes);
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.toString());
    }

    public static String machine() {
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
