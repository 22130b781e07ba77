package vn.giaoviec.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.giaoviec.agency.resolve.ResolvedAgencies;

class CollectivesYamlTest {

    @Test
    void readsTheSectionOfAgenciesYaml() {
        List<Collective> collectives = TestDirectory.COLLECTIVES;

        assertThat(collectives).extracting(Collective::name).contains("Các cơ quan, đơn vị",
                "Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã", "Các cơ quan, đơn vị có liên quan");
        Collective relevant = collectives.stream().filter(Collective::relevant).findFirst().orElseThrow();
        assertThat(relevant.memberKinds()).containsExactlyInAnyOrder(AgencyKind.SO, AgencyKind.HUYEN);
        assertThat(relevant.aliases()).contains("Các đơn vị liên quan");
    }

    @Test
    void membersMayBeKindsOrCodes() {
        List<Collective> parsed = CollectivesYaml.parse(List.of(Map.of(
                "name", "Khối nội chính", "members", List.of("so", "snv", "stp"), "relevant", true)));

        Collective collective = parsed.get(0);
        assertThat(collective.memberKinds()).containsExactly(AgencyKind.SO);
        assertThat(collective.memberCodes()).containsExactlyInAnyOrder("snv", "stp");
        assertThat(collective.relevant()).isTrue();
        assertThat(collective.expand(TestDirectory.AGENCIES)).hasSize(TestDirectory.codesOfKind(AgencyKind.SO).size());
    }

    @Test
    void absentSectionMeansNoCollectives() {
        assertThat(CollectivesYaml.fromDocument(Map.of("province", "x"))).isEmpty();
        assertThat(CollectivesYaml.parse(null)).isEmpty();
    }

    @Test
    void rejectsMalformedEntriesInVietnamese() {
        assertThatThrownBy(() -> CollectivesYaml.parse("x")).hasMessageContaining("danh sách");
        assertThatThrownBy(() -> CollectivesYaml.parse(List.of(Map.of("members", List.of("SO")))))
                .hasMessageContaining("thiếu tên");
        assertThatThrownBy(() -> CollectivesYaml.parse(List.of(Map.of("name", "Các đơn vị"))))
                .hasMessageContaining("không có thành viên");
    }

    static Stream<Arguments> everyAgencySpelling() {
        return TestDirectory.AGENCIES.stream().flatMap(a -> Stream.concat(Stream.of(a.name()), a.aliases().stream())
                .map(spelling -> Arguments.of(spelling, a.code())));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyAgencySpelling")
    void everyAgencySpellingOfTheDataFileResolves(String spelling, String code) {
        ResolvedAgencies result = TestDirectory.resolver().resolve(spelling);

        assertThat(result.agencyCodes()).containsExactly(code);
        assertThat(result.warnings()).isEmpty();
    }

    static Stream<Arguments> everyCollectiveSpelling() {
        return TestDirectory.COLLECTIVES.stream()
                .flatMap(c -> c.spellings().stream().map(spelling -> Arguments.of(spelling, c.name())));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyCollectiveSpelling")
    void everyCollectiveSpellingOfTheDataFileResolves(String spelling, String name) {
        ResolvedAgencies result = TestDirectory.resolver().resolve(spelling);

        assertThat(result.displayText()).isEqualTo(name);
        assertThat(result.warnings()).isEmpty();
    }
}
