package vn.giaoviec.work;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.task.Task;

/**
 * A piece of work: one open Camunda user task (a step of a plan task, a report, a year-end decision)
 * as a person sees it on a page. {@code mine}: assigned to the viewer; {@code claimable}: unassigned
 * and offered to the viewer's group, so they may take it. {@code due}: the step's due day in the province.
 */
public record Work(String id, String name, String stepKey, String processInstanceId, String processDefinitionId,
                   String assignee, LocalDate due, boolean mine, boolean claimable, boolean groupWork) {

    /** {@code groupWork}: offered to a group (so it may be given back to it); not work named for one person. */
    static Work of(Task task, String viewer, ZoneId zone, boolean groupWork) {
        return new Work(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
                task.getProcessDefinitionId(), task.getAssignee(),
                task.getDueDate() == null ? null : LocalDate.ofInstant(task.getDueDate().toInstant(), zone),
                viewer.equals(task.getAssignee()), task.getAssignee() == null, groupWork);
    }

    /** The viewer holds it and may give it back to the group. */
    public boolean releasable() {
        return mine && groupWork;
    }

    /** The viewer may fill in and complete it now (it is theirs, or theirs to take). */
    public boolean actionable() {
        return mine || claimable;
    }
}
