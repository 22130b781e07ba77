package vn.giaoviec.agency.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giaoviec.agency.AgencyKind;
import vn.giaoviec.agency.TestDirectory;

/** Every distinct lead and coordinator cell of seed 000's appendix. */
class AgencyResolverSeedTest {

    private final AgencyResolver resolver = TestDirectory.resolver();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sở Nội vụ                         | Sở Nội vụ                        | false
            Các cơ quan, đơn vị               | Các cơ quan, đơn vị              | false
            Sở Thông tin và Truyền thông      | Sở Thông tin và Truyền thông     | false
            Văn phòng UBND tỉnh               | Văn phòng UBND tỉnh              | false
            Sở Tư pháp                        | Sở Tư pháp                       | false
            Sở Tài chính                      | Sở Tài chính                     | false
            Sở Kế hoạch và Đầu tư             | Sở Kế hoạch và Đầu tư            | false
            Các cơ quan, đơn vị, địa phương   | Các cơ quan, đơn vị              | false
            Các cơ quan, đơn vị có liên quan  | Các cơ quan, đơn vị có liên quan | false
            Văn phòng UBND tỉnh; Sở Nội vụ    | Văn phòng UBND tỉnh, Sở Nội vụ   | false
            Các cơ quan, đơn vị có liên       | Các cơ quan, đơn vị có liên quan | true
            Sở Nội                            | Sở Nội vụ                        | true
            """)
    void resolvesEverySeedCell(String cell, String expectedDisplay, boolean truncated) {
        ResolvedAgencies result = resolver.resolve(cell);

        assertThat(result.hasUnknown()).isFalse();
        assertThat(result.displayText()).isEqualTo(expectedDisplay);
        if (truncated) {
            assertThat(result.warnings()).singleElement().asString().contains("(tên có thể bị cắt)");
        } else {
            assertThat(result.warnings()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sở Nội vụ                      | snv
            Sở Thông tin và Truyền thông   | stttt
            Văn phòng UBND tỉnh            | vpubnd
            Sở Tư pháp                     | stp
            Sở Tài chính                   | stc
            Sở Kế hoạch và Đầu tư          | skhdt
            Văn phòng UBND tỉnh; Sở Nội vụ | vpubnd snv
            Sở Nội                         | snv
            """)
    void seedAgencyCellsGiveCodes(String cell, String codes) {
        assertThat(resolver.resolve(cell).agencyCodes()).containsExactly(codes.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Các cơ quan, đơn vị              | false
            Các cơ quan, đơn vị, địa phương  | false
            Các cơ quan, đơn vị có liên quan | true
            Các cơ quan, đơn vị có liên      | true
            """)
    void seedCollectiveCells(String cell, boolean relevant) {
        ResolvedAgencies result = resolver.resolve(cell);

        assertThat(result.collectives()).singleElement().satisfies(c -> {
            assertThat(c.relevant()).isEqualTo(relevant);
            assertThat(c.memberCodes()).hasSize(departmentsAndDistricts());
        });
        assertThat(result.relevantOnly()).isEqualTo(relevant);
        assertThat(relevant ? result.relevantCandidateCodes() : result.agencyCodes()).hasSize(departmentsAndDistricts());
        assertThat(relevant ? result.agencyCodes() : List.of()).isEmpty();
    }

    /** "Các cơ quan, đơn vị" stands for every department and district of the directory. */
    private static int departmentsAndDistricts() {
        return TestDirectory.codesOfKind(AgencyKind.SO).size() + TestDirectory.codesOfKind(AgencyKind.HUYEN).size();
    }
}
