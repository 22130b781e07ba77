package vn.giaoviec.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Spares every engine command of a signed-in person a read of the whole authorization table.
 * <p>
 * Before each authorization check Camunda narrows the person's groups to those that hold any
 * authorization, and learns which those are with {@code SELECT distinct(GROUP_ID_) FROM
 * ACT_RU_AUTHORIZATION} — once per command, with no condition. Giao Việc grants read access per
 * process instance and task to agency groups, so the table grows with every task (about four rows per
 * task: 400,000 rows for a province's 100,000 tasks), and each claim, completion or Tasklist call read
 * all of it (B4: 818 sequential scans of the table a minute). A group without authorizations adds
 * nothing to a check, so checking with all of a person's groups (two or three here) decides exactly as
 * the narrowed list does; only the query's IN list is longer. The Camunda behaviour is kept with
 * {@code giaoviec.engine.unfiltered-authorization-groups=false} (the benchmark's stock baseline).
 */
@Component
@ConditionalOnProperty(name = "giaoviec.engine.unfiltered-authorization-groups", havingValue = "true", matchIfMissing = true)
class UnfilteredAuthorizationGroups extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CustomSessions.replace(configuration, AuthorizationManager.class, Manager::new);
    }

    /** Camunda's authorization manager, checking with every group of the person. */
    static final class Manager extends AuthorizationManager {
        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? Collections.emptyList() : new ArrayList<>(authenticatedGroupIds);
        }
    }
}
