package vn.giaoviec.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** Puts one of our engine sessions in place of Camunda's of the same type (before the engine's init). */
final class CustomSessions {

    private CustomSessions() {
    }

    static void replace(ProcessEngineConfigurationImpl configuration, Class<?> type, Supplier<? extends Session> opener) {
        List<SessionFactory> factories = new ArrayList<>();
        if (configuration.getCustomSessionFactories() != null) {
            factories.addAll(configuration.getCustomSessionFactories());
        }
        // custom session factories are registered after Camunda's own, replacing the one of the same type
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return type;
            }

            @Override
            public Session openSession() {
                return opener.get();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }
}
