package vn.giaoviec.task;

import static vn.giaoviec.task.PlanTaskProcess.Var;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    static final Set<String> NOT_KEPT = Set.of(Var.DUE_AT, Var.OVERDUE_AT, Var.REMINDER_AT,
            Var.COORDINATION_DUE_AT, Var.OFFICER_OPTIONS, Var.AGENCY_OPTIONS);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(new Filter(new DbHistoryEventHandler()));
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /** Passes every history event to the database except those of the variables above. */
    private record Filter(HistoryEventHandler database) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!(event instanceof HistoricVariableUpdateEventEntity variable && NOT_KEPT.contains(variable.getVariableName()))) {
                database.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
