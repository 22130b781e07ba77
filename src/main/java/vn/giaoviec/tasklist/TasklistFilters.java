package vn.giaoviec.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
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

/**
 * The saved Tasklist filters every user starts with ("Việc của tôi", "Việc của đơn vị", "Sắp đến
 * hạn", "Quá hạn"), sorted by due date and showing the task, lead agency and due date. Created
 * once by name; a designer's later edits in Tasklist are kept.
 */
@Component
public class TasklistFilters {

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    public TasklistFilters(FilterService filterService, TaskService taskService,
                           AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    /** At every start, right after the agency groups (AgencySetup, order 1). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    public void ensure() {
        ensure("Việc của tôi", -10, "#3a87ad", "Việc đang giao cho tôi",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensure("Việc của đơn vị", -5, "#555555", "Việc của cơ quan, nhóm tôi thuộc về, chưa ai nhận",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
        ensure("Sắp đến hạn", 0, "#f0ad4e", "Việc của tôi và đơn vị hết hạn trong 5 ngày tới",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueAfterExpression("${now()}")
                        .dueBeforeExpression("${dateTime().plusDays(5).toDate()}"));
        ensure("Quá hạn", 5, "#d9534f", "Việc của tôi và đơn vị đã quá hạn",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueBeforeExpression("${now()}"));
    }

    private void ensure(String name, int priority, String color, String description, TaskQuery query) {
        if (filterService.createFilterQuery().filterName(name).count() > 0) {
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
        properties.put("variables", List.of(
                Map.of("name", PlanTaskProcess.Var.TITLE, "label", "Nhiệm vụ"),
                Map.of("name", PlanTaskProcess.Var.LEAD_AGENCY_NAME, "label", "Cơ quan chủ trì"),
                Map.of("name", PlanTaskProcess.Var.DUE_DATE, "label", "Hạn hoàn thành")));
        return properties;
    }
}
