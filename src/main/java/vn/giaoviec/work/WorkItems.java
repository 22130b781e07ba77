package vn.giaoviec.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.engine.LostRace;
import vn.giaoviec.form.contract.FormContractViolation;
import vn.giaoviec.form.contract.FormContracts;
import vn.giaoviec.people.People;
import vn.giaoviec.identity.UserAccess;

/**
 * The open work a person may do, and doing it through the engine as that person: Camunda checks its
 * own task permissions (the same as in Tasklist) and records them as the actor. Failures come back
 * as {@link WorkException} in Vietnamese — also when someone else was quicker.
 */
@Service
public class WorkItems {

    static final String GONE = "Việc này đã được xử lý xong hoặc không còn giao cho bạn. Vui lòng tải lại trang.";
    static final String CONCURRENT = "Việc này vừa được người khác xử lý cùng lúc với bạn; thao tác của bạn không"
            + " được ghi. Vui lòng tải lại trang.";

    private final TaskService taskService;
    private final IdentityService identityService;
    private final People people;
    private final ProvinceClock clock;
    private final FormContracts contracts;

    public WorkItems(TaskService taskService, IdentityService identityService, People people, ProvinceClock clock,
                     FormContracts contracts) {
        this.contracts = contracts;
        this.taskService = taskService;
        this.identityService = identityService;
        this.people = people;
        this.clock = clock;
    }

    /** The user's open work on a process instance: theirs, or their groups' unclaimed. */
    public List<Work> of(String processInstanceId, UserAccess user) {
        return visibleTo(taskService.createTaskQuery().processInstanceId(processInstanceId), user).list().stream()
                .map(task -> Work.of(task, user.userId(), clock.zone(), offeredToGroups(task.getId()))).toList();
    }

    /** The open steps of a process instance that someone else holds (shown as "đang chờ …"). */
    public List<Work> othersOn(String processInstanceId, UserAccess user) {
        List<String> mine = of(processInstanceId, user).stream().map(Work::id).toList();
        List<Work> others = new ArrayList<>();
        for (Task task : withoutAuthorizationQuery(processInstanceId)) {
            if (!mine.contains(task.getId())) {
                others.add(Work.of(task, user.userId(), clock.zone(), offeredToGroups(task.getId())));
            }
        }
        return others;
    }

    /** One piece of work, if the user may do it; empty otherwise (another agency's work looks absent). */
    public Optional<Work> find(String taskId, UserAccess user) {
        return Optional.ofNullable(visibleTo(taskService.createTaskQuery().taskId(taskId), user).singleResult())
                .map(task -> Work.of(task, user.userId(), clock.zone(), offeredToGroups(taskId)));
    }

    /**
     * The work's own variables and those it inherits (what its form shows), once the user is known to
     * hold it: read by the application, as Camunda gives candidate groups TASK_WORK but not READ.
     */
    public Map<String, Object> variables(Work work) {
        return taskService.getVariables(work.id());
    }

    public void claim(String taskId, UserAccess user) {
        as(user, () -> {
            taskService.claim(taskId, user.userId());
            return null;
        });
    }

    /** Gives the work back to the group. */
    public void release(String taskId, UserAccess user) {
        Work work = find(taskId, user).orElseThrow(() -> new WorkException(GONE));
        if (!work.releasable()) {
            throw new WorkException(work.mine() ? "Việc này giao riêng cho bạn, không trả về đơn vị được." : GONE);
        }
        as(user, () -> {
            taskService.claim(taskId, null);
            return null;
        });
    }

    /**
     * Completes the work with the values of its form — accepted by its form contract, the one check of
     * every completion — taking it first if it is the group's, all in one transaction, so a refused
     * completion leaves the work as it was.
     */
    @Transactional
    public void complete(String taskId, UserAccess user, Map<String, Object> values) {
        Work work = find(taskId, user).orElseThrow(() -> new WorkException(GONE));
        VariableMap accepted;
        try {
            accepted = contracts.accept(taskId, values, user);
        } catch (FormContractViolation e) {
            throw new WorkException(e.getMessage(), e.problems());
        }
        as(user, () -> {
            if (work.claimable()) {
                taskService.claim(taskId, user.userId());
            }
            taskService.complete(taskId, accepted);
            return null;
        });
    }

    /** Who a piece of work waits for: whoever holds it (name and position), else the groups it is offered to. */
    public String waitingFor(Work work) {
        if (work.assignee() != null) {
            return people.describe(work.assignee());
        }
        List<String> groups = candidateGroups(work.id()).toList();
        String names = groups.isEmpty() ? "" : identityService.createGroupQuery().groupIdIn(groups.toArray(String[]::new))
                .list().stream().map(Group::getName).collect(java.util.stream.Collectors.joining(", "));
        return names.isEmpty() ? "chưa có người nhận" : names + " (chưa ai nhận)";
    }

    private <T> T as(UserAccess user, Supplier<T> action) {
        identityService.setAuthentication(user.userId(), List.copyOf(user.groups()));
        try {
            return action.get();
        } catch (TaskAlreadyClaimedException e) {
            throw new WorkException("Việc này đã có người nhận trước bạn ("
                    + people.describe(e.getTaskAssignee()) + "). Vui lòng tải lại trang.", e);
        } catch (OptimisticLockingException e) {
            throw new WorkException(CONCURRENT, e);
        } catch (NullValueException | AuthorizationException e) {
            throw new WorkException(GONE, e);
        } catch (ProcessEngineException e) {
            if (LostRace.duplicateRow(e)) {
                throw new WorkException(CONCURRENT, e);
            }
            throw e;
        } catch (IllegalArgumentException e) {
            // the lifecycle's own refusals (a date it cannot read …) are written in Vietnamese
            throw new WorkException(e.getMessage(), e);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static TaskQuery visibleTo(TaskQuery query, UserAccess user) {
        return query.active().or().taskAssignee(user.userId()).taskCandidateUser(user.userId())
                .taskCandidateGroupIn(List.copyOf(user.groups().isEmpty() ? List.of("-") : user.groups())).endOr();
    }

    /** Whether a task is offered to a group (a task's open steps are few: one query each). */
    private boolean offeredToGroups(String taskId) {
        return candidateGroups(taskId).findAny().isPresent();
    }

    private java.util.stream.Stream<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId);
    }

    private List<Task> withoutAuthorizationQuery(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).active().list();
    }
}
