package vn.giaoviec.engine;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting inside an engine command: the authenticated user, or null for timers and jobs. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static String of(ProcessEngineServices services) {
        Authentication authentication = services.getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
