package vn.giaoviec.bench.cluster;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** What every check and benchmark with real application processes shares: the project root, log lines, time. */
final class Run {

    static final Path ROOT = Path.of("").toAbsolutePath();

    private Run() {
    }

    static void log(String format, Object... args) {
        System.out.printf("[%s] %s%n", DateTimeFormatter.ISO_LOCAL_TIME.format(LocalTime.now()).substring(0, 8),
                String.format(format, args));
    }

    static double seconds(long fromNanos) {
        return (System.nanoTime() - fromNanos) / 1e9;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
