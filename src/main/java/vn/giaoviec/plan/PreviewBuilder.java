package vn.giaoviec.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.giaoviec.agency.AgencyMatch;
import vn.giaoviec.agency.AgencyResolver;
import vn.giaoviec.agency.ResolvedAgencies;
import vn.giaoviec.deadline.Deadline;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.deadline.DeadlineParser;
import vn.giaoviec.plan.read.AppendixRow;
import vn.giaoviec.plan.read.ParsedAppendix;
import vn.giaoviec.plan.read.ReadWarning;

/**
 * Turns the rows read from an appendix into what the import will register: agencies resolved,
 * collectives expanded, deadlines parsed, every problem attached to its row.
 * <p>
 * Decisions: a collective lead means one task per member agency ("… có liên quan" as a lead too,
 * with a warning); "… có liên quan" coordinators are chosen by the lead's leader at assignment;
 * a row with several dates runs against the last one; a row without a fixed date (periodic,
 * continuous, unspecified) runs against the plan year's last day; a row due after an event has no
 * date at all until the event is signalled (see TaskLauncher#startAfterEvent).
 */
final class PreviewBuilder {

    private final DeadlineParser parser;
    private final AgencyResolver resolver;
    private final int year;
    private final List<PreviewWarning> warnings = new ArrayList<>();
    private final Set<String> unknownNames = new LinkedHashSet<>();

    PreviewBuilder(DeadlineParser parser, AgencyResolver resolver, int year) {
        this.parser = parser;
        this.resolver = resolver;
        this.year = year;
    }

    PlanPreview build(ParsedAppendix appendix, String decisionNumber, String title, String issuer, LocalDate today) {
        if (year < today.getYear()) {
            warnings.add(new PreviewWarning(0, "Năm kế hoạch " + year + " đã qua: các nhiệm vụ có hạn trước hôm nay sẽ"
                    + " quá hạn ngay khi ghi và được chuyển Chánh Văn phòng.", false));
        }
        for (ReadWarning warning : appendix.warnings()) {
            warnings.add(new PreviewWarning(warning.row(), warning.message(), false));
        }
        List<PreviewItem> items = appendix.rows().stream().map(this::item).toList();
        int tasks = items.stream().mapToInt(PreviewItem::taskCount).sum();
        return new PlanPreview(decisionNumber, title, issuer, year, items, List.copyOf(warnings),
                List.copyOf(unknownNames), tasks);
    }

    private PreviewItem item(AppendixRow row) {
        ResolvedAgencies lead = resolver.resolve(row.lead());
        ResolvedAgencies coordinators = resolver.resolve(row.coordinators());
        Deadline deadline = parser.parse(row.deadlineText(), year);
        List<String> leadCodes = leadCodes(row.row(), lead);
        report(row.row(), coordinators);
        if (deadline.warning() != null) {
            warnings.add(new PreviewWarning(row.row(), deadline.warning(), false));
        }
        return new PreviewItem(row.row(), row.section(), row.stt(), row.parent(), row.title(), lead.displayText(),
                coordinators.items().stream().map(AgencyMatch::name).toList(), row.product(), row.deadlineText(),
                deadline, leadCodes.size(), leadCodes, coordinators.agencyCodes(), coordinators.hasRelevant(),
                deadline.kind() == DeadlineKind.EVENT ? null : dueDate(deadline));
    }

    private List<String> leadCodes(int row, ResolvedAgencies lead) {
        report(row, lead);
        if (lead.isEmpty()) {
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

    private void report(int row, ResolvedAgencies agencies) {
        for (AgencyMatch match : agencies.items()) {
            if (match.warning() != null) {
                warnings.add(new PreviewWarning(row, match.warning(), match.isUnknown()));
            }
            if (match.isUnknown()) {
                unknownNames.add(match.text());
            }
        }
    }

    /** The date the lifecycle runs against (see the class comment). */
    private LocalDate dueDate(Deadline deadline) {
        List<LocalDate> dates = deadline.dueDates();
        return dates.isEmpty() ? LocalDate.of(year, 12, 31) : dates.get(dates.size() - 1);
    }
}
