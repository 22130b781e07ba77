package vn.giaoviec.deadline;

import static vn.giaoviec.deadline.DeadlineCase.in;
import static vn.giaoviec.deadline.DeadlineCase.of;
import static vn.giaoviec.deadline.DeadlineKind.CONTINUOUS;
import static vn.giaoviec.deadline.DeadlineKind.EVENT;
import static vn.giaoviec.deadline.DeadlineKind.FIXED;
import static vn.giaoviec.deadline.DeadlineKind.MULTIPLE;
import static vn.giaoviec.deadline.DeadlineKind.PERIODIC;
import static vn.giaoviec.deadline.DeadlineKind.UNSPECIFIED;

import java.util.stream.Stream;

/** The deadline phrases of DOMAIN.md and of the four seed plans, with what each must mean. */
final class SeedDeadlinePhrases {

    private SeedDeadlinePhrases() {
    }

    /** Every deadline phrase named in DOMAIN.md (plan year 2023). */
    static Stream<DeadlineCase> domainPhrases() {
        return Stream.of(
                of("Quý IV năm 2022", FIXED, "2022-12-31"),
                of("Quý I/2023", FIXED, "2023-03-31"),
                of("Tháng 01/2023", FIXED, "2023-01-31"),
                of("Tháng 1/2023", FIXED, "2023-01-31"),
                of("Tháng 01 năm 2023", FIXED, "2023-01-31"),
                of("Tháng 8 năm 2023", FIXED, "2023-08-31"),
                of("Năm 2023", FIXED, "2023-12-31"),
                of("Quý II, III năm 2023", MULTIPLE, "2023-06-30", "2023-09-30"),
                of("Quý IV/2022 và theo định kỳ", FIXED, "2022-12-31").thenPeriodic(),
                of("Định kỳ trong năm 2023", PERIODIC),
                of("Theo định kỳ", PERIODIC),
                of("Định kỳ theo báo cáo CCHC", PERIODIC),
                of("Theo BC CCHC định kỳ", PERIODIC),
                of("Định kỳ, đột xuất trong năm", PERIODIC),
                of("Thường xuyên", CONTINUOUS),
                of("Thường xuyên trong năm", CONTINUOUS),
                of("Sau khi có kết quả công bố", EVENT),
                of("Theo quy định của cơ quan có thẩm quyền", UNSPECIFIED).warned(true),
                of("hoàn thành trước ngày 10/02/2023", FIXED, "2023-02-10"),
                of("Định kỳ quý I, 6 tháng, 9 tháng, hàng năm", PERIODIC),
                of("Quý I / 2018", FIXED, "2018-03-31").warned(true),
                of("Quy I/2023", FIXED, "2023-03-31"),
                of("6 tháng đầu năm", FIXED, "2023-06-30"));
    }

    /** Every deadline phrase found in the four seed plans, with the seed's own plan year. */
    static Stream<DeadlineCase> seedPhrases() {
        return Stream.of(
                // 000: Vĩnh Long, plan 2023 (last table column)
                of("Thường xuyên", CONTINUOUS),
                of("Quý IV năm 2022", FIXED, "2022-12-31"),
                of("Theo định kỳ", PERIODIC),
                of("Năm 2023", FIXED, "2023-12-31"),
                of("Quý I năm 2023", FIXED, "2023-03-31"),
                of("Định kỳ theo báo cáo CCHC", PERIODIC),
                of("Định kỳ trong năm", PERIODIC),
                of("Theo BC CCHC định kỳ", PERIODIC),
                of("Quý II năm 2023", FIXED, "2023-06-30"),
                of("Định kỳ, đột xuất trong năm", PERIODIC),
                of("Định kỳ trong năm 2023", PERIODIC),
                of("Thường xuyên trong năm", CONTINUOUS),
                of("Tháng 8 năm 2023", FIXED, "2023-08-31"),
                of("Tháng 4 năm 2023", FIXED, "2023-04-30"),
                of("Tháng 1/2023", FIXED, "2023-01-31"),
                of("Tháng 01/2023", FIXED, "2023-01-31"),
                of("Tháng 01 năm 2023", FIXED, "2023-01-31"),
                of("Theo quy định của cơ quan có thẩm quyền", UNSPECIFIED).warned(true),
                of("Sau khi có kết quả công", EVENT),
                of("Quý IV/2022 và theo định kỳ", FIXED, "2022-12-31").thenPeriodic(),
                of("Quý IV năm 2023", FIXED, "2023-12-31"),
                of("Quý II, III năm 2023", MULTIPLE, "2023-06-30", "2023-09-30"),
                of("Quý I/2023", FIXED, "2023-03-31"),
                of("Năm 2022", FIXED, "2022-12-31"),
                of("Theo BC CC", PERIODIC),
                // 001: Hải Dương, plan 2023, OCR without (or with garbled) diacritics
                of("thuong xuyén", CONTINUOUS),
                of("thudng xuyén", CONTINUOUS),
                of("hang thang", PERIODIC),
                of("dinh ky hang nam", PERIODIC),
                of("Bao cdo dinh ky", PERIODIC),
                // 003: Trà Vinh programme 2021-2030, plan year 2021
                in(2021, "Đến năm 2025", FIXED, "2025-12-31").warned(true),
                in(2021, "Đến năm 2030", FIXED, "2030-12-31").warned(true),
                in(2021, "Từ năm 2022 - 2025", FIXED, "2025-12-31").warned(true),
                in(2021, "Năm 2021", FIXED, "2021-12-31"),
                in(2021, "Định kỳ hàng quý, 6 tháng, hàng năm", PERIODIC),
                in(2021, "hàng quý, 6 tháng và hàng năm hoặc đột xuất", PERIODIC),
                in(2021, "Hàng năm", PERIODIC),
                in(2021, "Thường xuyên", CONTINUOUS),
                // 004: Vĩnh Cửu district, plan 2023 (prose)
                of("hoàn thành trước ngày 10/02/2023", FIXED, "2023-02-10"),
                of("Định kỳ quý I, 6 tháng, 9 tháng, hàng năm hoặc đột xuất", PERIODIC),
                of("theo định kỳ hoặc đột xuất", PERIODIC),
                of("theo định kỳ", PERIODIC));
    }
}
