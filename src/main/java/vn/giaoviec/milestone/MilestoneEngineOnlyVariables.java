package vn.giaoviec.milestone;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.giaoviec.engine.EngineOnlyVariables;

/** A milestone's timer instants are kept out of history (see EngineOnlyVariables). */
@Component
class MilestoneEngineOnlyVariables implements EngineOnlyVariables {

    @Override
    public Set<String> names() {
        return MilestoneProcess.ENGINE_ONLY_VARIABLES;
    }
}
