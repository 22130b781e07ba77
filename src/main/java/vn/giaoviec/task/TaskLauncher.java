package vn.giaoviec.task;

import static vn.giaoviec.task.PlanTaskProcess.Var;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.ProvinceClock;

/** Issues plan tasks: registers each one and starts its lifecycle, in the caller's transaction. */
@Service
public class TaskLauncher {

    private final AgencyDirectory directory;
    private final TaskRegister register;
    private final DeadlineSchedule schedule;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final ProvinceClock clock;
    private final ObjectMapper json = new ObjectMapper();

    public TaskLauncher(AgencyDirectory directory, TaskRegister register, DeadlineSchedule schedule,
                        RuntimeService runtimeService, IdentityService identityService, ProvinceClock clock) {
        this.directory = directory;
        this.register = register;
        this.schedule = schedule;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.clock = clock;
    }

    /** Starts one task; returns its process instance id. */
    @Transactional
    public String start(NewTask task, String actor) {
        Agency lead = directory.get(task.leadAgency());
        task.coordinatingAgencies().forEach(directory::get);
        if (register.find(task.taskCode()).isPresent()) {
            throw new DuplicateTaskException(task.taskCode());
        }
        DeadlineSchedule.Schedule dates = schedule.of(task.dueDate());
        register.insert(new RegisterEntry(task.taskCode(), null, task.planId(), task.title(), task.section(),
                lead.code(), task.coordinatingAgencies(), task.expectedProduct(), task.deadlineText(),
                task.dueDate(), dates.dueDate(), TaskPhase.ASSIGN,
                TaskStatus.of(dates.dueDate(), null, clock.today()), 0, null, task.planRow(), task.stt()), actor);
        String processInstanceId = runtimeService.startProcessInstanceByKey(PlanTaskProcess.KEY, task.taskCode(),
                variables(task, lead, dates)).getId();
        register.attachInstance(task.taskCode(), processInstanceId);
        return processInstanceId;
    }

    private Map<String, Object> variables(NewTask task, Agency lead, DeadlineSchedule.Schedule dates) {
        Map<String, Object> variables = new HashMap<>(dates.asVariables());
        variables.put(Var.TASK_CODE, task.taskCode());
        variables.put(Var.TITLE, task.title());
        variables.put(Var.SECTION, task.section());
        variables.put(Var.LEAD_AGENCY, lead.code());
        variables.put(Var.LEAD_AGENCY_NAME, lead.name());
        variables.put(Var.LEADER_GROUP, lead.leaderGroup());
        variables.put(Var.EXPECTED_PRODUCT, task.expectedProduct());
        variables.put(Var.DEADLINE_TEXT, task.deadlineText());
        variables.put(Var.COORDINATING_AGENCIES, jsonValue(task.coordinatingAgencies()));
        variables.put(Var.OFFICER_OPTIONS, jsonValue(officerOptions(lead)));
        variables.put(Var.AGENCY_OPTIONS, jsonValue(agencyOptions(lead)));
        variables.put(Var.UPLOAD_URL, "/giaoviec/nhiem-vu/" + URLEncoder.encode(task.taskCode(), StandardCharsets.UTF_8)
                .replace("+", "%20") + "/tep");
        return variables;
    }

    private List<Map<String, String>> officerOptions(Agency lead) {
        return identityService.createUserQuery().memberOfGroup(lead.code()).orderByUserId().asc().list().stream()
                .map(user -> option(displayName(user), user.getId())).toList();
    }

    private List<Map<String, String>> agencyOptions(Agency lead) {
        return directory.all().stream().filter(a -> !a.code().equals(lead.code()))
                .map(a -> option(a.name(), a.code())).toList();
    }

    private static Map<String, String> option(String label, String value) {
        return Map.of("label", label, "value", value);
    }

    private static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")";
    }

    private Object jsonValue(Object value) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
