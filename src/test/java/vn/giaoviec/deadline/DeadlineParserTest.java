package vn.giaoviec.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.deadline.DeadlineCase.of;
import static vn.giaoviec.deadline.DeadlineKind.CONTINUOUS;
import static vn.giaoviec.deadline.DeadlineKind.EVENT;
import static vn.giaoviec.deadline.DeadlineKind.FIXED;
import static vn.giaoviec.deadline.DeadlineKind.MULTIPLE;
import static vn.giaoviec.deadline.DeadlineKind.PERIODIC;
import static vn.giaoviec.deadline.DeadlineKind.UNSPECIFIED;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeadlineParserTest {

    private final DeadlineParser parser = new DeadlineParser();

    /** Spellings and forms listed in the parser's specification. */
    static Stream<DeadlineCase> variants() {
        return Stream.of(
                of("Tháng 3", FIXED, "2023-03-31"),
                of("Quý I", FIXED, "2023-03-31"),
                of("10/02", FIXED, "2023-02-10"),
                of("trước ngày 10/02/2023", FIXED, "2023-02-10"),
                of("5/3/2023", FIXED, "2023-03-05"),
                of("05/03/2023", FIXED, "2023-03-05"),
                of("5-3-2023", FIXED, "2023-03-05"),
                of("ngày 5 tháng 3 năm 2023", FIXED, "2023-03-05"),
                of("Tháng 2/2024", FIXED, "2024-02-29"),
                of("Tháng 2/2023", FIXED, "2023-02-28"),
                of("6 tháng đầu năm 2023", FIXED, "2023-06-30"),
                of("6 tháng cuối năm", FIXED, "2023-12-31"),
                of("9 tháng đầu năm", FIXED, "2023-09-30"),
                of("Từ tháng 3 đến tháng 6/2023", FIXED, "2023-06-30"),
                of("Quý I - Quý II/2023", FIXED, "2023-06-30"),
                of("Tháng 3-6/2023", FIXED, "2023-06-30"),
                of("Quý II đến Quý III năm 2023", FIXED, "2023-09-30"),
                of("Quý I và Quý III/2023", MULTIPLE, "2023-03-31", "2023-09-30"),
                of("Tháng 6 và tháng 12 năm 2023", MULTIPLE, "2023-06-30", "2023-12-31"),
                of("31/02/2023", UNSPECIFIED),
                of("Quý V", UNSPECIFIED),
                of("Tháng 13", UNSPECIFIED),
                of("abc xyz", UNSPECIFIED),
                of("Quý 1/2023", FIXED, "2023-03-31"),
                of("quý 4 năm 2022", FIXED, "2022-12-31"),
                of("QUÝ IV NĂM 2022", FIXED, "2022-12-31"),
                of("Quý I/ 2023", FIXED, "2023-03-31"),
                of("Quý I /2023", FIXED, "2023-03-31"),
                of("Quý I/23", FIXED, "2023-03-31"),
                of("Thang 01 nam 2023", FIXED, "2023-01-31"),
                of("Dinh ky trong nam", PERIODIC),
                of("Thuong xuyen", CONTINUOUS),
                of("Sau khi co ket qua cong bo", EVENT),
                of("truoc ngay 10/02/2023", FIXED, "2023-02-10"),
                of("Quý I/2023.", FIXED, "2023-03-31"),
                of("\"Quý I/2023\";", FIXED, "2023-03-31"),
                of("Quý II,\nIII năm 2023", MULTIPLE, "2023-06-30", "2023-09-30"),
                of("Thường xuyên trong năm 2018", CONTINUOUS),
                of("Sau khi có kết quả công bố Chỉ số PAR Index", EVENT),
                of("Sau khi Đề án được phê duyệt", EVENT),
                of("Ngay sau khi Kế hoạch được ban hành", EVENT),
                of("Theo yêu cầu", UNSPECIFIED).warned(true),
                of("Khi có yêu cầu", UNSPECIFIED).warned(true),
                of("Đột xuất", UNSPECIFIED).warned(true),
                of("Theo chỉ đạo của UBND tỉnh", UNSPECIFIED).warned(true),
                of("Quý I/2023 và thường xuyên", FIXED, "2023-03-31").thenPeriodic(),
                of("hằng quý", PERIODIC),
                of("hàng quý", PERIODIC),
                of("hằng năm", PERIODIC),
                of("hàng tháng", PERIODIC),
                of("định kỳ 6 tháng", PERIODIC),
                of("Quý I/2026", FIXED, "2026-03-31").warned(true),
                of("Quý I/2025", FIXED, "2025-03-31"),
                of("Năm 2022-2023", FIXED, "2023-12-31"),
                of("Cuối quý II/2023", FIXED, "2023-06-30"),
                of("10/02/2023 - 15/03/2023", FIXED, "2023-03-15"),
                of("Tháng 6 và 15/12/2023", MULTIPLE, "2023-06-30", "2023-12-15"),
                of("Quý II 2023", FIXED, "2023-06-30"),
                of("Trong năm", FIXED, "2023-12-31"),
                of("Quý I năm", FIXED, "2023-03-31"),
                of("01/2023", FIXED, "2023-01-31"),
                of("Tháng 12/2022 - Quý I/2023", FIXED, "2023-03-31"),
                of("Trước 31/12/2023", FIXED, "2023-12-31"),
                of("Năm 2023 - 2025", FIXED, "2025-12-31"),
                of("Quý I, II/2023", MULTIPLE, "2023-03-31", "2023-06-30"),
                of("Đầu quý II", UNSPECIFIED),
                of("Quý III/2023 (dự kiến)", UNSPECIFIED),
                of("Sau 15 ngày kể từ ngày Kế hoạch được ban hành", EVENT),
                of("6 tháng đầu năm và 6 tháng cuối năm 2023", MULTIPLE, "2023-06-30", "2023-12-31"),
                of("Quý I/2023; Quý III/2023", MULTIPLE, "2023-03-31", "2023-09-30"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"vn.giaoviec.deadline.SeedDeadlinePhrases#domainPhrases",
            "vn.giaoviec.deadline.SeedDeadlinePhrases#seedPhrases", "variants"})
    void parsesPhrase(DeadlineCase c) {
        Deadline d = parser.parse(c.phrase(), c.planYear());

        assertThat(d.text()).isEqualTo(c.phrase());
        assertThat(d.kind()).isEqualTo(c.kind());
        assertThat(d.dueDates()).containsExactlyElementsOf(c.dates());
        assertThat(d.periodicAfter()).isEqualTo(c.periodicAfter());
        if (c.warned()) {
            assertThat(d.warning()).isNotBlank();
        } else {
            assertThat(d.warning()).isNull();
        }
    }

    @Test
    void blankOrNullIsMissing() {
        for (String blank : new String[] {null, "", "  \n\u00A0"}) {
            Deadline d = parser.parse(blank, 2023);
            assertThat(d.kind()).isEqualTo(UNSPECIFIED);
            assertThat(d.warning()).isEqualTo("Thiếu thời hạn hoàn thành");
        }
    }

    @Test
    void unknownPhraseWarningQuotesPhrase() {
        assertThat(parser.parse("abc xyz", 2023).warning())
                .isEqualTo("Không hiểu thời hạn \"abc xyz\": cần nhập ngày hoàn thành thủ công.");
    }

    @Test
    void invalidDateWarningNamesPhraseAndPeriod() {
        assertThat(parser.parse("31/02/2023", 2023).warning()).contains("\"31/02/2023\"", "ngày 31/2/2023");
        assertThat(parser.parse("Quý V", 2023).warning()).contains("\"Quý V\"", "quý V");
        assertThat(parser.parse("Tháng 13", 2023).warning()).contains("\"Tháng 13\"", "tháng 13");
    }

    @Test
    void farYearWarningNamesBothYears() {
        assertThat(parser.parse("Đến năm 2030", 2021).warning())
                .isEqualTo("Năm 2030 khác xa năm kế hoạch 2021: kiểm tra lại thời hạn \"Đến năm 2030\".");
    }

    @Test
    void eventKeepsPhraseTrimmed() {
        Deadline d = parser.parse("  Sau khi có kết quả công bố\nChỉ số PAR Index. ", 2023);
        assertThat(d.event()).isEqualTo("Sau khi có kết quả công bố Chỉ số PAR Index");
        assertThat(d.dueDates()).isEmpty();
    }

    @Test
    void dueDatesAreImmutable() {
        Deadline d = parser.parse("Quý II, III năm 2023", 2023);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.dueDates().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
