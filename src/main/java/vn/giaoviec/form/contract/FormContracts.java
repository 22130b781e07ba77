package vn.giaoviec.form.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Service;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.form.DeployedForms;
import vn.giaoviec.form.FormSchema;
import vn.giaoviec.form.PlainValues;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.engine.WithoutAuthorization;

/**
 * The one check of what a person submits for a user task, whatever they submit it through — Camunda
 * REST, Tasklist's REST, or Giao Việc's own pages: the task's deployed form is the contract
 * ({@link FormContract}), with the value rules its process declares ({@link FormRules} beans).
 * Call {@link #accept} before completing a task and complete it with what it returns.
 * <p>
 * Whether the user may work on the task at all stays Camunda's decision (candidate groups, assignee).
 */
@Service
public class FormContracts {

    private final ProcessEngine engine;
    private final DeployedForms forms;
    private final Map<String, Map<String, FieldRule>> rules = new HashMap<>();
    private final AgencyDirectory directory;
    private final ProvinceClock clock;

    public FormContracts(ProcessEngine engine, DeployedForms forms, List<FormRules> declared, AgencyDirectory directory,
                         ProvinceClock clock) {
        this.engine = engine;
        this.forms = forms;
        this.directory = directory;
        this.clock = clock;
        declared.forEach(set -> set.byForm().forEach((form, fields) ->
                rules.computeIfAbsent(form, f -> new HashMap<>()).putAll(fields)));
    }

    /**
     * The typed values to complete {@code task} with, from what {@code user} submitted in its form.
     *
     * @throws FormContractViolation anything the form does not own, a value it does not allow, a
     *                               required field missing: a Vietnamese message listing each
     */
    public VariableMap accept(Task task, Map<String, ?> submitted, UserAccess user) {
        return check(task.getId(), submitted, user, true);
    }

    /** As {@link #accept}, for the task of that id (which the caller has found visible to the user). */
    public VariableMap accept(String taskId, Map<String, ?> submitted, UserAccess user) {
        return check(taskId, submitted, user, true);
    }

    /** Some of the form's variables changed while the task stays open: the same rules, nothing required. */
    public VariableMap acceptChanges(String taskId, Map<String, ?> changes, UserAccess user) {
        return check(taskId, changes, user, false);
    }

    private VariableMap check(String taskId, Map<String, ?> submitted, UserAccess user, boolean complete) {
        TaskState state = WithoutAuthorization.call(engine, () -> {
            Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
            return task == null ? null : new TaskState(task.getName(),
                    PlainValues.ofAll(engine.getTaskService().getVariablesTyped(taskId, false)));
        });
        String name = state == null ? "Việc" : "Việc \"" + state.name() + "\"";
        if (state == null) {
            throw new FormContractViolation(name, List.of("không tìm thấy việc này"));
        }
        FormSchema form = forms.ofTask(taskId).orElseThrow(() ->
                new FormContractViolation(name, List.of("việc này không có biểu mẫu để nhận dữ liệu")));
        RuleContext context = new RuleContext(taskId, state.variables(), clock.today(), user, directory, this::isMember);
        return new FormContract(form, rules.getOrDefault(form.id(), Map.of())).accept(name, submitted, context, complete);
    }

    private boolean isMember(String userId, String groupId) {
        return WithoutAuthorization.call(engine, () -> engine.getIdentityService().createUserQuery().userId(userId)
                .memberOfGroup(groupId).count() > 0);
    }

    private record TaskState(String name, Map<String, Object> variables) {
    }
}
