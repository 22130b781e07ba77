package vn.giaoviec.lifecycle;

import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.security.AccessPolicy;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.security.audit.AuditKind;
import vn.giaoviec.security.audit.SecurityAudit;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskClosedException;
import vn.giaoviec.register.TaskNotFoundException;
import vn.giaoviec.register.TaskPhase;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.register.TransitionKind;

/**
 * What people do to a running task outside its user tasks: the lead agency asks for an extension,
 * the issuer withdraws it. Permissions are checked here, then the engine acts on the user's behalf.
 */
@Service
public class TaskActions {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final TaskRegister register;
    private final RuntimeService runtimeService;
    private final AccessPolicy policy;
    private final ProvinceClock clock;
    private final SecurityAudit audit;
    private final TaskService taskService;

    public TaskActions(TaskRegister register, RuntimeService runtimeService, AccessPolicy policy,
                       ProvinceClock clock, SecurityAudit audit, TaskService taskService) {
        this.audit = audit;
        this.taskService = taskService;
        this.register = register;
        this.runtimeService = runtimeService;
        this.policy = policy;
        this.clock = clock;
    }

    public RegisterEntry view(String taskCode, UserAccess user) {
        RegisterEntry entry = register.get(taskCode);
        if (!policy.canSee(user, entry.leadAgency(), entry.coordinatingAgencies())) {
            // answered as "not found", so that another agency's task codes cannot be probed; audited as a denial
            audit.record(AuditKind.ACCESS_DENIED, user.userId(), "Nhiệm vụ " + taskCode + " của cơ quan khác (trả 404)");
            throw new TaskNotFoundException(taskCode);
        }
        return entry;
    }

    @Transactional
    public void requestExtension(String taskCode, LocalDate newDueDate, String reason, UserAccess user) {
        RegisterEntry entry = openTask(taskCode, user);
        if (entry.phase() == TaskPhase.AWAITING_EVENT) {
            throw new IllegalArgumentException("Nhiệm vụ đang chờ sự kiện, chưa có thời hạn để gia hạn");
        }
        policy.requireActsForLead(user, entry.leadAgency(), "xin gia hạn nhiệm vụ này");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Cần nêu lý do xin gia hạn");
        }
        if (newDueDate == null || !newDueDate.isAfter(entry.dueDate()) || !newDueDate.isAfter(clock.today())) {
            throw new IllegalArgumentException("Thời hạn đề nghị phải sau thời hạn hiện tại (" + DAY.format(entry.dueDate())
                    + ") và sau hôm nay (" + DAY.format(clock.today()) + ")");
        }
        if (taskService.createTaskQuery().processInstanceId(entry.processInstanceId())
                .taskDefinitionKey(PlanTaskProcess.DECIDE_EXTENSION).count() > 0) {
            throw new ExtensionPendingException(taskCode);
        }
        register.record(taskCode, TransitionKind.EXTENSION_REQUESTED, user.userId(), newDueDate + " — " + reason);
        runtimeService.createMessageCorrelation(PlanTaskProcess.MESSAGE_EXTENSION_REQUESTED)
                .processInstanceId(entry.processInstanceId())
                .setVariables(Map.of(Var.NEW_DUE_DATE, newDueDate.toString(), Var.EXTENSION_REASON, reason))
                .correlate();
    }

    @Transactional
    public void withdraw(String taskCode, String reason, UserAccess user) {
        RegisterEntry entry = openTask(taskCode, user);
        policy.requireMayDirect(user, "thu hồi nhiệm vụ");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Cần nêu lý do thu hồi nhiệm vụ");
        }
        if (entry.phase() == TaskPhase.AWAITING_EVENT) {
            register.withdraw(taskCode, user.userId(), reason); // no lifecycle yet
            return;
        }
        runtimeService.createMessageCorrelation(PlanTaskProcess.MESSAGE_WITHDRAWN)
                .processInstanceId(entry.processInstanceId())
                .setVariables(Map.of(Var.WITHDRAWAL_REASON, reason, Var.WITHDRAWN_BY, user.userId()))
                .correlate();
    }

    private RegisterEntry openTask(String taskCode, UserAccess user) {
        RegisterEntry entry = view(taskCode, user);
        if (entry.phase() == TaskPhase.CLOSED || entry.phase() == TaskPhase.WITHDRAWN) {
            throw new TaskClosedException(taskCode);
        }
        return entry;
    }
}
