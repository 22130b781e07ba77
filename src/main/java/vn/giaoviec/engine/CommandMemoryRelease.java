package vn.giaoviec.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionContext;
import org.camunda.bpm.engine.impl.cfg.TransactionListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.spring.SpringTransactionContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Lets the memory of an engine command go when the command ends, not when the Spring transaction
 * around it does.
 * <p>
 * Camunda's Spring transaction context registers itself with the transaction when a command opens,
 * and holds its command context — with every entity the command read or wrote and every database
 * operation it flushed — until the transaction completes. A plan import starts its lifecycles in
 * chunks of commands inside one transaction (all or nothing), so every started instance stayed in
 * memory until the commit: about 64 KB per task, a 7,020-task plan ran a 512 MiB node out of memory
 * (B1, docs/benchmarks.md). The context here drops its command context once the command has flushed
 * and committed its part, unless the command registered a transaction listener (those run at the
 * transaction's end and are given the command context): then it is kept, as Camunda keeps it.
 * {@code giaoviec.engine.release-command-memory=false} restores Camunda's behaviour.
 */
@Component
@ConditionalOnProperty(name = "giaoviec.engine.release-command-memory", havingValue = "true", matchIfMissing = true)
class CommandMemoryRelease extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration instanceof SpringProcessEngineConfiguration spring && spring.getTransactionManager() != null) {
            PlatformTransactionManager transactions = spring.getTransactionManager();
            configuration.setTransactionContextFactory(commandContext -> new Releasing(transactions, commandContext));
        }
    }

    static final class Releasing extends SpringTransactionContext implements TransactionContext {

        private boolean listenedTo;

        Releasing(PlatformTransactionManager transactions, CommandContext commandContext) {
            super(transactions, commandContext);
        }

        @Override
        public void addTransactionListener(TransactionState state, TransactionListener listener) {
            listenedTo = true;
            super.addTransactionListener(state, listener);
        }

        /** Called when the command context closes, after its flush: nothing reads the command context later. */
        @Override
        public void commit() {
            super.commit();
            if (!listenedTo) {
                commandContext = null;
            }
        }
    }
}
