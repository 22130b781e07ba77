package vn.giaoviec.task;

import static vn.giaoviec.task.PlanTaskProcess.Var;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import vn.giaoviec.calendar.WorkingDayCalendar;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.deadline.DeadlineParser;

/** Issues plan tasks: registers each one and starts its lifecycle, in the caller's transaction. */
@Service
public class TaskLauncher {

    private final AgencyDirectory directory;
    private final TaskRegister register;
    private final DeadlineSchedule schedule;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final ProvinceClock clock;
    private final DeadlineParser parser;
    private final WorkingDayCalendar calendar;
    private final LifecycleProperties properties;
    private final ObjectMapper json = new ObjectMapper();

    public TaskLauncher(AgencyDirectory directory, TaskRegister register, DeadlineSchedule schedule,
                        RuntimeService runtimeService, IdentityService identityService, ProvinceClock clock,
                        DeadlineParser parser, WorkingDayCalendar calendar, LifecycleProperties properties) {
        this.parser = parser;
        this.calendar = calendar;
        this.properties = properties;
        this.directory = directory;
        this.register = register;
        this.schedule = schedule;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.clock = clock;
    }

    /**
     * Starts one task; returns its process instance id. A task without a due date whose phrase names
     * an event ("Sau khi có kết quả công bố") is only registered, waiting for the event: it has no
     * lifecycle and so no deadline timer until {@link #startAfterEvent} (returns null then).
     */
    @Transactional
    public String start(NewTask task, String actor) {
        Agency lead = directory.get(task.leadAgency());
        task.coordinatingAgencies().forEach(directory::get);
        if (register.find(task.taskCode()).isPresent()) {
            throw new DuplicateTaskException(task.taskCode());
        }
        DeadlineKind kind = kindOf(task);
        if (task.dueDate() == null) {
            return registerAwaitingEvent(task, lead, kind, actor);
        }
        DeadlineSchedule.Schedule dates = schedule.of(task.dueDate());
        register.insert(new RegisterEntry(task.taskCode(), null, task.planId(), task.title(), task.section(),
                lead.code(), task.coordinatingAgencies(), task.expectedProduct(), task.deadlineText(),
                task.dueDate(), dates.dueDate(), TaskPhase.ASSIGN,
                TaskStatus.of(dates.dueDate(), null, clock.today()), 0, null, task.planRow(), task.stt(), kind, null), actor);
        String processInstanceId = startLifecycle(task, lead, dates);
        register.attachInstance(task.taskCode(), processInstanceId);
        return processInstanceId;
    }

    /**
     * The event an EVENT task waited for happened on {@code eventDate}: the task is due the configured
     * number of working days later and its lifecycle starts now, with every timer counted from that date.
     */
    @Transactional
    public String startAfterEvent(String taskCode, LocalDate eventDate, String actor) {
        RegisterEntry entry = register.get(taskCode);
        if (entry.phase() != TaskPhase.AWAITING_EVENT) {
            throw new IllegalStateException("Nhiệm vụ " + taskCode + " không chờ sự kiện");
        }
        LocalDate nominalDue = calendar.addWorkingDays(eventDate, properties.eventWorkingDays());
        DeadlineSchedule.Schedule dates = schedule.of(nominalDue);
        register.eventOccurred(taskCode, eventDate, nominalDue, dates.dueDate(), actor);
        NewTask task = new NewTask(taskCode, entry.planId(), null, null, entry.title(), entry.section(),
                entry.leadAgency(), entry.coordinatingAgencies(), entry.product(), entry.deadlineText(), nominalDue);
        String processInstanceId = startLifecycle(task, directory.get(entry.leadAgency()), dates);
        register.attachInstance(taskCode, processInstanceId);
        return processInstanceId;
    }

    private String registerAwaitingEvent(NewTask task, Agency lead, DeadlineKind kind, String actor) {
        if (kind != DeadlineKind.EVENT) {
            throw new IllegalArgumentException("Nhiệm vụ " + task.taskCode() + " cần thời hạn hoàn thành");
        }
        register.insert(new RegisterEntry(task.taskCode(), null, task.planId(), task.title(), task.section(),
                lead.code(), task.coordinatingAgencies(), task.expectedProduct(), task.deadlineText(), null, null,
                TaskPhase.AWAITING_EVENT, TaskStatus.IN_PROGRESS_ON_TIME, 0, null, task.planRow(), task.stt(), kind,
                EventNames.of(task.deadlineText())), actor);
        return null;
    }

    private String startLifecycle(NewTask task, Agency lead, DeadlineSchedule.Schedule dates) {
        return runtimeService.startProcessInstanceByKey(PlanTaskProcess.KEY, task.taskCode(),
                variables(task, lead, dates)).getId();
    }

    /** The phrase's kind; the year only matters for dates, which the task already carries. */
    private DeadlineKind kindOf(NewTask task) {
        int year = task.dueDate() != null ? task.dueDate().getYear() : clock.today().getYear();
        return parser.parse(task.deadlineText(), year).kind();
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
