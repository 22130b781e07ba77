package vn.giaoviec.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 13 item 6: phrases met in real plans beyond the seeds. */
class MorePhrasesTest {

    private final DeadlineParser parser = new DeadlineParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Quí I/2023                 | 2023-03-31
            Quí IV năm 2022            | 2022-12-31
            Q1/2025                    | 2025-03-31
            Q3/2025                    | 2025-09-30
            Cả năm                     | 2024-12-31
            Tuần đầu tháng 1/2025      | 2025-01-07
            Tuần cuối tháng 2/2025     | 2025-02-28
            Tuần thứ 2 tháng 3         | 2024-03-14
            Kế hoạch năm 2018          | 2018-12-31
            """)
    void datedPhrases(String phrase, LocalDate due) {
        Deadline deadline = parser.parse(phrase, 2024);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.FIXED);
        assertThat(deadline.dueDates()).containsExactly(due);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Đột xuất
            Theo quy định
            Theo quy định của cơ quan có thẩm quyền
            Khi có yêu cầu
            """)
    void phrasesWithoutADateWarnInsteadOfStayingSilent(String phrase) {
        Deadline deadline = parser.parse(phrase, 2024);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.UNSPECIFIED);
        assertThat(deadline.warning()).isEqualTo("Thời hạn \"" + phrase + "\" không có ngày cụ thể: nhiệm vụ được theo dõi"
                + " đến cuối năm kế hoạch; chọn ngày hoàn thành nếu cần.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Năm 2024 và các năm tiếp theo       | 2024-12-31
            Năm 2024 và những năm sau           | 2024-12-31
            Quý IV/2024 và những năm tiếp theo  | 2024-12-31
            """)
    void workContinuingInLaterYearsIsDueAtTheEndOfItsDateInThePlanYear(String phrase, LocalDate due) {
        Deadline deadline = parser.parse(phrase, 2024);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.FIXED);
        assertThat(deadline.dueDates()).containsExactly(due);
        assertThat(deadline.warning()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Báo cáo 6 tháng trước 15/6, báo cáo năm trước 15/12 | 2024-06-15;2024-12-15 | các ngày 15/06/2024, 15/12/2024
            Hoàn thành dự thảo (lần 1) trước 20/3/2024          | 2024-03-20            | ngày 20/03/2024
            """)
    void daysWrittenInAPhraseTheGrammarDoesNotCoverBecomeItsDatesWithAWarning(String phrase, String dates, String shown) {
        Deadline deadline = parser.parse(phrase, 2024);

        assertThat(deadline.dueDates()).containsExactlyElementsOf(java.util.Arrays.stream(dates.split(";")).map(LocalDate::parse).toList());
        assertThat(deadline.kind()).isEqualTo(dates.contains(";") ? DeadlineKind.MULTIPLE : DeadlineKind.FIXED);
        assertThat(deadline.warning()).isEqualTo("Đã lấy " + shown + " từ thời hạn \"" + phrase + "\": kiểm tra lại.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trước 31/4 và 15/6
            Theo tiến độ của Bộ
            """)
    void anImpossibleWrittenDayOrNoDayAtAllIsEnteredByHand(String phrase) {
        Deadline deadline = parser.parse(phrase, 2024);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.UNSPECIFIED);
        assertThat(deadline.warning()).contains("cần nhập ngày hoàn thành thủ công");
    }
}
