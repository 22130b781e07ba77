package vn.giaoviec.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default task authorizations, plus one: whoever is given a task — a candidate group or
 * an assignee — may read the task's process instance, so that Tasklist's lists show the task's
 * variables (title, lead agency) and its form shows the task's context. Camunda's variable query
 * checks READ on the process instance, not on the task; without this grant only administrators
 * see variables in the lists. Nobody else gains anything: an agency that never had a task of the
 * instance cannot read it, and the grant ends with the instance (Camunda deletes an instance's
 * authorizations when it ends).
 */
class TaskHolderAuthorizations extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        return withInstanceRead(super.newTaskAssignee(task, oldAssignee, newAssignee), task, newAssignee, null);
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        return withInstanceRead(super.newTaskUserIdentityLink(task, userId, type), task, userId, null);
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        return withInstanceRead(super.newTaskGroupIdentityLink(task, groupId, type), task, null, groupId);
    }

    private AuthorizationEntity[] withInstanceRead(AuthorizationEntity[] taskGrants, Task task, String userId,
                                                   String groupId) {
        String instanceId = task.getProcessInstanceId();
        if (instanceId == null || (userId == null && groupId == null)) {
            return taskGrants;
        }
        AuthorizationEntity read = instanceRead(instanceId, userId, groupId);
        if (read == null) {
            return taskGrants;
        }
        List<AuthorizationEntity> all = new ArrayList<>(taskGrants == null ? List.of() : Arrays.asList(taskGrants));
        all.add(read);
        return all.toArray(new AuthorizationEntity[0]);
    }

    /** READ on the instance for the user or group: a new grant, an existing one widened, or none if it is there. */
    private AuthorizationEntity instanceRead(String instanceId, String userId, String groupId) {
        AuthorizationEntity existing = groupId != null
                ? getAuthorizationManager().findAuthorizationByGroupIdAndResourceId(AUTH_TYPE_GRANT, groupId,
                        Resources.PROCESS_INSTANCE, instanceId)
                : getAuthorizationManager().findAuthorizationByUserIdAndResourceId(AUTH_TYPE_GRANT, userId,
                        Resources.PROCESS_INSTANCE, instanceId);
        if (existing == null) {
            return createAuthorization(userId, groupId, Resources.PROCESS_INSTANCE, instanceId, Permissions.READ);
        }
        if (existing.isPermissionGranted(Permissions.READ)) {
            return null;
        }
        existing.addPermission(Permissions.READ);
        return existing;
    }
}
