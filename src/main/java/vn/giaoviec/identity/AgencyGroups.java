package vn.giaoviec.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;

/**
 * Mirrors the agency directory into Camunda groups: one group per agency, one for its leaders,
 * one for the Chánh Văn phòng; each may open Tasklist. Idempotent: run at every start.
 */
@Component
public class AgencyGroups {

    static final String AGENCY_GROUP_TYPE = "AGENCY";
    static final String ROLE_GROUP_TYPE = "WORKFLOW";

    private final AgencyDirectory directory;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    public AgencyGroups(AgencyDirectory directory, IdentityService identityService,
                        AuthorizationService authorizationService) {
        this.directory = directory;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    public void synchronize() {
        for (Agency agency : directory.all()) {
            ensureGroup(agency.code(), agency.name(), AGENCY_GROUP_TYPE);
            ensureGroup(agency.leaderGroup(), "Lãnh đạo " + agency.name(), ROLE_GROUP_TYPE);
        }
        ensureGroup(Roles.CHIEF_OF_OFFICE, "Chánh Văn phòng UBND", ROLE_GROUP_TYPE);
    }

    private void ensureGroup(String id, String name, String type) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identityService.newGroup(id);
        }
        if (!name.equals(group.getName()) || !type.equals(group.getType())) {
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
        grant(id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }

    /** Grants one permission to a group, once. */
    public void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        if (existing != null && existing.isPermissionGranted(permission)) {
            return;
        }
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizationService.saveAuthorization(authorization);
    }
}
