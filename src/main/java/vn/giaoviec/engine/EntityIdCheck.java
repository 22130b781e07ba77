package vn.giaoviec.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Checks the id of every entity the engine inserts without first writing the error message it would
 * give for a bad one.
 * <p>
 * Camunda's entity manager checks each insert's id (not null, not "*") and passes the check a message
 * built from the entity's {@code toString()} — for a process instance or a task, a string of all its
 * fields — whether or not the id is wrong. Importing a plan inserts a few dozen entities per task, and
 * those strings were 5–8 % of the import's CPU (JFR, B1, docs/benchmarks.md). The check here is the
 * same; only a wrong id, which never happens with the engine's own ids, builds the message (Camunda's
 * own code then throws it). {@code giaoviec.engine.cheap-id-check=false} keeps Camunda's manager.
 */
@Component
@ConditionalOnProperty(name = "giaoviec.engine.cheap-id-check", havingValue = "true", matchIfMissing = true)
class EntityIdCheck extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // as Camunda's DbEntityManagerFactory opens its manager; the id generator exists only after init
        CustomSessions.replace(configuration, DbEntityManager.class, () -> new Manager(configuration.getIdGenerator(),
                Context.getCommandContext().getSession(PersistenceSession.class)));
    }

    /** Camunda's entity manager, building the bad-id message only for a bad id. */
    static final class Manager extends DbEntityManager {

        Manager(IdGenerator ids, PersistenceSession persistence) {
            super(ids, persistence);
        }

        @Override
        protected void validateId(DbEntity entity) {
            String id = entity.getId();
            if (id == null || "*".equals(id)) {
                super.validateId(entity);
            }
        }
    }
}
