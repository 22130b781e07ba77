package vn.giaoviec.plan.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giaoviec.plan.read.table.ColumnRole;

/** Tab-separated text layouts beyond seed 000: OCR header words, lettered parts, "1.1" children. */
class TextLayoutsTest {

    @Test
    void recognisesHeaderWordsWithoutDiacriticsOrCase() {
        assertThat(ColumnRole.of("Co quan chu tri")).contains(ColumnRole.LEAD);
        assertThat(ColumnRole.of("ĐƠN VỊ PHỐI HỢP")).contains(ColumnRole.COORDINATORS);
        assertThat(ColumnRole.of("Nhiệm vụ cụ thể")).contains(ColumnRole.TASK);
        assertThat(ColumnRole.of("Nội dung nhiệm vụ")).contains(ColumnRole.TASK);
        assertThat(ColumnRole.of("Nhiệm vụ chung")).contains(ColumnRole.GROUP);
        assertThat(ColumnRole.of("Tiến độ")).contains(ColumnRole.DEADLINE);
        assertThat(ColumnRole.of("Thoi gian thuc hien")).contains(ColumnRole.DEADLINE);
        assertThat(ColumnRole.of("Thời hạn")).contains(ColumnRole.DEADLINE);
        assertThat(ColumnRole.of("Số TT")).contains(ColumnRole.STT);
        assertThat(ColumnRole.of("Chủ trì, phối hợp với các cơ quan có liên quan tham mưu UBND tỉnh ban hành")).isEmpty();
    }

    @Test
    void ocrTableWithLetteredPartsAndDottedChildren() {
        String text = String.join("\n",
                "PHU LUC",
                "TT\tNoi dung\tCo quan chu tri\tCo quan phoi hop\tThoi han",
                "A\tNHIEM VU TRONG TAM\t\t\t",
                "1\tCai cach the che\t\t\t",
                "1.1\tRa soat van ban\tSo Tu phap\tCac so\tQuy I/2023",
                "1.2\tTheo doi thi hanh\tSo Tu phap\t\tNam 2023",
                "2\tKiem tra cong vu\tSo Noi vu\t\tQuy IV/2023",
                "",
                "B\tNHIEM VU KHAC\t\t\t",
                "1\tBao cao\tVan phong UBND tinh\t\tDinh ky",
                "KT. CHU TICH");

        ParsedAppendix parsed = Seeds.read("ocr.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.rows()).containsExactly(
                new AppendixRow(1, "A. NHIEM VU TRONG TAM", "1.1", "Cai cach the che", "Ra soat van ban", "So Tu phap",
                        "Cac so", null, "Quy I/2023"),
                new AppendixRow(2, "A. NHIEM VU TRONG TAM", "1.2", "Cai cach the che", "Theo doi thi hanh", "So Tu phap",
                        "", null, "Nam 2023"),
                new AppendixRow(3, "A. NHIEM VU TRONG TAM", "2", null, "Kiem tra cong vu", "So Noi vu", "", null,
                        "Quy IV/2023"),
                new AppendixRow(4, "B. NHIEM VU KHAC", "1", null, "Bao cao", "Van phong UBND tinh", "", null, "Dinh ky"));
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void siblingAfterAPageBreakStaysATaskWhileALowerCaseFragmentContinues() {
        String text = String.join("\n",
                "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành",
                "1\tXây dựng kế hoạch kiểm tra\tSở Nội\tCác cơ quan, đơn vị có liên\tQuý I",
                "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành",
                "\tcông vụ năm 2023.\tvụ\tquan\tnăm 2023",
                "\tTự kiểm tra công vụ.\tCác cơ quan, đơn vị\tSở Nội vụ\tQuý II năm 2023");

        List<AppendixRow> rows = Seeds.read("p.txt", text.getBytes(StandardCharsets.UTF_8)).rows();

        assertThat(rows).containsExactly(
                new AppendixRow(1, null, "1", null, "Xây dựng kế hoạch kiểm tra công vụ năm 2023.", "Sở Nội vụ",
                        "Các cơ quan, đơn vị có liên quan", null, "Quý I năm 2023"),
                new AppendixRow(2, null, "", null, "Tự kiểm tra công vụ.", "Các cơ quan, đơn vị", "Sở Nội vụ", null,
                        "Quý II năm 2023"));
    }
}
