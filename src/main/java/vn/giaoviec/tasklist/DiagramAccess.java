package vn.giaoviec.tasklist;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.identity.AgencyGroups;

/**
 * Every agency's people may read the deployed process diagrams, which Tasklist's "Sơ đồ" tab draws
 * with the open task highlighted. A diagram is the definition only — no instance's data comes with
 * it. Runs at every start, after the agency groups exist, so that a newly deployed process or a new
 * agency is covered.
 */
@Component
class DiagramAccess {

    private final AgencyDirectory directory;
    private final AgencyGroups groups;
    private final RepositoryService repositoryService;

    DiagramAccess(AgencyDirectory directory, AgencyGroups groups, RepositoryService repositoryService) {
        this.directory = directory;
        this.groups = groups;
        this.repositoryService = repositoryService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    public void grant() {
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            for (Agency agency : directory.all()) {
                groups.grant(agency.code(), Resources.PROCESS_DEFINITION, definition.getKey(), Permissions.READ);
            }
        }
    }
}
