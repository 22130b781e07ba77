package vn.giaoviec.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
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
        List<SessionFactory> factories = new ArrayList<>();
        if (configuration.getCustomSessionFactories() != null) {
            factories.addAll(configuration.getCustomSessionFactories());
        }
        // custom session factories are registered after Camunda's own, replacing the one of the same type
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return DbEntityManager.class;
            }

            @Override
            public Session openSession() {
                // as Camunda's DbEntityManagerFactory does; the id generator exists only after init
                PersistenceSession persistence = Context.getCommandContext().getSession(PersistenceSession.class);
                return new Manager(configuration.getIdGenerator(), persistence);
            }
        });
        configuration.setCustomSessionFactories(factories);
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
