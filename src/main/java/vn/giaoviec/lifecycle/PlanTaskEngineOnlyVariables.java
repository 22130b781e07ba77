package vn.giaoviec.lifecycle;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.giaoviec.engine.EngineOnlyVariables;

/** The lifecycle's timer instants and option lists are kept out of history (see EngineOnlyVariables). */
@Component
class PlanTaskEngineOnlyVariables implements EngineOnlyVariables {

    @Override
    public Set<String> names() {
        return java.util.stream.Stream.concat(PlanTaskProcess.ENGINE_ONLY_VARIABLES.stream(),
                PlanTaskProcess.REQUEST_ENGINE_ONLY_VARIABLES.stream()).collect(java.util.stream.Collectors.toSet());
    }
}
