package vn.giaoviec.plan.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class Seed000Test {

    private final ParsedAppendix parsed = Seeds.read(Seeds.SEED_000);

    @Test
    void everyRowMatchesTheHandCheckedGoldenFile() {
        List<String> actual = GoldenTsv.lines(parsed.rows());
        List<String> expected = Seeds.expected000();
        assertThat(actual).hasSize(58);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("dòng nhiệm vụ %d", i + 1).isEqualTo(expected.get(i));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void countsRowsPerSectionAndNumbersThemInReadingOrder() {
        Map<String, Long> perSection = parsed.rows().stream().collect(Collectors.groupingBy(
                AppendixRow::section, LinkedHashMap::new, Collectors.counting()));
        assertThat(perSection.keySet()).containsExactly(
                "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH",
                "II. CẢI CÁCH THỂ CHẾ",
                "III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
                "IV. CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC",
                "V. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
                "VI. CẢI CÁCH TÀI CHÍNH CÔNG",
                "VII. XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
                "VIII. ĐÁNH GIÁ TÁC ĐỘNG CỦA CCHC ĐẾN NGƯỜI DÂN, TỔ CHỨC VÀ PHÁT TRIỂN KINH TẾ - XÃ HỘI");
        assertThat(perSection.values()).containsExactly(11L, 5L, 10L, 5L, 7L, 6L, 10L, 4L);
        assertThat(parsed.rows()).extracting(AppendixRow::row)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 58).boxed().toList());
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void mergesRowsContinuedAfterAPageBreak() {
        AppendixRow remedy = row("Tham mưu UBND tỉnh chỉ đạo khắc phục");
        assertThat(remedy.title()).endsWith("kết quả đánh giá xếp loại chỉ số Par Index, chỉ số SIPAS và chỉ số PAPI năm 2022 của tỉnh.");
        // The seed writes "bổ" (a typo for "bố"); the reader keeps the text as written.
        assertThat(remedy.deadlineText()).isEqualTo("Sau khi có kết quả công bổ");
        assertThat(row("Tiếp nhận và xử lý phản ánh").title()).endsWith("tổ chức liên quan đến quy định hành chính.");
        AppendixRow jobs = row("Tiếp tục xây dựng, hoàn thiện Đề án vị trí việc làm");
        assertThat(jobs.title()).endsWith("cơ cấu số lượng lãnh đạo cấp phó đúng quy định.");
        assertThat(jobs.coordinators()).isEqualTo("Sở Nội vụ");
        assertThat(parsed.rows()).filteredOn(r -> r.title().startsWith("đạo cấp phó")).isEmpty();
    }

    @Test
    void siblingRowsWithoutNumberAreTasksAndParentHeadingsAreNot() {
        AppendixRow sibling = row("Xây dựng Kế hoạch CCHC của cơ quan, đơn vị năm 2023.");
        assertThat(sibling.stt()).isEmpty();
        assertThat(sibling.lead()).isEqualTo("Các cơ quan, đơn vị");
        AppendixRow child = row("Tuyển dụng viên chức.");
        assertThat(child.stt()).isEqualTo("b)");
        assertThat(child.parent()).startsWith("Tuyển dụng công chức, viên chức thực hiện đúng trình tự");
        assertThat(parsed.rows()).noneMatch(r -> r.title().startsWith("Tuyển dụng công chức, viên chức thực hiện"));
    }

    @Test
    void readsMetadata() {
        assertThat(parsed.metadata()).isEqualTo(new PlanMetadata(null,
                "Kế hoạch cải cách hành chính năm 2023", 2023, "UBND tỉnh Vĩnh Long"));
    }

    @Test
    void theSharedSeedReadsTheSameAsTheCopy() throws Exception {
        Optional<Path> folder = Seeds.sharedFolder();
        assumeTrue(folder.isPresent() && Files.exists(folder.get().resolve(Seeds.SEED_000)),
                "../shared/seeds is not beside the project: the copy in test resources is read instead");
        try (InputStream in = Files.newInputStream(folder.get().resolve(Seeds.SEED_000))) {
            assertThat(new AppendixReader().read(Seeds.SEED_000, in).rows()).isEqualTo(parsed.rows());
        }
    }

    private AppendixRow row(String titleStart) {
        return parsed.rows().stream().filter(r -> r.title().startsWith(titleStart)).findFirst().orElseThrow();
    }
}
