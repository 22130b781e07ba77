package vn.giaoviec.agency.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyKind;
import vn.giaoviec.agency.TestDirectory;

class AgencyResolverTest {

    private final AgencyResolver resolver = TestDirectory.resolver();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            VP UBND tỉnh                             | vpubnd
            VP.UBND tỉnh                             | vpubnd
            VP. UBND tỉnh                            | vpubnd
            Văn phòng UBND                           | vpubnd
            Văn phòng Ủy ban nhân dân tỉnh           | vpubnd
            Văn phòng Uỷ ban nhân dân tỉnh           | vpubnd
            Văn phòng Ủy ban nhân dân                | vpubnd
            VAN PHONG UBND TINH                      | vpubnd
            '  Văn   phòng  UBND    tỉnh  '         | vpubnd
            Sở TT&TT                                 | stttt
            TT&TT                                    | stttt
            Sở TT & TT                               | stttt
            Sở Thông tin - Truyền thông              | stttt
            KH&ĐT                                    | skhdt
            Sở KH&ĐT                                 | skhdt
            Sở Kế hoạch - Đầu tư                     | skhdt
            Sở kế hoạch và đầu tư tỉnh               | skhdt
            GD&ĐT                                    | sgddt
            Sở Giáo dục và Đào tạo                   | sgddt
            So Noi vu                                | snv
            SỞ NỘI VỤ                                | snv
            Sở Nội vụ tỉnh                           | snv
            UBND TP. Vĩnh Long                       | tpvinhlong
            Ủy ban nhân dân thành phố Vĩnh Long      | tpvinhlong
            UBND huyện Long Hồ                       | longho
            Sở Thông tin và Truyền                   | stttt
            """)
    void resolvesAliasesAndAbbreviations(String cell, String code) {
        ResolvedAgencies result = resolver.resolve(cell);

        assertThat(result.hasUnknown()).as(result.warnings().toString()).isFalse();
        assertThat(result.agencyCodes()).containsExactly(code);
    }

    @Test
    void truncatedNameGivesVietnameseWarning() {
        assertThat(resolver.resolve("Sở Nội").warnings())
                .containsExactly("\"Sở Nội\" được hiểu là \"Sở Nội vụ\" (tên có thể bị cắt)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sở Tư pháp, Sở Tài chính và Sở Kế hoạch và Đầu tư    | stp stc skhdt
            Sở Tư pháp; Sở Tài chính; Sở Tư pháp                 | stp stc
            Sở Nội vụ và các Sở Giáo dục và Đào tạo              | snv sgddt
            Phối hợp với Sở Tư pháp, Sở Y tế                     | stp syt
            Sở Tư pháp theo chức năng, nhiệm vụ được giao        | stp
            VP UBND tỉnh, Sở TT&TT, Sở KH&ĐT                     | vpubnd stttt skhdt
            '- Sở Tư pháp\n+ Sở Y tế\n• Sở Tài chính'            | stp syt stc
            '1. Sở Nội vụ\n2. Sở Tư pháp'                        | snv stp
            'Sở Thông tin và\nTruyền thông'                      | stttt
            Sở Tư pháp và Sở Tư pháp tỉnh                        | stp
            """)
    void splitsListsButKeepsNamesWithCommasAndVa(String cell, String codes) {
        ResolvedAgencies result = resolver.resolve(cell.replace("\\n", "\n"));

        assertThat(result.hasUnknown()).as(result.warnings().toString()).isFalse();
        assertThat(result.agencyCodes()).containsExactly(codes.split(" "));
        assertThat(result.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Văn phòng UBND tỉnh; Sở Nội          | vpubnd snv   | "Sở Nội" được hiểu là "Sở Nội vụ" (tên có thể bị cắt)
            Sở Tư pháp, Sở Thông tin và Truyền   | stp stttt    | "Sở Thông tin và Truyền" được hiểu là "Sở Thông tin và Truyền thông" (tên có thể bị cắt)
            Sở Tài chính và Sở Kế hoạch và Đầu t | stc skhdt    | "Sở Kế hoạch và Đầu t" được hiểu là "Sở Kế hoạch và Đầu tư" (tên có thể bị cắt)
            """)
    void truncatedLastNameOfAList(String cell, String codes, String warning) {
        ResolvedAgencies result = resolver.resolve(cell);

        assertThat(result.agencyCodes()).containsExactly(codes.split(" "));
        assertThat(result.warnings()).containsExactly(warning);
    }

    @Test
    void tooShortPrefixIsUnknownWithTheNameSuggested() {
        ResolvedAgencies result = resolver.resolve("Sở Tài chính và Sở Kế hoạch");

        assertThat(result.agencyCodes()).containsExactly("stc");
        assertThat(result.unknowns()).singleElement().satisfies(u -> {
            assertThat(u.text()).isEqualTo("Sở Kế hoạch");
            assertThat(u.suggestions()).first().extracting(AgencySuggestion::code).isEqualTo("skhdt");
        });
    }

    @Test
    void agencyAndRelevantCollective() {
        ResolvedAgencies result = resolver.resolve("Sở Nội vụ; các cơ quan, đơn vị có liên quan");

        assertThat(result.items()).extracting(AgencyMatch::kind)
                .containsExactly(AgencyMatch.Kind.AGENCY, AgencyMatch.Kind.COLLECTIVE);
        assertThat(result.hasRelevant()).isTrue();
        assertThat(result.relevantOnly()).isFalse();
        assertThat(result.agencyCodes()).containsExactly("snv");
        // every department and district but the lead itself, as many as the directory has
        assertThat(result.relevantCandidateCodes()).hasSize(TestDirectory.codesOfKind(AgencyKind.SO).size()
                + TestDirectory.codesOfKind(AgencyKind.HUYEN).size() - 1).doesNotContain("snv");
        assertThat(result.displayText()).isEqualTo("Sở Nội vụ, Các cơ quan, đơn vị có liên quan");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Các sở, ban, ngành tỉnh                  | Các sở, ban, ngành tỉnh | SO
            Các sở, ban, ngành                       | Các sở, ban, ngành tỉnh | SO
            UBND cấp huyện                           | UBND cấp huyện          | HUYEN
            UBND các huyện, thị xã, thành phố        | UBND cấp huyện          | HUYEN
            Ủy ban nhân dân cấp huyện                | UBND cấp huyện          | HUYEN
            Các cơ quan, đơn vị                      | Các cơ quan, đơn vị     | SO HUYEN
            UBND cấp xã                              | UBND cấp xã             | XA
            UBND các xã, phường, thị trấn            | UBND cấp xã             | XA
            UBND các xã, phường, đặc khu             | UBND cấp xã             | XA
            Ủy ban nhân dân cấp xã                   | UBND cấp xã             | XA
            """)
    void expandsCollectivesByKind(String cell, String name, String kinds) {
        ResolvedAgencies result = resolver.resolve(cell);

        // the members are the directory's agencies of those kinds, however many it has
        java.util.List<String> members = java.util.Arrays.stream(kinds.split(" ")).map(AgencyKind::valueOf)
                .flatMap(kind -> TestDirectory.codesOfKind(kind).stream()).toList();
        assertThat(result.displayText()).isEqualTo(name);
        assertThat(members).isNotEmpty();
        assertThat(result.agencyCodes()).containsExactlyInAnyOrderElementsOf(members);
    }

    @Test
    void anAgencyAndTwoLevelsOfLocalGovernment() {
        ResolvedAgencies result = resolver.resolve("Sở Nội vụ và UBND cấp huyện, cấp xã");

        assertThat(result.hasUnknown()).as(result.warnings().toString()).isFalse();
        assertThat(result.agencyCodes()).first().isEqualTo("snv");
        assertThat(result.agencyCodes()).containsAll(TestDirectory.codesOfKind(AgencyKind.HUYEN))
                .containsAll(TestDirectory.codesOfKind(AgencyKind.XA))
                .hasSize(1 + TestDirectory.codesOfKind(AgencyKind.HUYEN).size() + TestDirectory.codesOfKind(AgencyKind.XA).size());
    }

    @Test
    void collectiveAndItsMemberAreNotCountedTwice() {
        ResolvedAgencies result = resolver.resolve("Sở Nội vụ, các sở, ban, ngành tỉnh");

        assertThat(result.items()).hasSize(2);
        assertThat(result.agencyCodes()).hasSize(TestDirectory.codesOfKind(AgencyKind.SO).size()).startsWith("snv");
    }

    @Test
    void unknownNameHasWarningAndSuggestions() {
        ResolvedAgencies result = resolver.resolve("Sở Lao động, Thương binh và Xã hội");

        assertThat(result.hasUnknown()).isTrue();
        AgencyMatch unknown = result.unknowns().get(0);
        assertThat(result.items()).hasSize(1);
        assertThat(unknown.text()).isEqualTo("Sở Lao động, Thương binh và Xã hội");
        assertThat(unknown.suggestions()).hasSize(3);
        assertThat(unknown.warning()).startsWith(
                "Không nhận ra cơ quan \"Sở Lao động, Thương binh và Xã hội\": chọn cơ quan tương ứng (gợi ý: ");
        assertThat(result.agencyCodes()).isEmpty();
    }

    @Test
    void unknownBetweenKnownNames() {
        ResolvedAgencies result = resolver.resolve("Sở Tư pháp, Sở Du lịch và Sở Y tế");

        assertThat(result.items()).extracting(AgencyMatch::name)
                .containsExactly("Sở Tư pháp", "Sở Du lịch", "Sở Y tế");
        assertThat(result.warnings()).singleElement().asString().startsWith("Không nhận ra cơ quan \"Sở Du lịch\"");
    }

    @Test
    void ambiguousPrefixIsUnknownWithThePrefixCandidatesFirst() {
        AgencyResolver withSibling = new AgencyResolver(
                append(new Agency("bdt", "Ban Dân tộc", AgencyKind.SO, null, null),
                        new Agency("bdv", "Ban Dân vận", AgencyKind.SO, null, null)),
                TestDirectory.COLLECTIVES);

        ResolvedAgencies result = withSibling.resolve("Ban Dân");
        assertThat(result.hasUnknown()).isTrue();
        assertThat(result.unknowns().get(0).suggestions()).extracting(AgencySuggestion::code)
                .startsWith("bdt", "bdv");
    }

    @Test
    void userMappingResolvesTheNameNextTime() {
        String name = "Sở Lao động, Thương binh và Xã hội";
        AgencyResolver mapped = resolver.withAlias(name, "syt");

        ResolvedAgencies result = mapped.resolve("Sở Tư pháp; so lao dong thuong binh va xa hoi");
        assertThat(result.hasUnknown()).isFalse();
        assertThat(result.agencyCodes()).containsExactly("stp", "syt");
        assertThat(resolver.resolve(name).hasUnknown()).as("the original resolver is unchanged").isTrue();
        assertThat(mapped.mapping().textToCode()).containsEntry(name, "syt");
    }

    @Test
    void mappingToACollectiveName() {
        AgencyResolver mapped = resolver.withMapping(AgencyMapping.none().with("Các ban ngành", "UBND cấp huyện"));

        assertThat(mapped.resolve("Các ban ngành").displayText()).isEqualTo("UBND cấp huyện");
    }

    @Test
    void mappingToAnUnknownCodeIsRejected() {
        assertThatThrownBy(() -> resolver.withAlias("Sở Văn hóa", "svh"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("svh");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n", " ; , ", "-", "và các"})
    void blankGivesEmptyResult(String cell) {
        ResolvedAgencies result = resolver.resolve(cell);

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.agencyCodes()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.displayText()).isEmpty();
        assertThat(result.hasUnknown()).isFalse();
        assertThat(result.relevantOnly()).isFalse();
    }

    private static java.util.List<Agency> append(Agency... extra) {
        java.util.List<Agency> all = new java.util.ArrayList<>(TestDirectory.AGENCIES);
        all.addAll(java.util.List.of(extra));
        return all;
    }
}
