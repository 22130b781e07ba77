package vn.giaoviec.plan;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giaoviec.agency.AgencyAliases;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.agency.AgencyResolvers;
import vn.giaoviec.agency.AgencyRole;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.deadline.DeadlineParser;
import vn.giaoviec.plan.read.AppendixReader;
import vn.giaoviec.plan.read.ParsedAppendix;
import vn.giaoviec.plan.read.PlanMetadata;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.TaskLauncher;

/**
 * Imports a plan's appendix: preview (nothing written), then commit — the plan, every task, every
 * lifecycle instance and the plan's year-end process in one transaction, or nothing at all.
 */
@Service
public class PlanImporter {

    private final AppendixReader reader = new AppendixReader();
    private final DeadlineParser parser;
    private final AgencyResolvers resolvers;
    private final AgencyAliases aliases;
    private final AgencyDirectory directory;
    private final PlanRepository plans;
    private final TaskLauncher launcher;
    private final ApplicationEventPublisher events;
    private final ProvinceClock clock;

    public PlanImporter(DeadlineParser parser, AgencyResolvers resolvers, AgencyAliases aliases,
                        AgencyDirectory directory, PlanRepository plans, TaskLauncher launcher, ApplicationEventPublisher events,
                        ProvinceClock clock) {
        this.parser = parser;
        this.resolvers = resolvers;
        this.aliases = aliases;
        this.directory = directory;
        this.plans = plans;
        this.launcher = launcher;
        this.events = events;
        this.clock = clock;
    }

    public PlanPreview preview(String fileName, byte[] content, Integer year, Map<String, String> mappings) {
        ParsedAppendix appendix = reader.read(fileName, new ByteArrayInputStream(content));
        PlanMetadata metadata = appendix.metadata();
        int planYear = planYear(year, metadata);
        String title = metadata.title() != null ? metadata.title() : "Kế hoạch cải cách hành chính năm " + planYear;
        String issuer = metadata.issuer() != null ? metadata.issuer() : "UBND " + directory.province();
        return new PreviewBuilder(parser, resolvers.with(mappings), planYear)
                .build(appendix, metadata.decisionNumber(), title, issuer, clock.today());
    }

    @Transactional
    public Plan commit(String fileName, byte[] content, Integer year, Map<String, String> mappings,
                       boolean saveAliases, String actor) {
        PlanPreview preview = preview(fileName, content, year, mappings);
        if (!preview.committable()) {
            throw new PlanImportException("Chưa thể ghi kế hoạch: còn tên cơ quan chưa xác định hoặc dòng thiếu cơ quan"
                    + " chủ trì (" + String.join("; ", preview.unknownNames()) + "). Hãy chọn cơ quan tương ứng.");
        }
        String sha256 = sha256(content);
        refuseDuplicate(preview, sha256);
        Plan plan = new Plan(null, preview.decisionNumber(), preview.title(), preview.issuer(), preview.year(),
                monitoringAgency(), fileName, preview.taskCount(), actor, clock.localNow(), null);
        long planId = plans.insert(plan, sha256);
        launcher.startAll(preview.items().stream().filter(PreviewItem::isTask)
                .flatMap(item -> tasksOf(planId, item).stream()).toList(), actor);
        if (saveAliases && mappings != null) {
            mappings.forEach((alias, code) -> aliases.save(alias, code, actor));
        }
        Plan committed = plans.find(planId).orElseThrow();
        events.publishEvent(new PlanImported(committed)); // in this transaction: the year end starts with it
        return committed;
    }

    /** One task per lead agency of the row; a collective's members coordinate each other's tasks but their own. */
    private static List<NewTask> tasksOf(long planId, PreviewItem item) {
        String title = item.parent() == null ? item.title() : item.parent() + " — " + item.title();
        return item.leadCodes().stream().map(lead -> new NewTask(
                "KH" + planId + "-" + item.row() + (item.leadCodes().size() > 1 ? "-" + lead : ""), planId,
                item.row(), item.stt(), title, item.section(), lead,
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

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
