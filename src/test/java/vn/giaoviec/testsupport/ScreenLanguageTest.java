package vn.giaoviec.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The language check finds what issue 12 saw on screen, and lets Vietnamese pages through. */
class ScreenLanguageTest {

    private final ScreenLanguage check = ScreenLanguage.withLogins(List.of("snv-lanhdao", "chanhvanphong", "demo"));

    @ParameterizedTest
    @ValueSource(strings = {"Hạn in 25 days", "Ngày tạo a minute ago", "Field is required.", "Search",
        "Không thể lưu ý kiến: No task found for task id 42", "December", "Sun Mon Tue", "Wed Thu Fri", "hạn 2027-01-04",
        "2026-12-01T06:29:40", "Người thực hiện: snv-lanhdao", "Chánh Văn phòng Văn phòng UBND tỉnh",
        "Loại thời hạn: CONTINUOUS", "DONE_ON_TIME", "Tóm tắt: null", "Tỷ lệ NaN%", "nhập bởi demo", "status: đang xử lý",
        "Chọn file", "Due 04/01/2027", "Whitelabel Error Page"})
    void findsWhatIssue12SawOnScreen(String text) {
        assertThat(check.findings(text)).as(text).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hạn 04/01/2027, Ngày tạo 2 phút trước", "Mã: DEMO-1", "Camunda Tasklist",
        "Chánh Văn phòng UBND tỉnh", "Trần Quốc Bảo — Lãnh đạo Sở Nội vụ", "Thứ hai, 04/01/2027 10:27",
        "Quý I/2023 — hạn 31/03/2023", "Vui lòng nhập mục này.", "Thu hồi nhiệm vụ", "snv-lanhdao-cu"})
    void letsVietnameseThrough(String text) {
        assertThat(check.findings(text)).as(text).isEmpty();
    }
}
