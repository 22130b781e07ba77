package vn.giaoviec.plan.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The plan facts of seeds 001 (OCR without diacritics), 003 (a 2021-2030 programme) and 004 (a district plan). */
class OtherSeedsTest {

    @Test
    void metadataOfOcrSeed001() {
        assertThat(MetadataExtractor.extract(Seeds.text(Seeds.SEED_001))).isEqualTo(new PlanMetadata(null,
                "Ké hoach CCHC nha nuéc tinh Hai Duong nam 2023", 2023, "UBND tinh Hai Duong"));
    }

    @Test
    void metadataOfProgramme003() {
        assertThat(MetadataExtractor.extract(Seeds.text(Seeds.SEED_003))).isEqualTo(new PlanMetadata("1850/QĐ-UBND",
                "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030", null, "UBND tỉnh Trà Vinh"));
    }

    @Test
    void metadataOfDistrictPlan004() {
        assertThat(MetadataExtractor.extract(Seeds.text(Seeds.SEED_004))).isEqualTo(new PlanMetadata("53/KH-UBND",
                "Kế hoạch Cải cách hành chính huyện Vĩnh Cửu năm 2023", 2023, "UBND huyện Vĩnh Cửu"));
    }
}
