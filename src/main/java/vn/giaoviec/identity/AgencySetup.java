package vn.giaoviec.identity;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At every start, once the application is ready: agency groups and their Tasklist access. */
@Component
class AgencySetup {

    private final AgencyGroups groups;

    AgencySetup(AgencyGroups groups) {
        this.groups = groups;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void synchronize() {
        groups.synchronize();
    }
}
