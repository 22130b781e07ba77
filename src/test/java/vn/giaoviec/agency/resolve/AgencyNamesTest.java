package vn.giaoviec.agency.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giaoviec.agency.AgencyKind;
import vn.giaoviec.agency.TestDirectory;

/** Issue 13 item 4: names are never split inside, qualifiers stay with collectives, parties are no agencies. */
class AgencyNamesTest {

    private final AgencyResolver resolver = TestDirectory.resolver();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sở Tài nguyên và Môi trường                                | Sở Tài nguyên và Môi trường
            Sở Lao động - Thương binh và Xã hội                     | Sở Lao động - Thương binh và Xã hội
            Phòng Văn hóa và Thông tin                              | Phòng Văn hóa và Thông tin
            Sở Lao động, Thương binh và Xã hội                         | Sở Lao động, Thương binh và Xã hội
            Sở Tư pháp, Sở Tài nguyên và Môi trường                    | Sở Tài nguyên và Môi trường
            Sở Tài nguyên và Môi trường và Công an tỉnh                | Sở Tài nguyên và Môi trường;Công an tỉnh
            """)
    void unknownNamesWithVaOrCommasStayWhole(String cell, String unknowns) {
        assertThat(resolver.resolve(cell).unknowns()).extracting(AgencyMatch::text)
                .containsExactly(unknowns.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Các cơ quan, đơn vị được ghi kế hoạch            | được ghi kế hoạch
            UBND cấp xã đang và chuẩn bị được công nhận      | đang và chuẩn bị được công nhận
            Các sở, ban, ngành thuộc tỉnh                    | thuộc tỉnh
            """)
    void qualifiersStayWithTheirCollective(String cell, String qualifier) {
        ResolvedAgencies result = resolver.resolve(cell);

        assertThat(result.unknowns()).isEmpty();
        assertThat(result.collectives()).singleElement().satisfies(c -> {
            assertThat(c.relevant()).isTrue();
            assertThat(c.name()).endsWith(qualifier);
            assertThat(c.warning()).contains("kèm điều kiện \"" + qualifier + "\"");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sở Tư pháp; tổ chức, cá nhân có liên quan       | tổ chức, cá nhân có liên quan
            Sở Tư pháp, người dân, doanh nghiệp             | người dân, doanh nghiệp
            """)
    void peopleAndBusinessesAreRecognisedAsNoAgency(String cell, String party) {
        ResolvedAgencies result = resolver.resolve(cell);

        assertThat(result.unknowns()).isEmpty();
        assertThat(result.agencyCodes()).containsExactly("stp");
        assertThat(result.parties()).containsExactly(party);
        assertThat(result.displayText()).isEqualTo("Sở Tư pháp");
    }

    @Test
    void aNameMappedAsNoAgencyIsKeptAsText() {
        ResolvedAgencies result = resolver.withAlias("Hội Nông dân tỉnh", NameIndex.NOT_AN_AGENCY)
                .resolve("Hội Nông dân tỉnh");

        assertThat(result.unknowns()).isEmpty();
        assertThat(result.parties()).containsExactly("Hội Nông dân tỉnh");
    }

    @Test
    void aCollectiveWithoutMembersIsReported() {
        AgencyResolver noDistricts = new AgencyResolver(
                TestDirectory.AGENCIES.stream().filter(a -> a.kind() != AgencyKind.HUYEN).toList(),
                TestDirectory.COLLECTIVES);

        assertThat(noDistricts.resolve("UBND các huyện, thị xã, thành phố").emptyCollectives())
                .extracting(AgencyMatch::name).containsExactly("UBND cấp huyện");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            S6é Noi vu                                  | snv
            S& Tai chinh                                | stc
            3.S6¢ Tw phap                               | stp
            S& Ké hoach va Pau tw                       | skhdt
            S& Thong tin va Truyén thong                | stttt
            Van phong UBND tinh                         | vpubnd
            """)
    void textFromOcrReadsMisreadNames(String cell, String code) {
        ResolvedAgencies result = resolver.ocrTolerant().resolve(cell.replaceFirst("^\\d\\.", ""));

        assertThat(result.unknowns()).as(result.warnings().toString()).isEmpty();
        assertThat(result.agencyCodes()).containsExactly(code);
    }

    @Test
    void cleanTextNeverGuessesBetweenCloseNames() {
        assertThat(resolver.resolve("Sở Nội thương").unknowns()).hasSize(1);
        assertThat(resolver.resolve("S6é Noi vu").unknowns()).hasSize(1);
    }
}
