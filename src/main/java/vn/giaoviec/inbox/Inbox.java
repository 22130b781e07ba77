package vn.giaoviec.inbox;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Service;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.calendar.WorkingDayCalendar;
import vn.giaoviec.report.PeriodicReportProcess;
import vn.giaoviec.lifecycle.LifecycleProperties;

/**
 * A user's inbox: the counts of every list and one page of one list, each row named well enough
 * to be recognised without opening it. Rows outside a plan task (periodic reports, year end) are
 * titled from their process — one more query for the whole page.
 */
@Service
public class Inbox {

    private final InboxQuery query;
    private final AgencyDirectory directory;
    private final ProvinceClock clock;
    private final WorkingDayCalendar calendar;
    private final LifecycleProperties lifecycle;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;

    Inbox(InboxQuery query, AgencyDirectory directory, ProvinceClock clock, WorkingDayCalendar calendar,
          LifecycleProperties lifecycle, RuntimeService runtimeService, RepositoryService repositoryService) {
        this.query = query;
        this.directory = directory;
        this.clock = clock;
        this.calendar = calendar;
        this.lifecycle = lifecycle;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
    }

    /**
     * The counts of all lists and the rows of one page of {@code list}; with no list, of the list the inbox
     * starts on (one's own work, or the agency's while one has none of one's own).
     */
    public View view(String userId, Set<String> groups, InboxList asked, String search, int page) {
        InboxQuery.Viewer viewer = new InboxQuery.Viewer(userId, groups);
        InboxQuery.Window window = window();
        String q = search == null || search.isBlank() ? null : search.strip();
        int current = Math.max(page, 0);
        InboxQuery.Result read = query.read(viewer, asked, q, window, current);
        Map<InboxList, Integer> counts = read.counts();
        InboxList list = asked != null ? asked : InboxQuery.startingList(counts);
        int pages = Math.max(1, (counts.get(list) + InboxQuery.PAGE_SIZE - 1) / InboxQuery.PAGE_SIZE);
        if (current > pages - 1) {
            // a page past the last (an old link, a list that shrank): the last page
            current = pages - 1;
            read = query.read(viewer, list, q, window, current);
        }
        List<InboxQuery.Row> rows = read.rows();
        Map<String, String> otherTitles = titlesOutsidePlanTasks(rows);
        List<InboxRow> shown = rows.stream().map(row -> new InboxRow(row.workId(), row.step(), row.stepKey(),
                row.taskCode(), row.taskCode() != null ? row.title() : otherTitles.get(row.processInstanceId()),
                row.leadAgency() == null ? "" : directory.nameOf(row.leadAgency()), row.due(),
                row.overdueTask() && !row.returned() ? Urgency.OVERDUE
                        : Urgency.of(row.due(), row.returned(), window.today(), window.soonUntil()),
                userId.equals(row.assignee()))).toList();
        return new View(list, counts, shown, current, pages, q);
    }

    private InboxQuery.Window window() {
        LocalDate today = clock.today();
        return new InboxQuery.Window(today, calendar.addWorkingDays(today, lifecycle.reminderWorkingDays()));
    }

    /** "Báo cáo CCHC Quý I năm 2031" for report work, else the process's name. */
    private Map<String, String> titlesOutsidePlanTasks(List<InboxQuery.Row> rows) {
        List<String> instances = rows.stream().filter(r -> r.taskCode() == null).map(InboxQuery.Row::processInstanceId)
                .distinct().toList();
        Map<String, String> titles = new HashMap<>();
        if (instances.isEmpty()) {
            return titles;
        }
        Map<String, Map<String, Object>> values = new HashMap<>();
        for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(instances.toArray(String[]::new))
                .variableNameIn(PeriodicReportProcess.Var.PERIOD_NAME, PeriodicReportProcess.Var.PLAN_YEAR)
                .disableBinaryFetching().disableCustomObjectDeserialization().list()) {
            if (variable.getExecutionId().equals(variable.getProcessInstanceId())) {
                values.computeIfAbsent(variable.getProcessInstanceId(), k -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        for (InboxQuery.Row row : rows) {
            Map<String, Object> v = values.getOrDefault(row.processInstanceId(), Map.of());
            titles.computeIfAbsent(row.processInstanceId(), id -> v.containsKey(PeriodicReportProcess.Var.PERIOD_NAME)
                    ? "Báo cáo CCHC " + v.get(PeriodicReportProcess.Var.PERIOD_NAME) + " năm "
                            + v.get(PeriodicReportProcess.Var.PLAN_YEAR)
                    : processName(id));
        }
        return titles;
    }

    private String processName(String processInstanceId) {
        String definitionId = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getProcessDefinitionId();
        return repositoryService.getProcessDefinition(definitionId).getName();
    }

    /** What the inbox page shows. */
    public record View(InboxList list, Map<InboxList, Integer> counts, List<InboxRow> rows, int page, int pages,
                       String search) {
    }
}
