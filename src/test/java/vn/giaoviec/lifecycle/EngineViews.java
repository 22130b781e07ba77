package vn.giaoviec.lifecycle;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskRegister;

/**
 * Reads the {@link EngineView}s of several tasks at once — one query per kind of state (register rows,
 * running instances, open work, timers, the engine's variables) for all of them, where reading them one by one costs
 * those queries per task. Ended tasks take two more: their variables
 * from the history, and (one each) how they ended.
 */
record EngineViews(TaskRegister register, RuntimeService runtimeService, TaskService taskService,
                   ManagementService managementService, HistoryService historyService) {

    Map<String, EngineView> of(Collection<String> taskCodes) {
        List<RegisterEntry> entries = register.findAll(taskCodes);
        Set<String> ids = entries.stream().map(RegisterEntry::processInstanceId).collect(Collectors.toSet());
        String[] idArray = ids.toArray(String[]::new);
        Set<String> running = runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .map(ProcessInstance::getId).collect(Collectors.toSet());
        Map<String, List<Task>> open = taskService.createTaskQuery().processInstanceIdIn(idArray).list().stream()
                .collect(Collectors.groupingBy(Task::getProcessInstanceId));
        Map<String, List<Job>> timers = managementService.createJobQuery().processInstanceIds(ids).timers().list()
                .stream().collect(Collectors.groupingBy(Job::getProcessInstanceId));
        Map<String, Map<String, Object>> variables = new HashMap<>();
        if (!running.isEmpty()) { // the instance's own variables: those of its root execution
            for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
                    .executionIdIn(running.toArray(String[]::new))
                    .variableNameIn(PlanTaskProcess.Var.DUE_DATE, PlanTaskProcess.Var.COORDINATING_AGENCIES).list()) {
                variables.computeIfAbsent(variable.getExecutionId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        Set<String> ended = new HashSet<>(ids);
        ended.removeAll(running);
        if (!ended.isEmpty()) { // an ended instance's variables live on in the history only
            for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(ended.toArray(String[]::new))
                    .variableName(PlanTaskProcess.Var.COORDINATING_AGENCIES).list()) {
                variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        Map<String, EngineView> views = new HashMap<>();
        for (RegisterEntry entry : entries) {
            String id = entry.processInstanceId();
            boolean isRunning = running.contains(id);
            Map<String, Object> own = variables.getOrDefault(id, Map.of());
            views.put(entry.taskCode(), new EngineView(entry, isRunning, open.getOrDefault(id, List.of()),
                    (String) own.get(PlanTaskProcess.Var.DUE_DATE), own.get(PlanTaskProcess.Var.COORDINATING_AGENCIES),
                    timers.getOrDefault(id, List.of()), !isRunning && endedWithdrawn(id)));
        }
        return views;
    }

    /** Whether the ended lifecycle passed the withdrawal end. */
    boolean endedWithdrawn(String processInstanceId) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(PlanTaskProcess.END_WITHDRAWN).count() > 0;
    }

    /** Open work of the view at this activity. */
    static List<Task> openAt(EngineView view, String activityId) {
        return view.open().stream().filter(t -> t.getTaskDefinitionKey().equals(activityId)).toList();
    }
}
