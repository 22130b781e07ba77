package vn.giaoviec.plan.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text is text: only converted plans' formatting markers go, nothing that merely looks like a tag. */
class CellTextTest {

    @Test
    void boldAndLineMarkersOfConvertedPlansGo() {
        assertThat(CellText.clean("<b>I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH</b>")).isEqualTo("I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH");
        assertThat(CellText.clean("**Sở Nội vụ**<br/>")).isEqualTo("Sở Nội vụ");
    }

    @Test
    void textThatLooksLikeMarkupIsKeptWhole() {
        String phishing = "<div>PHIÊN ĐÃ HẾT HẠN <a href=\"https://evil.example/login\">Đăng nhập lại</a></div>";
        assertThat(CellText.clean(phishing)).isEqualTo(phishing);
        assertThat(CellText.clean("<<script>script>")).isEqualTo("<<script>script>");
        assertThat(CellText.clean("Tỷ lệ <80% hồ sơ trễ hạn> phải giải trình")).isEqualTo("Tỷ lệ <80% hồ sơ trễ hạn> phải giải trình");
    }
}
