package vn.giaoviec.deadline;

import java.util.List;

/**
 * Throughput of {@link DeadlineParser} on a mix of real phrases; part of the benchmark suite
 * ({@code bench/run}), not of the test run.
 */
public final class DeadlineParserBenchmark {

    private static final List<String> PHRASES = List.of(
            "Quý IV năm 2022", "Quý I/2023", "Tháng 01/2023", "Tháng 8 năm 2023", "Năm 2023",
            "Quý II, III năm 2023", "Quý IV/2022 và theo định kỳ", "Định kỳ trong năm 2023",
            "Theo BC CCHC định kỳ", "Thường xuyên", "Sau khi có kết quả công bố",
            "Theo quy định của cơ quan có thẩm quyền", "hoàn thành trước ngày 10/02/2023",
            "Từ tháng 3 đến tháng 6/2023", "Quy I / 2023", "THANG 01 NAM 2023", "abc xyz", "31/02/2023");

    private final DeadlineParser parser = new DeadlineParser();
    private long sink;

    public static void main(String[] args) {
        System.out.printf("%,d phrases per second%n", measure(5));
    }

    /** Phrases parsed per second over {@code seconds} seconds, after a warm-up; also used by the benchmark suite. */
    public static long measure(int seconds) {
        DeadlineParserBenchmark benchmark = new DeadlineParserBenchmark();
        benchmark.run(2_000);
        long start = System.nanoTime();
        long parsed = 0;
        while (System.nanoTime() - start < seconds * 1_000_000_000L) {
            parsed += benchmark.run(1);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return Math.round(parsed / elapsed);
    }

    private long run(int rounds) {
        long count = 0;
        for (int r = 0; r < rounds; r++) {
            for (String phrase : PHRASES) {
                sink += parser.parse(phrase, 2023).dueDates().size();
                count++;
            }
        }
        return count;
    }
}
