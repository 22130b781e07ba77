package vn.giaoviec.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.report.PeriodicReportProcess;
import vn.giaoviec.yearend.PlanYearEndProcess;

/**
 * The saved Tasklist filters every user starts with ("Việc của tôi", "Việc của đơn vị", "Sắp đến
 * hạn", "Quá hạn"), sorted by due date and showing each task's title, lead agency and code (the due
 * date is Tasklist's own "Hạn"). Created once by name; a designer's later edits in Tasklist are kept,
 * except that a new {@link #VERSION} of these definitions replaces the old ones once.
 */
@Component
public class TasklistFilters {

    /** Raise when the definitions below change: existing filters are then rewritten once. */
    static final int VERSION = 2;
    static final String VERSION_PROPERTY = "giaoviec.tasklist-filters.version";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;
    private final ManagementService managementService;

    public TasklistFilters(FilterService filterService, TaskService taskService,
                           AuthorizationService authorizationService, ManagementService managementService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
        this.managementService = managementService;
    }

    /** At every start, right after the agency groups (AgencySetup, order 1). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    public void ensure() {
        boolean outdated = !String.valueOf(VERSION).equals(managementService.getProperties().get(VERSION_PROPERTY));
        ensure("Việc của tôi", -10, "#3a87ad", "Việc đang giao cho tôi",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), outdated);
        ensure("Việc của đơn vị", -5, "#555555", "Việc của cơ quan, nhóm tôi thuộc về, chưa ai nhận",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"), outdated);
        ensure("Sắp đến hạn", 0, "#f0ad4e", "Việc của tôi và đơn vị hết hạn trong 5 ngày tới",
                mineOrMyGroups().dueAfterExpression("${now()}")
                        .dueBeforeExpression("${dateTime().plusDays(5).toDate()}"), outdated);
        ensure("Quá hạn", 5, "#d9534f", "Việc của tôi và đơn vị đã quá hạn",
                mineOrMyGroups().dueBeforeExpression("${now()}"), outdated);
        if (outdated) {
            managementService.setProperty(VERSION_PROPERTY, String.valueOf(VERSION));
        }
    }

    /** Tasks assigned to me (an officer's own work has no candidate group) or offered to my groups. */
    private TaskQuery mineOrMyGroups() {
        return taskService.createTaskQuery().or()
                .taskAssigneeExpression("${currentUser()}")
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .endOr();
    }

    private void ensure(String name, int priority, String color, String description, TaskQuery query,
                        boolean outdated) {
        Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            if (outdated) {
                filterService.saveFilter(existing.setQuery(query.orderByDueDate().asc())
                        .setProperties(properties(priority, color, description)));
            }
            return;
        }
        Filter filter = filterService.newTaskFilter(name)
                .setQuery(query.orderByDueDate().asc())
                .setProperties(properties(priority, color, description));
        filterService.saveFilter(filter);
        Authorization readForAll = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        readForAll.setResource(Resources.FILTER);
        readForAll.setResourceId(filter.getId());
        readForAll.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(readForAll);
    }

    private static Map<String, Object> properties(int priority, String color, String description) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("color", color);
        properties.put("refresh", true);
        // only those a task has are shown: plan tasks have the first three, reports and year end the others
        properties.put("variables", List.of(
                Map.of("name", PlanTaskProcess.Var.TITLE, "label", "Nhiệm vụ"),
                Map.of("name", PlanTaskProcess.Var.LEAD_AGENCY_NAME, "label", "Cơ quan chủ trì"),
                Map.of("name", PlanTaskProcess.Var.TASK_CODE, "label", "Mã"),
                Map.of("name", PeriodicReportProcess.Var.PERIOD_NAME, "label", "Kỳ báo cáo"),
                Map.of("name", PeriodicReportProcess.Var.AGENCY_NAME, "label", "Cơ quan"),
                Map.of("name", PlanYearEndProcess.Var.PLAN_TITLE, "label", "Kế hoạch")));
        return properties;
    }
}
