package vn.giaoviec.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.giaoviec.agency.resolve.AgencyMatch;
import vn.giaoviec.agency.resolve.AgencyResolver;
import vn.giaoviec.agency.resolve.ResolvedAgencies;
import vn.giaoviec.deadline.Deadline;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.deadline.DeadlineParser;
import vn.giaoviec.plan.ImportChoices.RowEdit;
import vn.giaoviec.plan.read.AppendixRow;
import vn.giaoviec.plan.read.ParsedAppendix;
import vn.giaoviec.plan.read.ReadWarning;
import vn.giaoviec.plan.read.UncertainCell;

/**
 * Turns the rows read from an appendix, with the user's edits, into what the import will register:
 * agencies resolved, collectives expanded, deadlines parsed, every problem attached to its row.
 * <p>
 * Decisions: a collective lead means one task per member agency ("… có liên quan" as a lead too,
 * with a warning); "… có liên quan" coordinators are chosen by the lead's leader at assignment;
 * a lead is never its own coordinator; a row with several dates runs against the last one; a row
 * without a fixed date (periodic, continuous, unspecified) runs against the date the user chose, else
 * the plan year's last day; a row due after an event has no date at all until the event is signalled
 * (see TaskLauncher#startAfterEvent).
 */
final class PreviewBuilder {

    private final DeadlineParser parser;
    private final AgencyResolver resolver;
    private final int year;
    private final ImportChoices choices;
    private final List<PreviewWarning> warnings = new ArrayList<>();
    private final Set<String> unknownNames = new LinkedHashSet<>();

    PreviewBuilder(DeadlineParser parser, AgencyResolver resolver, int year, ImportChoices choices) {
        this.parser = parser;
        this.resolver = resolver;
        this.year = year;
        this.choices = choices;
    }

    PlanPreview build(ParsedAppendix appendix, String decisionNumber, String title, String issuer, LocalDate today,
                      List<String> newAgencies) {
        if (year < today.getYear()) {
            warnings.add(new PreviewWarning(0, "Năm kế hoạch " + year + " đã qua: các nhiệm vụ có hạn trước hôm nay sẽ"
                    + " quá hạn ngay khi ghi và được chuyển Chánh Văn phòng.", false));
        }
        for (ReadWarning warning : appendix.warnings()) {
            warnings.add(new PreviewWarning(warning.row(), warning.message(), false));
        }
        List<PreviewItem> items = appendix.rows().stream().map(row -> item(row, uncertain(appendix, row))).toList();
        if (items.stream().allMatch(PreviewItem::skipped)) {
            warnings.add(new PreviewWarning(0, "Mọi dòng đều bị bỏ: không có nhiệm vụ nào để ghi.", true));
        }
        int tasks = items.stream().mapToInt(PreviewItem::taskCount).sum();
        return new PlanPreview(decisionNumber, title, issuer, year, items, List.copyOf(warnings),
                List.copyOf(unknownNames), tasks, appendix.source(), newAgencies);
    }

    private static List<String> uncertain(ParsedAppendix appendix, AppendixRow row) {
        return appendix.uncertain().stream().filter(c -> c.row() == row.row()).map(UncertainCell::column).toList();
    }

    private PreviewItem item(AppendixRow read, List<String> uncertain) {
        RowEdit edit = choices.rows().get(read.row());
        AppendixRow row = edited(read, edit);
        Deadline deadline = parser.parse(row.deadlineText(), year);
        boolean pickable = deadline.kind() != DeadlineKind.EVENT && deadline.dueDates().isEmpty();
        LocalDate chosen = pickable && edit != null ? edit.dueDate() : null;
        if (edit != null && edit.skip()) {
            return new PreviewItem(row.row(), row.section(), row.stt(), row.parent(), row.title(), row.lead(), List.of(),
                    row.product(), row.deadlineText(), deadline, 0, List.of(), List.of(), false, null, true,
                    List.of(), uncertain, false, pickable);
        }
        ResolvedAgencies lead = resolver.resolve(row.lead());
        List<String> leadCodes = leadCodes(row.row(), lead);
        ResolvedAgencies coordinators = withoutLead(row.row(), resolver.resolve(row.coordinators()), lead);
        report(row.row(), coordinators, false);
        if (deadline.warning() != null && chosen == null) {
            warnings.add(new PreviewWarning(row.row(), deadline.warning(), false));
        }
        List<String> parties = new ArrayList<>(lead.parties());
        coordinators.parties().stream().filter(p -> !parties.contains(p)).forEach(parties::add);
        LocalDate due = deadline.kind() == DeadlineKind.EVENT ? null : chosen != null ? chosen : dueDate(deadline);
        return new PreviewItem(row.row(), row.section(), row.stt(), row.parent(), row.title(), lead.displayText(),
                coordinators.items().stream().filter(m -> m.kind() != AgencyMatch.Kind.PARTY).map(AgencyMatch::name)
                        .toList(), row.product(), row.deadlineText(), deadline, leadCodes.size(), leadCodes,
                coordinators.agencyCodes(), coordinators.hasRelevant(), due, false, parties, uncertain, chosen != null,
                pickable);
    }

    private static AppendixRow edited(AppendixRow row, RowEdit edit) {
        if (edit == null) {
            return row;
        }
        return new AppendixRow(row.row(), row.section(), row.stt(), row.parent(), row.title(),
                pick(edit.lead(), row.lead()), pick(edit.coordinators(), row.coordinators()),
                row.product() == null && edit.product() == null ? null : pick(edit.product(), row.product()),
                pick(edit.deadline(), row.deadlineText()));
    }

    private static String pick(String edited, String read) {
        return edited == null ? read : edited.strip();
    }

    private List<String> leadCodes(int row, ResolvedAgencies lead) {
        report(row, lead, true);
        if (lead.isEmpty() || lead.items().stream().allMatch(m -> m.kind() == AgencyMatch.Kind.PARTY)) {
            warnings.add(new PreviewWarning(row, "Dòng " + row + " thiếu cơ quan chủ trì.", true));
            return List.of();
        }
        if (lead.hasUnknown()) {
            return List.of();
        }
        if (lead.hasRelevant()) {
            warnings.add(new PreviewWarning(row, "Cơ quan chủ trì \"" + lead.displayText()
                    + "\" được hiểu là tất cả các cơ quan thành viên; thu hồi nhiệm vụ của cơ quan không liên quan"
                    + " sau khi nhập.", false));
        }
        Set<String> codes = new LinkedHashSet<>(lead.agencyCodes());
        codes.addAll(lead.relevantCandidateCodes());
        return List.copyOf(codes);
    }

    /** A lead named among its own coordinators is left out of them, with a word to the user. */
    private ResolvedAgencies withoutLead(int row, ResolvedAgencies coordinators, ResolvedAgencies lead) {
        List<String> named = lead.namedAgencyCodes();
        ResolvedAgencies kept = coordinators.without(named);
        if (kept.items().size() < coordinators.items().size()) {
            warnings.add(new PreviewWarning(row, "Cơ quan chủ trì \"" + lead.displayText() + "\" cũng có tên trong cơ quan"
                    + " phối hợp: bỏ khỏi danh sách phối hợp.", false));
        }
        return kept;
    }

    private void report(int row, ResolvedAgencies agencies, boolean asLead) {
        for (AgencyMatch match : agencies.items()) {
            if (match.warning() != null) {
                warnings.add(new PreviewWarning(row, match.warning(), match.isUnknown()));
            }
            if (match.isUnknown()) {
                unknownNames.add(match.text());
            }
        }
        for (AgencyMatch empty : agencies.emptyCollectives()) {
            warnings.add(new PreviewWarning(row, "\"" + empty.name() + "\" không có cơ quan nào trong danh bạ"
                    + (asLead ? ": dòng này không giao được cho ai. Thêm các cơ quan ở trang Danh bạ cơ quan, hoặc sửa"
                    + " cơ quan chủ trì." : ": không cơ quan nào được mời phối hợp theo tên này."), asLead));
        }
    }

    /**
     * The date the lifecycle runs against (see the class comment). A date followed by periodic work
     * ("Quý IV/2022 và theo định kỳ") runs to the plan year's end, as its last milestone does.
     */
    private LocalDate dueDate(Deadline deadline) {
        List<LocalDate> dates = deadline.dueDates();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        if (dates.isEmpty()) {
            return yearEnd;
        }
        LocalDate last = dates.get(dates.size() - 1);
        return deadline.periodicAfter() && last.isBefore(yearEnd) ? yearEnd : last;
    }
}
