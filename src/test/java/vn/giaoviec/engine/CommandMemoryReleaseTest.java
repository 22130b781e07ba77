package vn.giaoviec.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Engine commands inside one long transaction (a plan import) no longer keep their command context —
 * every entity they touched — until the transaction ends; a command that asked to hear about the
 * transaction's end still hears, with its context.
 */
@SpringBootTest
@ActiveProfiles("test")
class CommandMemoryReleaseTest {

    @Autowired ProcessEngine engine;
    @Autowired TransactionTemplate transaction;

    CommandExecutor commands() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    }

    @Test
    void aFinishedCommandsContextCanBeCollectedBeforeTheTransactionEnds() {
        Boolean collected = transaction.execute(status -> {
            WeakReference<CommandContext> finished = new WeakReference<>(commands().execute(context -> {
                context.getDbEntityManager(); // the session that holds a command's entities
                return context;
            }));
            commands().execute(context -> null); // the transaction goes on with other commands
            return collectedSoon(finished);
        });

        assertThat(collected).as("the first command's context is garbage while the transaction is still open").isTrue();
    }

    @Test
    void aCommandListeningForTheCommitIsToldWithItsContext() {
        AtomicReference<CommandContext> registeredFrom = new AtomicReference<>();
        List<CommandContext> toldWith = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            commands().execute(context -> {
                registeredFrom.set(context);
                context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, toldWith::add);
                return null;
            });
            commands().execute(context -> null);
        });

        assertThat(toldWith).containsExactly(registeredFrom.get());
    }

    private static boolean collectedSoon(WeakReference<?> reference) {
        for (int i = 0; i < 20 && reference.get() != null; i++) {
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return reference.get() == null;
    }
}
