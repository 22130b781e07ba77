package vn.giaoviec.plan.read.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextJoinerTest {

    @Test
    void joinsSyllablesWithASpace() {
        assertThat(TextJoiner.join("Sở Nội", "vụ")).isEqualTo("Sở Nội vụ");
        assertThat(TextJoiner.join("Sau khi có kết quả công", "bố")).isEqualTo("Sau khi có kết quả công bố");
        assertThat(TextJoiner.join("Các cơ quan, đơn vị có liên", "quan")).isEqualTo("Các cơ quan, đơn vị có liên quan");
        assertThat(TextJoiner.join("Chỉ đạo của", "UBND")).isEqualTo("Chỉ đạo của UBND");
        assertThat(TextJoiner.join("Báo cáo UBND", "tỉnh")).isEqualTo("Báo cáo UBND tỉnh");
    }

    @Test
    void joinsACutSyllableWithoutSpace() {
        assertThat(TextJoiner.join("Theo Ngh", "ị định số 09")).isEqualTo("Theo Nghị định số 09");
        assertThat(TextJoiner.join("Sở Tư ph", "áp")).isEqualTo("Sở Tư pháp");
    }

    @Test
    void keepsEitherSideWhenTheOtherIsEmpty() {
        assertThat(TextJoiner.join("", "Sở Nội vụ")).isEqualTo("Sở Nội vụ");
        assertThat(TextJoiner.join("Sở Nội vụ", "")).isEqualTo("Sở Nội vụ");
    }
}
