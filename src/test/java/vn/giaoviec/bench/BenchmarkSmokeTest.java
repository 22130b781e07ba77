package vn.giaoviec.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giaoviec.testsupport.PostgresTestDatabase;

/** The benchmark suite still runs end to end (tiny sizes); the real figures come from bench/run. */
class BenchmarkSmokeTest {

    @Test
    void everyBenchmarkProducesAFigure() throws Exception {
        BenchmarkDatabase database = PostgresTestDatabase.selected() ? BenchmarkDatabase.POSTGRESQL : BenchmarkDatabase.H2;
        String table = new BenchmarkSuite(true).run(List.of(database)).table();

        assertThat(table).contains("Phân tích thời hạn", "B1 xem trước kế hoạch", "B1 ghi kế hoạch",
                "B2 hộp việc chuyên viên", "B2 hộp việc đơn vị", "B2 tiến độ kế hoạch", "B2 trang kế hoạch", "Bộ nhớ");
        assertThat(table).containsPattern("B1 ghi kế hoạch \\d+ nhiệm vụ \\| .* \\| [\\d.]+ s · \\d+ quy trình/giây");
        assertThat(table).containsPattern("B2 hộp việc đơn vị.*p95 [\\d.]+ ms");
    }
}
