package vn.giaoviec.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyKind;
import vn.giaoviec.agency.resolve.AgencyResolver;
import vn.giaoviec.agency.Collective;
import vn.giaoviec.deadline.DeadlineParser;
import vn.giaoviec.plan.read.AppendixReader;
import vn.giaoviec.plan.read.ParsedAppendix;

/**
 * A plan of a local government previewed against its own directory (two-level government: a
 * People's Committee with its offices and its communes, not the province's departments). Seed 004 —
 * huyện Vĩnh Cửu's plan, written as prose — against a test directory of Vĩnh Cửu's offices (kind SO:
 * the offices of the issuing committee) and its communes (kind XA): every responsibility becomes
 * tasks of the office named in its heading, the collective heading gives one task per office and
 * commune, and the only unknown names are the names of the central agencies of heading 7 (the
 * resolver drops "nhân dân" after "Tòa án" and "Viện kiểm sát"; no piece of a sentence among them).
 */
class CommunePlanPreviewTest {

    private static final List<Agency> OFFICES = List.of(
            office("pnv", "Phòng Nội vụ", "Phòng Nội vụ huyện"),
            office("vp", "Văn phòng HĐND và UBND", "Văn phòng HĐND - UBND huyện"),
            office("pvhtt", "Phòng Văn hóa và Thông tin", "Phòng Văn hóa và Thông tin huyện"),
            office("ptp", "Phòng Tư pháp", "Phòng Tư pháp huyện"),
            office("ptckh", "Phòng Tài chính - Kế hoạch", "Phòng Tài chính – kế hoạch huyện"),
            office("ttvhtt", "Trung tâm Văn hóa - Thông tin - Thể thao", "Trung tâm Văn hóa - Thông tin – Thể thao huyện"),
            new Agency("ubndhuyen", "UBND huyện Vĩnh Cửu", AgencyKind.HUYEN, Set.of(), List.of("UBND huyện")));
    private static final List<String> COMMUNES = List.of("thị trấn Vĩnh An", "xã Thạnh Phú", "xã Tân An", "xã Trị An",
            "xã Mã Đà", "xã Phú Lý", "xã Hiếu Liêm", "xã Vĩnh Tân", "xã Bình Lợi", "xã Thiện Tân", "xã Tân Bình", "xã Bình Hòa");
    private static final List<Collective> COLLECTIVES = List.of(
            Collective.ofKinds("Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc huyện và UBND các xã, thị trấn",
                    // the plan's heading names the town after the collective: an alias, as an administrator writes it
                    List.of("Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc huyện và UBND các xã, thị trấn Vĩnh An",
                            "Các cơ quan, đơn vị, địa phương"), false, AgencyKind.SO, AgencyKind.XA),
            Collective.ofKinds("UBND cấp xã", List.of("UBND các xã, thị trấn"), false, AgencyKind.XA),
            Collective.ofKinds("Các đơn vị liên quan", List.of("Các cơ quan, đơn vị liên quan"), true,
                    AgencyKind.SO, AgencyKind.XA));
    private static final List<String> CENTRAL_AGENCIES = List.of("Chi cục thuế", "Bảo hiểm xã hội", "Kho bạc nhà nước",
            "Bru điện", "Công an", "Tòa án", "Viện kiểm sát", "Trung tâm Y tế",
            "Chi nhánh Văn phòng Đăng ký đất đai");

    private final PlanPreview preview = preview();

    @Test
    void everyResponsibilityIsATaskOfTheOfficeInItsHeading() {
        assertThat(preview.items()).hasSize(26);
        assertThat(preview.items()).filteredOn(i -> i.stt().startsWith("2.")).hasSize(9)
                .allSatisfy(i -> assertThat(i.leadCodes()).containsExactly("pnv"));
        assertThat(preview.items()).filteredOn(i -> i.stt().startsWith("3.")).hasSize(5)
                .allSatisfy(i -> assertThat(i.leadCodes()).containsExactly("vp"));
        assertThat(item("4.1").leadCodes()).containsExactly("pvhtt");
        assertThat(item("5.1").leadCodes()).containsExactly("ptp");
        assertThat(item("6.2").leadCodes()).containsExactly("ptckh");
        assertThat(item("8.1").leadCodes()).containsExactly("ttvhtt");
        assertThat(item("8.1").coordinatorCodes()).containsExactly("pnv");
        assertThat(item("2.5").coordinatorsChosenAtAssignment()).isTrue();
        assertThat(item("1.1").dueDate()).isEqualTo(LocalDate.of(2023, 2, 10));
    }

    @Test
    void theCollectiveHeadingGivesOneTaskPerOfficeAndCommune() {
        int members = 6 + COMMUNES.size();
        assertThat(preview.items()).filteredOn(i -> i.stt().startsWith("1.")).hasSize(4)
                .allSatisfy(i -> {
                    assertThat(i.taskCount()).isEqualTo(members);
                    assertThat(i.leadCodes()).contains("pnv", "ttvhtt", "xvinhan", "xbinhhoa").doesNotContain("ubndhuyen");
                });
    }

    @Test
    void theOnlyUnknownNamesAreWholeNamesOfCentralAgencies() {
        assertThat(preview.unknownNames()).containsExactlyInAnyOrderElementsOf(CENTRAL_AGENCIES);
        assertThat(item("7.1").coordinatorCodes()).containsExactly("ubndhuyen");
    }

    private PreviewItem item(String stt) {
        return preview.items().stream().filter(i -> i.stt().equals(stt)).findFirst().orElseThrow();
    }

    private static PlanPreview preview() {
        List<Agency> agencies = Stream.concat(OFFICES.stream(), COMMUNES.stream().map(CommunePlanPreviewTest::commune)).toList();
        AgencyResolver resolver = new AgencyResolver(agencies, COLLECTIVES);
        ParsedAppendix seed = seed004();
        return new PreviewBuilder(new DeadlineParser(), resolver, 2023, ImportChoices.ofMappings(java.util.Map.of(), false))
                .build(seed, "53/KH-UBND", "Kế hoạch cải cách hành chính huyện Vĩnh Cửu năm 2023", "UBND huyện Vĩnh Cửu",
                        LocalDate.of(2023, 1, 17), List.of());
    }

    private static ParsedAppendix seed004() {
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "seeds"))) {
            Path seed = files.filter(p -> p.getFileName().toString().startsWith("004_")).findFirst().orElseThrow();
            try (InputStream in = Files.newInputStream(seed)) {
                return new AppendixReader().read(seed.getFileName().toString(), in);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Agency office(String code, String name, String alias) {
        return new Agency(code, name, AgencyKind.SO, Set.of(), List.of(alias));
    }

    private static Agency commune(String name) {
        String code = "x" + java.text.Normalizer.normalize(name.replaceFirst("^(xã|thị trấn) ", "").replace('đ', 'd')
                .replace('Đ', 'D'), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replaceAll("[^A-Za-z]", "")
                .toLowerCase(java.util.Locale.ROOT);
        return new Agency(code, "UBND " + name, AgencyKind.XA, Set.of(), List.of());
    }
}
