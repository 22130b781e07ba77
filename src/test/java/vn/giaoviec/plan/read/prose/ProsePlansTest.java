package vn.giaoviec.plan.read.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.giaoviec.plan.read.AppendixReader;
import vn.giaoviec.plan.read.AppendixRow;
import vn.giaoviec.plan.read.GoldenTsvAccess;
import vn.giaoviec.plan.read.ParsedAppendix;
import vn.giaoviec.plan.read.ReadWarning;

/**
 * Seeds 001 (OCR text without diacritics), 003 (a 2021–2030 programme) and 004 (a district plan) have no
 * appendix table: their "Tổ chức thực hiện" section is read as tasks, row for row as in the golden files
 * (src/test/resources/seeds/00N-expected.tsv, checked by hand against the seeds: lead from the heading,
 * one row per bullet or lettered item, coordinators after "phối hợp với", the deadline in the sentence
 * or the plan year).
 */
class ProsePlansTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"001", "003", "004"})
    void responsibilitiesMatchTheHandCheckedGoldenFile(String seed) {
        ParsedAppendix parsed = read(seed);
        List<String> expected = resource(seed + "-expected.tsv").lines().skip(1).toList();

        List<String> actual = GoldenTsvAccess.lines(parsed.rows());
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            assertThat(actual.get(i)).as("seed %s, dòng %d", seed, i + 1).isEqualTo(expected.get(i));
        }
        assertThat(actual).hasSameSizeAs(expected);
    }

    @Test
    void districtPlan004() {
        ParsedAppendix parsed = read("004");
        Map<String, Long> perLead = parsed.rows().stream().collect(Collectors.groupingBy(AppendixRow::lead,
                java.util.LinkedHashMap::new, Collectors.counting()));
        assertThat(perLead).containsEntry("Phòng Nội vụ huyện", 9L).containsEntry("Văn phòng HĐND - UBND huyện", 5L)
                .containsEntry("Phòng Tư pháp huyện", 1L).containsEntry("Trung tâm Văn hóa - Thông tin – Thể thao huyện", 3L);
        assertThat(parsed.rows().get(0).title()).endsWith("thực tiễn của địa phương, các chỉ tiêu không thấp hơn Kế hoạch"
                + " này, hoàn thành trước ngày 10/02/2023");
        assertThat(parsed.rows().get(0).deadlineText()).isEqualTo("Hoàn thành trước ngày 10/02/2023");
        assertThat(parsed.rows()).filteredOn(r -> r.deadlineText().startsWith("Định kỳ quý I, 6 tháng, 9 tháng, hàng năm"))
                .hasSize(1);
        assertThat(parsed.rows()).allMatch(r -> r.section().equals("IV. TỔ CHỨC THỰC HIỆN"));
        assertThat(parsed.rows()).filteredOn(r -> r.lead().startsWith("Trung tâm Văn hóa")).first()
                .extracting(AppendixRow::coordinators).isEqualTo("Phòng Nội vụ");
    }

    @Test
    void exhortationsAreKeptButMarkedForReview() {
        ParsedAppendix parsed = read("004");
        List<Integer> marked = parsed.warnings().stream().map(ReadWarning::row).toList();
        assertThat(parsed.rows()).filteredOn(r -> r.title().startsWith("Tăng cường") || r.title().startsWith("Chủ động đề xuất"))
                .hasSize(3).allSatisfy(r -> assertThat(marked).contains(r.row()));
        assertThat(parsed.warnings()).first().extracting(ReadWarning::message).asString()
                .startsWith("Lời kêu gọi chung");
    }

    @Test
    void ocrSeed001IsReadWithoutDiacriticsFromItsHeadings() {
        ParsedAppendix parsed = read("001");
        assertThat(parsed.withoutDiacritics()).isTrue();
        assertThat(parsed.misreadNamesLikely()).isTrue();
        assertThat(parsed.rows()).extracting(AppendixRow::lead).contains("S6é Noi vu", "S¢ Tai chinh",
                "S& Ké hoach va Pau tw");
        assertThat(read("004").withoutDiacritics()).isFalse();
    }

    @Test
    void programme003GroupsItsDepartmentsUnderTheGroupHeading() {
        ParsedAppendix parsed = read("003");
        assertThat(parsed.rows()).filteredOn(r -> r.lead().equals("Sở Nội vụ")).hasSize(7)
                .allMatch(r -> r.section().equals("2. Trách nhiệm cụ thể của các sở, ban, ngành tỉnh có liên quan"));
        assertThat(parsed.rows().get(0).lead()).isEqualTo("sở, ban, ngành tỉnh và UBND các cấp");
        assertThat(parsed.rows()).extracting(AppendixRow::lead).contains("Sở Khoa học và Công nghệ",
                "Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch");
    }

    private static ParsedAppendix read(String seed) {
        String name = switch (seed) {
            case "001" -> "001_6b4a4a90fab0730f.txt";
            case "003" -> "003_653cfdaaf037af41.txt";
            default -> "004_3617162b2c846ebd.txt";
        };
        return new AppendixReader().read(name, resource(name).getBytes(StandardCharsets.UTF_8));
    }

    private static String resource(String name) {
        try (InputStream in = ProsePlansTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
