package vn.giaoviec.lifecycle.coordination;

import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.people.People;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.register.TransitionKind;
import vn.giaoviec.security.AccessPolicy;

/**
 * What leaders do to the coordination of a running task outside its forms: a coordinating agency's
 * leader gives its request to one of the agency's own officers; the lead agency's leader changes one
 * agency's due date, or ends coordination without the agencies that have not contributed (recorded with who they were and who
 * ended it). Who may is checked here ({@link AccessPolicy#requireLeads}), whatever page or client asks.
 */
@Service
public class Coordination {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final TaskRegister register;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final AgencyDirectory directory;
    private final People people;
    private final ProvinceClock clock;
    private final ContributionDueDates dueDates;
    private final ApplicationEventPublisher events;
    private final AccessPolicy policy;

    public Coordination(TaskRegister register, RuntimeService runtimeService, TaskService taskService,
                        AgencyDirectory directory, People people, ProvinceClock clock, ContributionDueDates dueDates,
                        ApplicationEventPublisher events, AccessPolicy policy) {
        this.policy = policy;
        this.dueDates = dueDates;
        this.events = events;
        this.register = register;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.directory = directory;
        this.people = people;
        this.clock = clock;
    }

    /** One coordinating agency's open request: its user task, agency, due day and who holds it (or null). */
    public record OpenRequest(String workId, String agency, String agencyName, LocalDate due, String assignee) {
        public boolean overdue(LocalDate today) {
            return due != null && due.isBefore(today);
        }
    }

    /** The open requests of a task (empty when it is not coordinating). */
    public List<OpenRequest> openRequests(RegisterEntry task) {
        if (task.processInstanceId() == null) {
            return List.of();
        }
        return requests(task).stream().map(this::describe).toList();
    }

    /** The leader of the request's agency gives it to one of the agency's officers. */
    @Transactional
    public void assignContributor(String taskCode, String workId, String officer, UserAccess user) {
        RegisterEntry task = register.get(taskCode);
        OpenRequest request = requests(task).stream().filter(t -> t.getId().equals(workId)).findFirst()
                .map(this::describe).orElseThrow(() -> new IllegalArgumentException(
                        "Không còn việc gửi ý kiến phối hợp này (cơ quan đã gửi, hoặc việc phối hợp đã kết thúc)."));
        policy.requireLeads(user, request.agency(), "giao việc gửi ý kiến phối hợp của cơ quan mình");
        if (officer == null || officer.isBlank() || people.membersOf(request.agency()).stream()
                .noneMatch(p -> p.userId().equals(officer))) {
            throw new IllegalArgumentException("Cán bộ được giao phải là cán bộ của " + request.agencyName());
        }
        taskService.setAssignee(workId, officer);
        register.record(taskCode, TransitionKind.CONTRIBUTION_ASSIGNED, user.userId(),
                request.agencyName() + ": " + people.describe(officer));
    }

    /** The lead agency's leader ends coordination: the agencies still silent are recorded, their requests end. */
    @Transactional
    public void close(String taskCode, UserAccess user) {
        RegisterEntry task = register.get(taskCode);
        policy.requireLeads(user, task.leadAgency(), "kết thúc lấy ý kiến phối hợp");
        List<OpenRequest> missing = openRequests(task);
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("Nhiệm vụ không còn chờ ý kiến phối hợp nào.");
        }
        register.coordinationClosed(taskCode, user.userId(), missing.stream().map(OpenRequest::agencyName).toList());
        runtimeService.createMessageCorrelation(PlanTaskProcess.MESSAGE_COORDINATION_CLOSED)
                .processInstanceId(task.processInstanceId()).correlate();
    }

    /** The lead agency's leader gives one coordinating agency's open request a new due date. */
    @Transactional
    public void changeDueDate(String taskCode, String agency, LocalDate newDueDate, UserAccess user) {
        RegisterEntry task = register.get(taskCode);
        policy.requireLeads(user, task.leadAgency(), "đổi hạn gửi ý kiến phối hợp");
        Task request = requests(task).stream().filter(t -> agency.equals(agencyOf(t))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(directory.nameOf(agency)
                        + " không còn việc gửi ý kiến phối hợp đang mở (đã gửi ý kiến, hoặc việc phối hợp đã kết thúc)."));
        String problem = ContributionDueDates.problem(newDueDate, clock.today(), task.dueDate());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        LocalDate previous = describe(request).due();
        dueDates.move(request, agency, newDueDate);
        register.record(taskCode, TransitionKind.CONTRIBUTION_DUE_DATE_CHANGED, user.userId(), directory.nameOf(agency)
                + ": hạn gửi ý kiến " + DAY.format(previous) + " → " + DAY.format(newDueDate));
        events.publishEvent(new ContributionDueDateChanged(taskCode, agency, request.getAssignee(), newDueDate,
                user.userId()));
    }

    private List<Task> requests(RegisterEntry task) {
        return task.processInstanceId() == null ? List.of() : taskService.createTaskQuery()
                .processInstanceId(task.processInstanceId()).taskDefinitionKey(PlanTaskProcess.CONTRIBUTE)
                .orderByDueDate().asc().list();
    }

    private OpenRequest describe(Task request) {
        String agency = agencyOf(request);
        LocalDate due = request.getDueDate() == null ? null : LocalDate.ofInstant(request.getDueDate().toInstant(), clock.zone());
        return new OpenRequest(request.getId(), agency, directory.nameOf(agency), due, request.getAssignee());
    }

    private String agencyOf(Task request) {
        return (String) taskService.getVariable(request.getId(), Var.COORDINATING_AGENCY);
    }
}
