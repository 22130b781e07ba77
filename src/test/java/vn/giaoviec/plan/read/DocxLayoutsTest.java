package vn.giaoviec.plan.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word layouts other than seed 000's: two-row header, group column, list cells, headings between tables. */
class DocxLayoutsTest {

    @Test
    void twoRowHeaderWithSplitAgencyColumnAndSectionsOutsideTheTable() {
        // a letterhead table before the appendix and a signature table after it are not part of it
        byte[] docx = new DocxBuilder()
                .row("ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .paragraph("PHỤ LỤC")
                .row("v:TT", "v:Nội dung nhiệm vụ", "2>Cơ quan thực hiện", "v:Sản phẩm", "v:Thời gian thực hiện")
                .row("^", "^", "Chủ trì", "Phối hợp", "^", "^")
                .row("6>*A. NHIỆM VỤ TRỌNG TÂM")
                .row("1", "Xây dựng kế hoạch CCHC.", "Sở Nội vụ", "", "Kế hoạch", "Quý I/2023")
                .paragraph("II. CẢI CÁCH THỂ CHẾ")
                .row("1", "Rà soát văn bản quy phạm pháp luật.", "Sở Tư pháp", "Các sở, ngành", "Báo cáo", "Năm 2023")
                .paragraph("Ghi chú: các cơ quan báo cáo định kỳ.")
                .row("Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
                .bytes();

        ParsedAppendix parsed = Seeds.read("ke-hoach.docx", docx);

        assertThat(parsed.rows()).containsExactly(
                new AppendixRow(1, "A. NHIỆM VỤ TRỌNG TÂM", "1", null, "Xây dựng kế hoạch CCHC.", "Sở Nội vụ", "",
                        "Kế hoạch", "Quý I/2023"),
                new AppendixRow(2, "II. CẢI CÁCH THỂ CHẾ", "1", null, "Rà soát văn bản quy phạm pháp luật.",
                        "Sở Tư pháp", "Các sở, ngành", "Báo cáo", "Năm 2023"));
        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.metadata().issuer()).isEqualTo("UBND tỉnh Vĩnh Long");
    }

    @Test
    void groupColumnHoldsTheSectionAndListItemsAreKept() {
        byte[] docx = new DocxBuilder()
                .row("Nhiệm vụ chung", "STT", "Nhiệm vụ cụ thể", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ")
                .row("v:Cải cách thể chế", "1", "Rà soát văn bản.", "Sở Tư pháp", "Các sở, ngành", "Quý I/2023")
                .row("^", "2", "Theo dõi thi hành pháp luật.", "Sở Tư pháp", "", "Năm 2023")
                .row("v:Cải cách TTHC", "1", "Công bố TTHC:\n• Danh mục mới\n• Danh mục bãi bỏ", "Văn phòng UBND tỉnh",
                        "", "Thường xuyên")
                .bytes();

        ParsedAppendix parsed = Seeds.read("ke-hoach.docx", docx);

        assertThat(parsed.rows()).extracting(AppendixRow::section)
                .containsExactly("Cải cách thể chế", "Cải cách thể chế", "Cải cách TTHC");
        assertThat(parsed.rows()).extracting(AppendixRow::product).containsOnlyNulls();
        assertThat(parsed.rows().get(2).title()).isEqualTo("Công bố TTHC:\n- Danh mục mới\n- Danh mục bãi bỏ");
        assertThat(parsed.rows().get(1).lead()).isEqualTo("Sở Tư pháp");
    }

    @Test
    void rowsMissingLeadOrDeadlineAreKeptWithAWarning() {
        byte[] docx = new DocxBuilder()
                .row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn")
                .row("1", "Nhiệm vụ đủ thông tin.", "Sở Nội vụ", "", "Quý I/2023")
                .row("2", "Nhiệm vụ thiếu chủ trì.", "", "Sở Tư pháp", "Quý II/2023")
                .row("3", "Nhiệm vụ thiếu thời hạn.", "Sở Tài chính", "", "")
                .bytes();

        ParsedAppendix parsed = Seeds.read("ke-hoach.docx", docx);

        assertThat(parsed.rows()).hasSize(3);
        assertThat(parsed.warnings()).containsExactly(
                new ReadWarning(2, "Dòng nhiệm vụ 2 thiếu cơ quan chủ trì."),
                new ReadWarning(3, "Dòng nhiệm vụ 3 thiếu thời gian hoàn thành."));
    }
}
