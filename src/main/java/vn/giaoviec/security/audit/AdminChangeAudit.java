package vn.giaoviec.security.audit;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Admin changes — users, groups, memberships, tenants and authorizations created, changed, unlocked
 * or deleted — from an engine command interceptor, so every way in is covered: Camunda Admin,
 * {@code /engine-rest}, our own code. Camunda's user operation log would name these operations too,
 * but history level {@code audit} does not write it (and "full" costs import throughput).
 * <p>
 * Recorded only for commands run while serving an HTTP request: the directory synchronisation at
 * start-up (groups, Tasklist access) is configuration, not an administrator's change. Recorded after
 * the command succeeded; a password is never written, only that the user was saved.
 */
@Component
class AdminChangeAudit extends AbstractProcessEnginePlugin {

    static final Set<String> COMMANDS = Set.of("SaveUserCmd", "DeleteUserCmd", "UnlockUserCmd", "SaveGroupCmd",
            "DeleteGroupCmd", "CreateMembershipCmd", "DeleteMembershipCmd", "SaveTenantCmd", "DeleteTenantCmd",
            "CreateTenantUserMembershipCmd", "CreateTenantGroupMembershipCmd", "DeleteTenantUserMembershipCmd",
            "DeleteTenantGroupMembershipCmd", "SaveAuthorizationCmd", "DeleteAuthorizationCmd");

    private final SecurityAudit audit;

    AdminChangeAudit(@Lazy SecurityAudit audit) {
        this.audit = audit;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new Interceptor(configuration));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    private final class Interceptor extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;

        Interceptor(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            T result = next.execute(command);
            String name = command.getClass().getSimpleName();
            if (COMMANDS.contains(name) && SecurityAudit.currentRequest() != null) {
                audit.record(AuditKind.ADMIN_CHANGE, actor(), name.replace("Cmd", "") + " " + describe(command));
            }
            return result;
        }

        private String actor() {
            Authentication engineUser = configuration.getIdentityService().getCurrentAuthentication();
            return engineUser != null ? engineUser.getUserId() : SecurityAudit.currentUser();
        }
    }

    /** The command's ids (user, group, tenant, authorization), read from its fields. */
    static String describe(Object command) {
        List<String> parts = new ArrayList<>();
        for (Class<?> type = command.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Object value;
                try {
                    field.setAccessible(true);
                    value = field.get(command);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    continue;
                }
                String text = describeValue(value);
                if (text != null) {
                    parts.add(field.getName() + "=" + text);
                }
            }
        }
        return String.join(", ", parts);
    }

    private static String describeValue(Object value) {
        if (value instanceof String s) {
            return s;
        } else if (value instanceof User user) {
            return user.getId();
        } else if (value instanceof Group group) {
            return group.getId();
        } else if (value instanceof Tenant tenant) {
            return tenant.getId();
        } else if (value instanceof Authorization a) {
            String type = a.getAuthorizationType() == Authorization.AUTH_TYPE_GLOBAL ? "GLOBAL"
                    : a.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE ? "REVOKE" : "GRANT";
            return "[" + a.getId() + " " + type + " " + (a.getUserId() != null ? "user " + a.getUserId()
                    : "group " + a.getGroupId()) + " resourceType " + a.getResourceType() + " resourceId "
                    + a.getResourceId() + " permissions " + permissions(a) + "]";
        }
        return null;
    }

    private static String permissions(Authorization authorization) {
        try {
            return String.valueOf(((org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity) authorization)
                    .getPermissions());
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
