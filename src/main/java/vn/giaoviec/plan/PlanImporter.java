package vn.giaoviec.plan;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.resolve.AgencyAliases;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.agency.AgencyKind;
import vn.giaoviec.agency.resolve.AgencyResolver;
import vn.giaoviec.agency.resolve.AgencyResolvers;
import vn.giaoviec.agency.AgencyRole;
import vn.giaoviec.agency.DirectoryChanges;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.deadline.DeadlineParser;
import vn.giaoviec.plan.read.AppendixReader;
import vn.giaoviec.plan.read.ParsedAppendix;
import vn.giaoviec.plan.read.PlanMetadata;
import vn.giaoviec.plan.read.ReadLimits;
import vn.giaoviec.plan.read.pdf.PdfSource;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.TaskLauncher;

/**
 * Imports a plan's appendix: preview (nothing written), then commit — the plan, every task, every
 * lifecycle instance and the plan's year-end process in one transaction, or nothing at all.
 */
@Service
public class PlanImporter {

    private final AppendixReader reader;
    private final DeadlineParser parser;
    private final AgencyResolvers resolvers;
    private final AgencyAliases aliases;
    private final AgencyDirectory directory;
    private final PlanRepository plans;
    private final TaskBudget budget;
    private final TaskLauncher launcher;
    private final ApplicationEventPublisher events;
    private final ProvinceClock clock;
    private final DirectoryChanges changes;

    public PlanImporter(DeadlineParser parser, AgencyResolvers resolvers, AgencyAliases aliases,
                        AgencyDirectory directory, PlanRepository plans, TaskLauncher launcher,
                        ApplicationEventPublisher events, ProvinceClock clock, DirectoryChanges changes,
                        TaskBudget budget, @Value("${giaoviec.ocr.command:tesseract}") String tesseract) {
        this.changes = changes;
        this.budget = budget;
        this.reader = new AppendixReader(ReadLimits.DEFAULT, new PdfSource(tesseract));
        this.parser = parser;
        this.resolvers = resolvers;
        this.aliases = aliases;
        this.directory = directory;
        this.plans = plans;
        this.launcher = launcher;
        this.events = events;
        this.clock = clock;
    }

    /** Reads a plan file (nothing written); {@link PlanReadException} in Vietnamese when it cannot be read. */
    public ParsedAppendix read(String fileName, byte[] content) {
        return reader.read(fileName, new ByteArrayInputStream(content));
    }

    public PlanPreview preview(String fileName, byte[] content, Integer year, Map<String, String> mappings) {
        return preview(read(fileName, content), year, ImportChoices.ofMappings(mappings, false));
    }

    /** What the import would register with these choices; nothing is written. */
    public PlanPreview preview(ParsedAppendix appendix, Integer year, ImportChoices choices) {
        PlanMetadata metadata = appendix.metadata();
        int planYear = planYear(year, metadata);
        String title = metadata.title() != null ? metadata.title() : "Kế hoạch cải cách hành chính năm " + planYear;
        String issuer = metadata.issuer() != null ? metadata.issuer() : "UBND " + directory.province();
        List<Agency> newAgencies = newAgencies(choices);
        Map<String, String> mappings = new LinkedHashMap<>(choices.mappings());
        newAgencies.forEach(agency -> choices.newAgencies().stream()
                .filter(e -> newAgencyName(e).equals(agency.name())).forEach(e -> mappings.put(e.getKey(), agency.code())));
        AgencyResolver resolver = resolvers.with(mappings, newAgencies, appendix.misreadNamesLikely());
        return new PreviewBuilder(parser, resolver, planYear, choices).build(appendix, metadata.decisionNumber(), title,
                issuer, clock.today(), newAgencies.stream().map(a -> a.code() + " " + a.name()).toList());
    }

    @Transactional
    public Plan commit(String fileName, byte[] content, Integer year, Map<String, String> mappings,
                       boolean saveAliases, String actor) {
        return commit(new ImportSource(fileName, sha256(content), read(fileName, content)), year,
                ImportChoices.ofMappings(mappings, saveAliases), null, actor);
    }

    /**
     * Registers the plan as its preview showed it, all or nothing: new agencies, the plan, every task,
     * every lifecycle instance, the year-end process and (when chosen) the aliases.
     *
     * @param expectedFingerprint the fingerprint of the preview the user saw, or null (REST without preview)
     */
    @Transactional
    public Plan commit(ImportSource source, Integer year, ImportChoices choices, String expectedFingerprint,
                       String actor) {
        PlanPreview preview = preview(source.appendix(), year, choices);
        if (expectedFingerprint != null && !expectedFingerprint.equals(preview.fingerprint())) {
            throw new PlanImportException("Dữ liệu đã thay đổi kể từ lần xem trước (ví dụ danh bạ cơ quan vừa được sửa):"
                    + " hãy xem lại bản xem trước mới rồi ghi.");
        }
        if (!preview.committable()) {
            throw new PlanImportException("Chưa thể ghi kế hoạch: còn tên cơ quan chưa xác định hoặc dòng thiếu cơ quan"
                    + " chủ trì (" + String.join("; ", preview.unknownNames()) + "). Hãy chọn cơ quan tương ứng.");
        }
        refuseDuplicate(preview, source.sha256());
        budget.require(preview.taskCount());
        newAgencies(choices).forEach(agency -> changes.add(agency.code(), agency.name(), agency.kind(),
                agency.aliases(), actor));
        Plan plan = new Plan(null, preview.decisionNumber(), preview.title(), preview.issuer(), preview.year(),
                monitoringAgency(), source.fileName(), preview.taskCount(), actor, clock.localNow(), null);
        long planId = plans.insert(plan, source.sha256());
        launcher.startAll(preview.items().stream().filter(PreviewItem::isTask)
                .flatMap(item -> tasksOf(planId, item).stream()).toList(), actor);
        if (choices.saveAliases()) {
            choices.mappings().forEach((alias, code) -> aliases.save(alias, code, actor));
        }
        Plan committed = plans.find(planId).orElseThrow();
        events.publishEvent(new PlanImported(committed)); // in this transaction: the year end starts with it
        return committed;
    }

    /** A file read for import: its name, its digest (one import per file) and its rows. */
    public record ImportSource(String fileName, String sha256, ParsedAppendix appendix) {
    }

    /** The agencies the user asked to add, with the codes they will get (the same in preview and commit). */
    private List<Agency> newAgencies(ImportChoices choices) {
        List<Agency> added = new ArrayList<>();
        for (Map.Entry<String, ImportChoices.NameChoice> entry : choices.newAgencies()) {
            String name = newAgencyName(entry);
            if (added.stream().anyMatch(a -> a.name().equals(name))) {
                continue;
            }
            String code = changes.freeCode(name);
            while (codeTaken(added, code)) {
                code = code + "-moi";
            }
            AgencyKind kind = entry.getValue().newKind() == null ? AgencyKind.SO : entry.getValue().newKind();
            List<String> alias = name.equals(entry.getKey().strip()) ? List.of() : List.of(entry.getKey().strip());
            added.add(new Agency(code, name, kind, Set.of(), alias));
        }
        return added;
    }

    private static boolean codeTaken(List<Agency> added, String code) {
        return added.stream().anyMatch(a -> a.code().equals(code));
    }

    private static String newAgencyName(Map.Entry<String, ImportChoices.NameChoice> entry) {
        String name = entry.getValue().newName();
        return (name == null || name.isBlank() ? entry.getKey() : name).strip().replaceAll("\\s+", " ");
    }

    /** One task per lead agency of the row; a collective's members coordinate each other's tasks but their own. */
    private static List<NewTask> tasksOf(long planId, PreviewItem item) {
        String title = item.parent() == null ? item.title() : item.parent() + " — " + item.title();
        if (!item.parties().isEmpty()) {
            title = title + " (cùng: " + String.join("; ", item.parties()) + ")";
        }
        String shown = title;
        return item.leadCodes().stream().map(lead -> new NewTask(
                "KH" + planId + "-" + item.row() + (item.leadCodes().size() > 1 ? "-" + lead : ""), planId,
                item.row(), item.stt(), shown, item.section(), lead,
                item.coordinatorCodes().stream().filter(c -> !c.equals(lead)).toList(), item.product(),
                item.deadlineText(), item.dueDate(), item.deadline().kind()))
                .toList();
    }

    private void refuseDuplicate(PlanPreview preview, String sha256) {
        plans.findBySource(sha256).ifPresent(existing -> {
            throw PlanImportException.alreadyImported("Tệp kế hoạch này đã được nhập (kế hoạch số " + existing.id()
                    + ", \"" + existing.title() + "\"); không nhập lại.");
        });
        if (preview.decisionNumber() != null) {
            plans.findByDecision(preview.decisionNumber(), preview.year()).ifPresent(existing -> {
                throw PlanImportException.alreadyImported("Kế hoạch theo văn bản " + preview.decisionNumber()
                        + " năm " + preview.year() + " đã được nhập (kế hoạch số " + existing.id() + ").");
            });
        }
    }

    private int planYear(Integer year, PlanMetadata metadata) {
        if (year != null) {
            if (year < 2000 || year > 2100) {
                throw new PlanImportException("Năm kế hoạch không hợp lệ: " + year);
            }
            return year;
        }
        if (metadata.year() == null) {
            throw new PlanImportException("Không xác định được năm của kế hoạch từ tệp: hãy nhập năm kế hoạch.");
        }
        return metadata.year();
    }

    private String monitoringAgency() {
        return directory.withRole(AgencyRole.CCHC).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Danh bạ chưa có cơ quan thường trực CCHC (roles: [CCHC])"))
                .code();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
