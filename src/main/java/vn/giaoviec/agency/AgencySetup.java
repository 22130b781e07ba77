package vn.giaoviec.agency;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.giaoviec.task.TasklistFilters;

/** At every start, once the application is ready: agency groups, their Tasklist access, the shared filters. */
@Component
class AgencySetup {

    private final AgencyGroups groups;
    private final TasklistFilters filters;

    AgencySetup(AgencyGroups groups, TasklistFilters filters) {
        this.groups = groups;
        this.filters = filters;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void synchronize() {
        groups.synchronize();
        filters.ensure();
    }
}
