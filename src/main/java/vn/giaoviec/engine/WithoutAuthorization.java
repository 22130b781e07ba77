package vn.giaoviec.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Runs engine calls as the application itself, whoever is signed in: for checks whose answer the
 * caller does not reveal (does this task exist, what does its form say), never to show data.
 */
public final class WithoutAuthorization {

    private WithoutAuthorization() {
    }

    public static <T> T call(ProcessEngine engine, Supplier<T> work) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(work::get));
    }
}
