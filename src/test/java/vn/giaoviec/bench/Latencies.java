package vn.giaoviec.bench;

import java.util.Arrays;

/** Response times of repeated calls, in milliseconds, with their percentiles; safe for concurrent callers. */
public final class Latencies {

    private double[] millis;
    private int count;

    public Latencies(int initialCapacity) {
        this.millis = new double[Math.max(16, initialCapacity)];
    }

    public void add(long nanos) {
        addMillis(nanos / 1_000_000.0);
    }

    public synchronized void addMillis(double value) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = value;
    }

    /** Every recorded time, in milliseconds. */
    public synchronized void forEach(java.util.function.DoubleConsumer each) {
        for (int i = 0; i < count; i++) {
            each.accept(millis[i]);
        }
    }

    public synchronized int count() {
        return count;
    }

    public synchronized double percentile(double p) {
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
    }

    public String summary() {
        return String.format("p50 %.1f ms · p95 %.1f ms · p99 %.1f ms (n=%d)", percentile(50), percentile(95),
                percentile(99), count());
    }
}
