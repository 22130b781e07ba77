package vn.giaoviec.notification;

import static vn.giaoviec.notification.Audience.CANDIDATES;
import static vn.giaoviec.notification.Audience.CHIEF;
import static vn.giaoviec.notification.Audience.COORDINATOR_LEADERS;
import static vn.giaoviec.notification.Audience.LEAD_LEADERS;
import static vn.giaoviec.notification.Audience.OFFICER;
import static vn.giaoviec.notification.Audience.OFFICER_OR_LEAD_LEADERS;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.engine.CurrentActor;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.lifecycle.coordination.ContributionDueDateChanged;
import vn.giaoviec.lifecycle.coordination.ContributionReminderDue;
import vn.giaoviec.register.TaskTransitioned;

/**
 * Turns what happens to plan tasks into signals: the register's transitions (assigned, returned,
 * overdue …) and the two user tasks that are news in themselves — a new task waiting to be assigned,
 * a coordination request. Both arrive inside the engine's transaction; nothing is written before it commits.
 */
@Component
class TaskSignals {

    private final SignalBuffer buffer;
    private final ProvinceClock clock;

    TaskSignals(SignalBuffer buffer, ProvinceClock clock) {
        this.buffer = buffer;
        this.clock = clock;
    }

    @EventListener
    public void onTransition(TaskTransitioned change) {
        NotificationEvent event = switch (change.kind()) {
            case ASSIGNED -> NotificationEvent.ASSIGNED;
            case CONTRIBUTION -> NotificationEvent.CONTRIBUTION_RECEIVED;
            case CONTRIBUTION_OVERDUE -> NotificationEvent.CONTRIBUTION_OVERDUE;
            case SUBMITTED -> NotificationEvent.PRODUCT_SUBMITTED;
            case RETURNED -> NotificationEvent.PRODUCT_RETURNED;
            case REMINDED -> NotificationEvent.REMINDER;
            case ESCALATED -> NotificationEvent.OVERDUE;
            case URGED -> NotificationEvent.URGED;
            case EXPLANATION_REQUESTED -> NotificationEvent.EXPLANATION_REQUESTED;
            case EXTENSION_REQUESTED -> NotificationEvent.EXTENSION_REQUESTED;
            case DUE_DATE_CHANGED, EXTENSION_REFUSED -> NotificationEvent.EXTENSION_DECIDED;
            case WITHDRAWN -> NotificationEvent.WITHDRAWN;
            default -> null;
        };
        if (event == null) {
            return;
        }
        if (event == NotificationEvent.ASSIGNED) {
            // the note is the officer chosen in this very transaction
            buffer.add(new Signal(event, change.kind(), change.taskCode(), null, List.of(CANDIDATES),
                    new Signal.Candidates(Set.of(), change.note() == null ? Set.of() : Set.of(change.note())),
                    change.actor(), null, null, null));
            return;
        }
        buffer.add(Signal.task(event, change.kind(), change.taskCode(), change.actor(), change.note(), audiences(event)));
    }

    private static Audience[] audiences(NotificationEvent event) {
        return switch (event) {
            case CONTRIBUTION_RECEIVED, REMINDER -> new Audience[] {OFFICER_OR_LEAD_LEADERS};
            case PRODUCT_SUBMITTED, EXPLANATION_REQUESTED, CONTRIBUTION_OVERDUE -> new Audience[] {LEAD_LEADERS};
            case PRODUCT_RETURNED -> new Audience[] {OFFICER};
            case OVERDUE -> new Audience[] {LEAD_LEADERS, CHIEF};
            case URGED, EXTENSION_DECIDED -> new Audience[] {LEAD_LEADERS, OFFICER};
            case EXTENSION_REQUESTED -> new Audience[] {CHIEF};
            case WITHDRAWN -> new Audience[] {LEAD_LEADERS, OFFICER, COORDINATOR_LEADERS};
            default -> throw new IllegalArgumentException(event.name());
        };
    }

    /** A coordination request's reminder: its officer, or the whole agency while nobody holds it. */
    @EventListener
    public void onContributionReminderDue(ContributionReminderDue due) {
        buffer.add(new Signal(NotificationEvent.CONTRIBUTION_REMINDER, null, due.taskCode(), null, List.of(CANDIDATES),
                holderOrAgency(due.assignee(), due.agency()), null, null, due.dueDate(), null));
    }

    /** A coordination request's new due date: told as its reminder is, by whoever set it. */
    @EventListener
    public void onContributionDueDateChanged(ContributionDueDateChanged change) {
        buffer.add(new Signal(NotificationEvent.CONTRIBUTION_DUE_DATE_CHANGED, null, change.taskCode(), null,
                List.of(CANDIDATES), holderOrAgency(change.assignee(), change.agency()), change.actor(), null,
                change.dueDate(), null));
    }

    private static Signal.Candidates holderOrAgency(String assignee, String agency) {
        return assignee != null ? new Signal.Candidates(Set.of(), Set.of(assignee))
                : new Signal.Candidates(Set.of(agency), Set.of());
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void onUserTaskCreated(DelegateTask task) {
        if (task.getProcessDefinitionId() == null || !task.getProcessDefinitionId().startsWith(PlanTaskProcess.KEY + ":")) {
            return;
        }
        NotificationEvent event = switch (task.getTaskDefinitionKey()) {
            case PlanTaskProcess.ASSIGN -> NotificationEvent.NEW_TASK;
            case PlanTaskProcess.CONTRIBUTE -> NotificationEvent.COORDINATION_REQUESTED;
            default -> null;
        };
        if (event != null) {
            LocalDate due = event == NotificationEvent.COORDINATION_REQUESTED && task.getDueDate() != null
                    ? LocalDate.ofInstant(task.getDueDate().toInstant(), clock.zone()) : null;
            buffer.add(new Signal(event, null, task.getExecution().getProcessBusinessKey(), null, List.of(CANDIDATES),
                    candidates(task), CurrentActor.of(task.getProcessEngineServices()), null, due, null));
        }
    }

    /** The candidate groups and users of a user task as it was created, the assignee among the users. */
    static Signal.Candidates candidates(DelegateTask task) {
        Set<String> groups = new HashSet<>();
        Set<String> users = new HashSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
            if (link.getUserId() != null) {
                users.add(link.getUserId());
            }
        }
        if (task.getAssignee() != null) {
            users.add(task.getAssignee());
        }
        return new Signal.Candidates(Set.copyOf(groups), Set.copyOf(users));
    }
}
