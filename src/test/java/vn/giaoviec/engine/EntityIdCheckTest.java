package vn.giaoviec.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's entity manager checks an inserted entity's id as Camunda's does, without describing the
 * entity (its toString) unless the id is wrong.
 */
@SpringBootTest
@ActiveProfiles("test")
class EntityIdCheckTest {

    @Autowired ProcessEngine engine;

    @Test
    void everyCommandUsesTheManagerWithTheCheapCheck() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        Object manager = configuration.getCommandExecutorTxRequired()
                .execute(context -> context.getSession(DbEntityManager.class));
        assertThat(manager).isInstanceOf(EntityIdCheck.Manager.class);
    }

    @Test
    void aGoodIdIsCheckedWithoutDescribingTheEntity() {
        Entity entity = new Entity("a1b2-c3");
        new EntityIdCheck.Manager(null, null).validateId(entity);
        assertThat(entity.described).as("toString calls for a good id").hasValue(0);
    }

    @Test
    void aBadIdIsRefusedWithCamundasMessage() {
        EntityIdCheck.Manager manager = new EntityIdCheck.Manager(null, null);
        assertThatThrownBy(() -> manager.validateId(new Entity("*")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Entity thực thể-thử has an invalid id").hasMessageContaining("reserved identifier");
        assertThatThrownBy(() -> manager.validateId(new Entity(null)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("has an invalid id");
    }

    private static final class Entity implements DbEntity {
        private String id;
        final AtomicInteger described = new AtomicInteger();

        Entity(String id) {
            this.id = id;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public void setId(String id) {
            this.id = id;
        }

        @Override
        public Object getPersistentState() {
            return id;
        }

        @Override
        public String toString() {
            described.incrementAndGet();
            return "thực thể-thử";
        }
    }
}
