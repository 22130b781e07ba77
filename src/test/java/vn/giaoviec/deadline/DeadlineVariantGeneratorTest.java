package vn.giaoviec.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Messy spellings of clean phrases (as typed, pasted from Word or OCR'd) must mean the same thing. */
class DeadlineVariantGeneratorTest {

    private static final List<String> CLEAN = List.of(
            "Quý IV năm 2022", "Quý I/2023", "Tháng 01/2023", "Tháng 1/2023", "Tháng 01 năm 2023",
            "Tháng 8 năm 2023", "Năm 2023", "Quý II, III năm 2023", "Quý IV/2022 và theo định kỳ",
            "Định kỳ trong năm 2023", "Theo định kỳ", "Định kỳ theo báo cáo CCHC", "Theo BC CCHC định kỳ",
            "Định kỳ, đột xuất trong năm", "Thường xuyên", "Thường xuyên trong năm",
            "Sau khi có kết quả công bố", "Theo quy định của cơ quan có thẩm quyền",
            "hoàn thành trước ngày 10/02/2023", "Định kỳ quý I, 6 tháng, 9 tháng, hàng năm",
            "6 tháng đầu năm 2023", "9 tháng đầu năm", "Từ tháng 3 đến tháng 6/2023", "Quý I - Quý II/2023",
            "Tháng 3-6/2023", "Quý II đến Quý III năm 2023", "Quý I và Quý III/2023",
            "Tháng 6 và tháng 12 năm 2023", "ngày 5 tháng 3 năm 2023", "Quý 1/2023", "quý 4 năm 2022",
            "Quý I/2023 và thường xuyên", "hằng quý", "Đột xuất", "31/02/2023", "Tháng 2/2024");

    private static final int VARIANTS_PER_PHRASE = 8;

    private final DeadlineParser parser = new DeadlineParser();
    private final Random random = new Random(20230101L);

    @Test
    void everyVariantParsesLikeItsCleanForm() {
        int checked = 0;
        for (String clean : CLEAN) {
            Deadline expected = parser.parse(clean, 2023);
            for (int i = 0; i < VARIANTS_PER_PHRASE; i++) {
                String variant = mangle(clean);
                Deadline actual = parser.parse(variant, 2023);
                assertThat(actual.kind()).as("kind of %s (from %s)", variant, clean).isEqualTo(expected.kind());
                assertThat(actual.dueDates()).as("dates of %s", variant).isEqualTo(expected.dueDates());
                assertThat(actual.periodicAfter()).as("periodicAfter of %s", variant)
                        .isEqualTo(expected.periodicAfter());
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(200);
    }

    /** Applies a random subset of the damage real cells show. */
    private String mangle(String text) {
        String s = text;
        if (random.nextBoolean()) {
            s = randomCase(s);
        }
        if (random.nextBoolean()) {
            s = respaceSeparators(s);
        }
        if (random.nextInt(3) == 0) {
            s = stripDiacritics(s);
        }
        if (random.nextInt(3) == 0) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
        }
        if (random.nextInt(3) == 0) {
            s = s.replace(" ", random.nextBoolean() ? "\u00A0" : "  ");
        }
        if (random.nextInt(4) == 0) {
            s = s + (random.nextBoolean() ? "." : ";");
        }
        if (random.nextInt(5) == 0) {
            s = " \"" + s + "\"\n";
        }
        return s;
    }

    private String randomCase(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return out.toString();
    }

    private String respaceSeparators(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '/' || c == '-') {
                out.append(spaces()).append(c).append(spaces());
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String spaces() {
        return " ".repeat(random.nextInt(3));
    }

    private static String stripDiacritics(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
    }
}
