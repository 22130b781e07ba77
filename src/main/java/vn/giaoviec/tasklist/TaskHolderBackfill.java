package vn.giaoviec.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasks opened before {@link TaskHolderAuthorizations} existed get, once, what it gives new ones:
 * their holders read the instance and the task's history. Without this a database upgraded in the
 * middle of a plan year would show the old lists without titles until every open step had moved on.
 * Idempotent (an existing grant is only widened); a second node starting at the same time may lose
 * a race on a grant, which the first one made anyway.
 */
@Component
class TaskHolderBackfill {

    static final String DONE_PROPERTY = "giaoviec.task-holder-grants.done";
    private static final int PAGE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(TaskHolderBackfill.class);

    private final TaskService taskService;
    private final AuthorizationService authorizationService;
    private final ManagementService managementService;

    TaskHolderBackfill(TaskService taskService, AuthorizationService authorizationService,
                       ManagementService managementService) {
        this.taskService = taskService;
        this.authorizationService = authorizationService;
        this.managementService = managementService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(3)
    public void grantOpenTasks() {
        if ("true".equals(managementService.getProperties().get(DONE_PROPERTY))) {
            return;
        }
        int granted = 0;
        List<Task> tasks;
        int first = 0;
        do {
            tasks = taskService.createTaskQuery().orderByTaskId().asc().listPage(first, PAGE);
            for (Task task : tasks) {
                granted += grantHolders(task);
            }
            first += PAGE;
        } while (tasks.size() == PAGE);
        managementService.setProperty(DONE_PROPERTY, "true");
        LOG.info("Quyền xem của người giữ việc cho {} việc đang mở: {} quyền được thêm", first - PAGE + tasks.size(),
                granted);
    }

    private int grantHolders(Task task) {
        int granted = 0;
        if (task.getAssignee() != null) {
            granted += grant(task, task.getAssignee(), null);
        }
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                granted += grant(task, link.getUserId(), link.getGroupId());
            }
        }
        return granted;
    }

    private int grant(Task task, String userId, String groupId) {
        int granted = 0;
        if (task.getProcessInstanceId() != null) {
            granted += ensure(userId, groupId, Resources.PROCESS_INSTANCE, task.getProcessInstanceId(), Permissions.READ);
        }
        return granted + ensure(userId, groupId, Resources.HISTORIC_TASK, task.getId(), HistoricTaskPermissions.READ);
    }

    private int ensure(String userId, String groupId, Resource resource, String resourceId, Permission permission) {
        var query = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .resourceType(resource).resourceId(resourceId);
        Authorization existing = (groupId != null ? query.groupIdIn(groupId) : query.userIdIn(userId)).singleResult();
        if (existing != null && existing.isPermissionGranted(permission)) {
            return 0;
        }
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setUserId(groupId == null ? userId : null);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        try {
            authorizationService.saveAuthorization(authorization);
            return 1;
        } catch (ProcessEngineException e) {
            LOG.warn("Quyền {} trên {} {} cho {} không ghi được (nút khác đã ghi?): {}", permission.getName(),
                    resource.resourceName(), resourceId, groupId != null ? groupId : userId, e.getMessage());
            return 0;
        }
    }
}
