package vn.giaoviec.lifecycle;

import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.WorkingTime.Schedule;
import vn.giaoviec.engine.ScheduleVariables;
import vn.giaoviec.people.People;

/**
 * One launch of {@link TaskLauncher} (a plan import, an event, one task): the variables each task's
 * lifecycle starts with, and what the launch reads once for all its tasks — the deployed diagram and
 * each lead agency's form options (its people, the other agencies).
 */
final class Launch {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RepositoryService repositoryService;
    private final AgencyDirectory directory;
    private final People people;
    private final Map<String, String> officerOptions = new HashMap<>();
    private final Map<String, String> agencyOptions = new HashMap<>();
    private String definitionId;

    Launch(RepositoryService repositoryService, AgencyDirectory directory, People people) {
        this.repositoryService = repositoryService;
        this.directory = directory;
        this.people = people;
    }

    String definitionId() {
        if (definitionId == null) {
            definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PlanTaskProcess.KEY)
                    .latestVersion().singleResult().getId();
        }
        return definitionId;
    }

    Map<String, Object> variables(NewTask task, Agency lead, Schedule dates) {
        Map<String, Object> variables = new HashMap<>(ScheduleVariables.of(dates));
        variables.put(Var.TASK_CODE, task.taskCode());
        variables.put(Var.TITLE, task.title());
        variables.put(Var.SECTION, task.section());
        variables.put(Var.LEAD_AGENCY, lead.code());
        variables.put(Var.LEAD_AGENCY_NAME, lead.name());
        variables.put(Var.EXPECTED_PRODUCT, task.expectedProduct());
        variables.put(Var.DEADLINE_TEXT, task.deadlineText());
        variables.put(Var.COORDINATING_AGENCIES, SpinValues.jsonValue(json(task.coordinatingAgencies())).create());
        variables.put(Var.OFFICER_OPTIONS, SpinValues.jsonValue(
                officerOptions.computeIfAbsent(lead.code(), code -> json(officerOptions(lead)))).create());
        variables.put(Var.AGENCY_OPTIONS, SpinValues.jsonValue(
                agencyOptions.computeIfAbsent(lead.code(), code -> json(agencyOptions(lead)))).create());
        return variables;
    }

    /** The agency's people by name and position (never a login: the form shows the label). */
    private List<Map<String, String>> officerOptions(Agency lead) {
        return people.membersOf(lead.code()).stream().map(person -> option(person.described(), person.userId())).toList();
    }

    private List<Map<String, String>> agencyOptions(Agency lead) {
        return directory.all().stream().filter(a -> !a.code().equals(lead.code()))
                .map(a -> option(a.name(), a.code())).toList();
    }

    private static Map<String, String> option(String label, String value) {
        return Map.of("label", label, "value", value);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
