package vn.giaoviec.taskpage;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.giaoviec.people.People;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.lifecycle.TaskHistory;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.register.TaskStatus;
import vn.giaoviec.register.Transition;
import vn.giaoviec.register.TransitionKind;

/**
 * A task's story as people read it: what others wrote (the leader's instructions, contributions,
 * return reasons, urges, explanations, extension requests and decisions, comments) and the whole
 * history, each entry with a person's name and position and dd/mm/yyyy HH:mm — from the register's
 * transitions (one query), the comments (one) and the task's text variables (one).
 */
@Service
class TaskStory {

    /** Transitions that carry what a person wrote. */
    private static final Set<TransitionKind> WRITTEN = EnumSet.of(TransitionKind.ASSIGNED, TransitionKind.CONTRIBUTION,
            TransitionKind.SUBMITTED, TransitionKind.RETURNED, TransitionKind.APPROVED, TransitionKind.URGED,
            TransitionKind.EXPLAINED, TransitionKind.EXTENSION_REQUESTED, TransitionKind.EXTENSION_REFUSED,
            TransitionKind.DUE_DATE_CHANGED, TransitionKind.WITHDRAWN);

    private final TaskRegister register;
    private final TaskComments comments;
    private final TaskHistory history;
    private final People people;

    TaskStory(TaskRegister register, TaskComments comments, TaskHistory history, People people) {
        this.register = register;
        this.comments = comments;
        this.history = history;
        this.people = people;
    }

    Story of(RegisterEntry task) {
        List<Transition> transitions = register.transitions(task.taskCode());
        Map<String, Object> variables = task.processInstanceId() == null ? Map.of()
                : history.variables(task.processInstanceId());
        List<Entry> notes = new ArrayList<>();
        List<Entry> all = new ArrayList<>();
        for (Transition t : transitions) {
            Entry entry = new Entry(t.occurredAt(), people.describe(t.actor()), t.kind().label(), text(t, variables),
                    t.kind().name(), statusLabel(t.status()));
            all.add(entry);
            if (WRITTEN.contains(t.kind())) {
                notes.add(entry);
            }
        }
        for (TaskComments.Comment c : comments.of(task.taskCode())) {
            notes.add(new Entry(c.writtenAt(), people.describe(c.author()), "Ý kiến", c.body(), "COMMENT", null));
        }
        notes.sort(Comparator.comparing(Entry::at));
        return new Story(notes, all, variables);
    }

    /** The note of a transition in words: logins become people, ISO dates dd/mm/yyyy, the leader's note added. */
    private String text(Transition t, Map<String, Object> variables) {
        if (t.kind() == TransitionKind.ASSIGNED) {
            String text = t.note() == null ? "" : "Chuyên viên xử lý: " + people.describe(t.note());
            Object instruction = variables.get(PlanTaskProcess.Var.ASSIGNMENT_NOTE);
            return instruction == null || instruction.toString().isBlank() ? text
                    : text + "\nÝ kiến chỉ đạo: " + instruction.toString().strip();
        }
        if (t.kind() == TransitionKind.ISSUED) {
            return null; // the task's title: already the page's heading
        }
        return DisplayText.withVietnameseDates(t.note());
    }

    private static String statusLabel(String status) {
        if (status == null) {
            return null;
        }
        try {
            return TaskStatus.valueOf(status).label();
        } catch (IllegalArgumentException e) {
            return status;
        }
    }

    /** What others wrote, in time order, and the whole history. */
    record Story(List<Entry> notes, List<Entry> history, Map<String, Object> variables) {
    }

    /** One entry: when, who (name and position), what happened, what they wrote, after it the task's status. */
    record Entry(LocalDateTime at, String who, String what, String text, String kind, String statusAfter) {
    }
}
