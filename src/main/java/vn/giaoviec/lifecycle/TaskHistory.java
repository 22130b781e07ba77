package vn.giaoviec.lifecycle;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import vn.giaoviec.calendar.ProvinceClock;

/**
 * A task's story from the engine's history: each step (who, when, how it ended), the comments,
 * and the latest values of its variables (product, contributions, reasons).
 */
@Service
public class TaskHistory {

    private static final String[] SHOWN = {PlanTaskProcess.Var.DOCUMENT_NUMBER, PlanTaskProcess.Var.DOCUMENT_DATE,
        PlanTaskProcess.Var.PRODUCT_SUMMARY, PlanTaskProcess.Var.PRODUCT_LINK, PlanTaskProcess.Var.CONTRIBUTIONS,
        PlanTaskProcess.Var.RETURN_REASON, PlanTaskProcess.Var.EXPLANATION, PlanTaskProcess.Var.ASSIGNMENT_NOTE,
        PlanTaskProcess.Var.URGE_NOTE};

    private final HistoryService historyService;
    private final TaskService taskService;
    private final ProvinceClock clock;

    public TaskHistory(HistoryService historyService, TaskService taskService, ProvinceClock clock) {
        this.historyService = historyService;
        this.taskService = taskService;
        this.clock = clock;
    }

    public List<Step> steps(String processInstanceId) {
        return historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().list().stream().map(this::step).toList();
    }

    public List<Note> comments(String processInstanceId) {
        return taskService.getProcessInstanceComments(processInstanceId).stream()
                .map(c -> new Note(local(c.getTime()), c.getUserId(), c.getFullMessage())).toList();
    }

    /** The text variables people read on the task page: product, contributions, reasons. */
    public Map<String, Object> variables(String processInstanceId) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableNameIn(SHOWN).list()) {
            values.put(variable.getName(), variable.getValue());
        }
        return values;
    }

    private Step step(HistoricTaskInstance task) {
        return new Step(task.getName(), task.getAssignee(), local(task.getStartTime()), local(task.getEndTime()),
                task.getDeleteReason());
    }

    private LocalDateTime local(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), clock.zone());
    }

    /** One user task of the lifecycle: who held it, when it started and ended. */
    public record Step(String name, String assignee, LocalDateTime started, LocalDateTime ended, String endReason) {
    }

    /** A comment left on the task. */
    public record Note(LocalDateTime at, String userId, String text) {
    }
}
