package vn.giaoviec.security.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.lifecycle.TaskLauncher;
import vn.giaoviec.milestone.MilestoneProcess;
import vn.giaoviec.report.PeriodicReportProcess;
import vn.giaoviec.yearend.PlanYearEndProcess;

/**
 * Every user task of the four processes, each open in a process of its own: a task of Sở Tư pháp
 * (stp, lead) with Sở Nội vụ (snv) coordinating, stp's report for a period, Sở Nội vụ's year-end
 * decision, a milestone of stp's task. Placed with Camunda's process instance modification, so that a new user task in a
 * diagram is in the matrix without a line here (unless it needs a variable none of these give).
 */
final class FormMatrixFixtures {

    static final List<String> PROCESSES = List.of(PlanTaskProcess.KEY, PeriodicReportProcess.KEY, PlanYearEndProcess.KEY,
            MilestoneProcess.KEY);
    static final String ROWS = "[{\"taskCode\":\"KH1-1\",\"title\":\"Rà soát thủ tục\",\"deadlineText\":\"Thường xuyên\"},"
            + "{\"taskCode\":\"KH1-2\",\"title\":\"Tuyên truyền\",\"deadlineText\":\"Quý IV/2031\"}]";

    private final TaskLauncher launcher;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;

    FormMatrixFixtures(TaskLauncher launcher, RuntimeService runtimeService, TaskService taskService,
                       RepositoryService repositoryService) {
        this.launcher = launcher;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
    }

    /** The user tasks of a process as deployed, with whether each is multi-instance. */
    Map<String, Boolean> userTasks(String processKey) {
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getId();
        Map<String, Boolean> tasks = new java.util.LinkedHashMap<>();
        repositoryService.getBpmnModelInstance(definition).getModelElementsByType(UserTask.class).forEach(task ->
                tasks.put(task.getId(), !task.getChildElementsByType(MultiInstanceLoopCharacteristics.class).isEmpty()));
        return tasks;
    }

    /** A fresh open task at {@code activityId}. */
    Task place(String processKey, String activityId, boolean multiInstance) {
        String target = multiInstance ? activityId + "#multiInstanceBody" : activityId;
        String instance;
        if (processKey.equals(PlanTaskProcess.KEY)) {
            instance = launcher.start(new NewTask("MTBM-" + System.nanoTime(), null, null, null, "Ma trận biểu mẫu",
                    "I", "stp", List.of("snv"), "Báo cáo", "Quý IV/2031", LocalDate.of(2031, 12, 31),
                    DeadlineKind.FIXED), "demo");
            // coordinatingAgency: a coordination request opened on its own stands for snv's (no multi-instance body)
            runtimeService.setVariables(instance, Map.of("officer", "stp-chuyenvien", "newDueDate", "2032-03-31",
                    "extensionReason", "Chờ số liệu", "coordinatingAgencies", SpinValues.jsonValue("[\"snv\"]").create(),
                    "coordinatingAgency", "snv"));
            if (!activityId.equals(PlanTaskProcess.ASSIGN)) {
                runtimeService.createProcessInstanceModification(instance).cancelAllForActivity(PlanTaskProcess.ASSIGN)
                        .startBeforeActivity(target).execute();
            }
        } else {
            instance = runtimeService.createProcessInstanceByKey(processKey).businessKey("MTBM-" + System.nanoTime())
                    .setVariables(variables()).startBeforeActivity(target)
                    // also on the task itself: subprocesses map some of them to empty locals of their own
                    .setVariablesLocal(variables()).execute().getId();
        }
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activityId).list().get(0);
    }

    /** What the report and year-end tasks need to be created (groups, due dates, timers, rows). */
    private static Map<String, Object> variables() {
        Date far = Date.from(LocalDateTime.of(2031, 12, 31, 23, 59).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        Map<String, Object> variables = new HashMap<>();
        variables.put("agency", "stp");
        variables.put("leadAgency", "stp");
        variables.put("agencyName", "Sở Tư pháp");
        variables.put("agencyLeaderGroup", "stp-lanhdao");
        variables.put("reportingAgencies", SpinValues.jsonValue("[\"stp\"]").create());
        variables.put("compilerGroup", "snv-lanhdao");
        variables.put("officeLeaderGroup", "vpubnd-lanhdao");
        variables.put("deciderGroup", "snv-lanhdao");
        variables.put("planId", -1L);
        variables.put("planYear", 2031);
        variables.put("periodName", "Quý I");
        variables.put("dueAt", far);
        variables.put("reminderAt", far);
        variables.put("overdueAt", far);
        variables.put("compileAt", far);
        variables.put("yearEndAt", far);
        variables.put("progressItems", SpinValues.jsonValue(ROWS).create());
        variables.put("unfinishedTasks", SpinValues.jsonValue(ROWS).create());
        return variables;
    }
}
