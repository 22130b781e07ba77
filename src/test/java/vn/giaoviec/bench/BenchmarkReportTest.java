package vn.giaoviec.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/benchmarks.md: a run replaces the sections it measured and keeps every other one, notes last. */
class BenchmarkReportTest {

    @Test
    void aRunReplacesItsSectionsAndKeepsTheOthersAndTheNotes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("benchmarks.md");
        BenchmarkReport first = new BenchmarkReport();
        first.section("B1–B2");
        first.add("B1", "PostgreSQL", "100/giây", "cũ");
        first.section("B3–B4");
        first.add("B3", "PostgreSQL", "60 s", "cũ");
        first.write(file, "Kết quả đầy đủ");
        Files.writeString(file, Files.readString(file) + "\n## Ghi chú\n\n- Chạy lại: ghi tay, phải còn.\n");

        BenchmarkReport second = new BenchmarkReport();
        second.section("B1–B2");
        second.add("B1", "PostgreSQL", "500/giây", "mới");
        second.write(file, "Kết quả đầy đủ");

        String text = Files.readString(file);
        assertThat(text).contains("500/giây", "| B3 | PostgreSQL | 60 s | cũ |", "- Chạy lại: ghi tay, phải còn.")
                .doesNotContain("100/giây");
        assertThat(text.indexOf("## Ghi chú")).isGreaterThan(text.indexOf("## B3–B4"));
        assertThat(text.split("Chạy lại: `bench/run`", -1)).hasSize(2);
    }
}
