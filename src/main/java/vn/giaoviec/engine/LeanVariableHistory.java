package vn.giaoviec.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps no history of the variables that only serve the engine or a form's drop-downs: the instants
 * derived from the due date (the due date itself is kept) and the officer/agency option lists. They
 * are a third of each task's variable rows, written for every task of every imported plan.
 * Every event of such a variable is dropped — creation, update, deletion — so history stays consistent.
 */
@Component
class LeanVariableHistory extends AbstractProcessEnginePlugin {

    private final Set<String> notKept;

    LeanVariableHistory(List<EngineOnlyVariables> processes) {
        this.notKept = processes.stream().flatMap(p -> p.names().stream()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(new Filter(new DbHistoryEventHandler(), notKept));
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /** Passes every history event to the database except those of the variables above. */
    private record Filter(HistoryEventHandler database, Set<String> notKept) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!(event instanceof HistoricVariableUpdateEventEntity variable && notKept.contains(variable.getVariableName()))) {
                database.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
