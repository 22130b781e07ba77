package vn.giaoviec.report;

import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.giaoviec.milestone.Milestone;
import vn.giaoviec.milestone.MilestoneRegister;
import vn.giaoviec.milestone.MilestoneStatus;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskPhase;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.register.TaskStatus;

/**
 * What an agency reports on, read from the task register: its recurring tasks ("Định kỳ",
 * "Thường xuyên") every period whatever their phase, and its other tasks while they are open.
 */
@Component
class ReportItems {

    private final TaskRegister register;
    private final MilestoneRegister milestones;

    ReportItems(TaskRegister register, MilestoneRegister milestones) {
        this.register = register;
        this.milestones = milestones;
    }

    /** Agencies that lead at least one task of the plan that was not withdrawn, in the appendix's order. */
    List<String> reportingAgencies(long planId) {
        return register.ofPlan(planId).stream().filter(e -> e.phase() != TaskPhase.WITHDRAWN)
                .map(RegisterEntry::leadAgency).distinct().toList();
    }

    /** One row per task for the report form: the form fills progressPercent and progressText. */
    List<Map<String, Object>> itemsFor(long planId, String agency) {
        return tasksOf(planId, agency).stream().filter(ReportItems::belongsInReport).map(ReportItems::item).toList();
    }

    /**
     * The rows of a submitted report form made whole again. Tasklist sends back only the fields of a
     * dynamic list that have a key (the task code, the progress entered), not the texts the rows
     * showed: the task's title and deadline come back from the register, so the leader's approval
     * form and a returned report show them again. Rows of tasks the agency does not lead are dropped.
     */
    List<Map<String, Object>> restore(List<Map<String, Object>> submitted, long planId, String agency) {
        Map<String, RegisterEntry> tasks = tasksOf(planId, agency).stream()
                .collect(Collectors.toMap(RegisterEntry::taskCode, entry -> entry));
        return submitted.stream().filter(row -> row.get("taskCode") != null && tasks.containsKey(row.get("taskCode").toString()))
                .map(row -> {
                    Map<String, Object> item = item(tasks.get(row.get("taskCode").toString()));
                    item.put("progressPercent", row.get("progressPercent"));
                    item.put("progressText", row.get("progressText") == null ? "" : row.get("progressText"));
                    return item;
                })
                .toList();
    }

    /** The figures Sở Nội vụ sees for one agency when compiling. */
    Map<String, Object> figuresFor(long planId, String agency) {
        List<RegisterEntry> tasks = tasksOf(planId, agency);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("taskCount", tasks.size());
        figures.put("doneCount", tasks.stream().filter(e -> e.status() == TaskStatus.DONE_ON_TIME
                || e.status() == TaskStatus.DONE_LATE).count());
        figures.put("overdueCount", tasks.stream().filter(e -> e.status() == TaskStatus.IN_PROGRESS_OVERDUE).count());
        return figures;
    }

    /**
     * The milestones of the agency's tasks due from {@code from} to {@code to} (the period's data window
     * up to its report's due date): how many, reported on time, reported late, not done (closed
     * without a report, or still open after their date).
     */
    Map<String, Object> milestoneFiguresFor(long planId, String agency, LocalDate from, LocalDate to, LocalDate today) {
        Set<String> codes = tasksOf(planId, agency).stream().map(RegisterEntry::taskCode).collect(Collectors.toSet());
        List<Milestone> due = milestones.dueBetween(planId, from, to).stream()
                .filter(m -> codes.contains(m.taskCode())).toList();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("milestoneCount", due.size());
        figures.put("milestoneOnTimeCount", due.stream().filter(m -> m.status() == MilestoneStatus.DONE).count());
        figures.put("milestoneLateCount", due.stream().filter(m -> m.status() == MilestoneStatus.DONE_LATE).count());
        figures.put("milestoneNotDoneCount", due.stream().filter(m -> m.status() == MilestoneStatus.NOT_DONE
                || m.open() && today.isAfter(m.dueDate())).count());
        return figures;
    }

    private List<RegisterEntry> tasksOf(long planId, String agency) {
        return register.ofPlan(planId).stream().filter(e -> e.leadAgency().equals(agency)).toList();
    }

    private static boolean belongsInReport(RegisterEntry entry) {
        return entry.isRecurring() ? entry.phase() != TaskPhase.WITHDRAWN : entry.isOpen();
    }

    private static Map<String, Object> item(RegisterEntry entry) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("taskCode", entry.taskCode());
        item.put("title", entry.title());
        item.put("deadlineText", entry.deadlineText() == null ? "" : entry.deadlineText()
                + (entry.isRecurring() || entry.dueDate() == null ? "" : " — hạn " + entry.dueDate()));
        item.put("recurring", entry.isRecurring());
        item.put("progressPercent", null);
        item.put("progressText", "");
        return item;
    }
}
