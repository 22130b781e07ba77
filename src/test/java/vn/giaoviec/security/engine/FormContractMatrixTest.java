package vn.giaoviec.security.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.testsupport.HttpBodies.json;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.form.DeployedForms;
import vn.giaoviec.form.FormSchema;
import vn.giaoviec.form.PlainValues;
import vn.giaoviec.form.contract.FormContracts;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.lifecycle.TaskLauncher;
import vn.giaoviec.milestone.MilestoneProcess;
import vn.giaoviec.report.PeriodicReportProcess;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.yearend.PlanYearEndProcess;

/**
 * Every variable of every form from every role, over /engine-rest: for each user task of the four
 * processes (open in a process of its own) and each role, completing it with every variable its form
 * does not own — every process variable and every other form's field, each of which the refusal
 * must name — and with each bad value of each field it owns. A role that may work the task gets 400 naming the problem; a role
 * that may not gets the same 404 as for a task that does not exist; nothing changes either way.
 * The generated good submission passes the same contract. Prints what it checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormContractMatrixTest {

    static final List<String> ROLES = List.of("stp-chuyenvien", "stp-lanhdao", "snv-chuyenvien", "snv-lanhdao",
            "chanhvanphong", "demo");

    @Autowired TestRestTemplate rest;
    @Autowired TaskLauncher launcher;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired DeployedForms forms;
    @Autowired FormContracts contracts;

    final Map<String, String> checked = new TreeMap<>();
    int calls;
    int foreignChecked;

    @TestFactory
    Stream<DynamicNode> everyVariableOfEveryFormFromEveryRole() {
        FormMatrixFixtures fixtures = new FormMatrixFixtures(launcher, runtimeService, taskService, repositoryService);
        List<DynamicNode> processes = new ArrayList<>();
        for (String process : FormMatrixFixtures.PROCESSES) {
            List<DynamicNode> tasks = new ArrayList<>();
            fixtures.userTasks(process).forEach((activity, multi) -> tasks.add(DynamicContainer.dynamicContainer(activity,
                    roles(() -> fixtures.place(process, activity, multi)))));
            processes.add(DynamicContainer.dynamicContainer(process, tasks));
        }
        return processes.stream();
    }

    private Stream<DynamicNode> roles(java.util.function.Supplier<Task> placed) {
        Task[] task = new Task[1];
        DynamicTest contract = DynamicTest.dynamicTest("the generated submission fits the contract", () -> {
            task[0] = placed.get();
            FormSchema form = forms.ofTask(task[0].getId()).orElseThrow();
            assertThat(contracts.accept(task[0].getId(), FormProbes.valid(form, variables(task[0])),
                    new UserAccess("demo", Set.of("camunda-admin")))).isNotNull();
        });
        return Stream.concat(Stream.of(contract), ROLES.stream().map(role ->
                DynamicTest.dynamicTest(role, () -> probe(task[0], role))));
    }

    private void probe(Task task, String role) {
        FormSchema form = forms.ofTask(task.getId()).orElseThrow();
        Map<String, Object> variables = variables(task);
        Map<String, Object> valid = FormProbes.valid(form, variables);
        Set<String> foreign = foreignTo(form);
        String before = snapshot(task);
        int count = 0;
        Map<String, Object> withForeign = new java.util.LinkedHashMap<>(valid);
        foreign.forEach(name -> withForeign.put(name, "x"));
        ResponseEntity<Map> answer = complete(role, task, withForeign);
        count++;
        if (!canSee(role, task)) {
            assertThat(answer.getStatusCode().value()).as("%s, %s: %s", task.getName(), role, answer.getBody()).isEqualTo(404);
            assertThat(answer.getBody().get("message")).isEqualTo(EngineRestGuard.NO_SUCH_TASK);
        } else {
            assertThat(answer.getStatusCode().value()).as("%s, %s: %s", task.getName(), role, answer.getBody()).isEqualTo(400);
            String message = (String) answer.getBody().get("message");
            assertThat(message).contains("biểu mẫu không có trường ");
            // every variable the form does not own is named: none slips through with the others
            foreign.forEach(name -> assertThat(message).as(name).containsPattern("(trường |, )" + Pattern.quote(name) + "[,.;]"));
            for (Map.Entry<String, Map<String, Object>> bad : FormProbes.bad(form, variables).entrySet()) {
                ResponseEntity<Map> refused = complete(role, task, bad.getValue());
                assertThat(refused.getStatusCode().value()).as("%s, %s, %s: %s", task.getName(), role, bad.getKey(),
                        refused.getBody()).isEqualTo(400);
                assertThat((String) refused.getBody().get("message")).endsWith("Không có gì được ghi.");
                count++;
            }
        }
        assertThat(snapshot(task)).as("nothing changed: %s, %s", task.getName(), role).isEqualTo(before);
        checked.merge(task.getTaskDefinitionKey() + " (" + form.variables().size() + " trường)",
                String.format("%s %s", role, canSee(role, task) ? count + "×400" : "404"), (a, b) -> a + ", " + b);
        foreignChecked += canSee(role, task) ? foreign.size() : 0;
        calls += count;
    }

    @AfterAll
    void print() {
        StringBuilder out = new StringBuilder("\nMa trận biểu mẫu — " + checked.size() + " việc × " + ROLES.size()
                + " vai trò, " + calls + " lần hoàn thành bị từ chối, " + foreignChecked + " biến ngoài biểu mẫu được nêu tên"
                + " (một lần gửi tất cả biến ngoài biểu mẫu, rồi từng giá trị sai; 404 = không thấy việc)\n");
        checked.forEach((task, row) -> out.append(String.format("%-40s %s%n", task, row)));
        System.out.println(out);
    }

    private ResponseEntity<Map> complete(String role, Task task, Map<String, Object> submission) {
        return rest.withBasicAuth(role, "demo").exchange("/engine-rest/task/" + task.getId() + "/complete",
                HttpMethod.POST, json(FormProbes.body(submission)), Map.class);
    }

    private boolean canSee(String role, Task task) {
        identityService.setAuthentication(role, identityService.createGroupQuery().groupMember(role).list().stream()
                .map(Group::getId).toList());
        try {
            return taskService.createTaskQuery().taskId(task.getId()).count() == 1;
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Map<String, Object> variables(Task task) {
        return PlainValues.ofAll(taskService.getVariablesTyped(task.getId(), false));
    }

    /** Every variable the processes declare and every field of every form, but this form's own. */
    private Set<String> foreignTo(FormSchema form) {
        Set<String> names = new TreeSet<>(List.of("assignee", "camunda-admin", "isAdmin"));
        for (Class<?> constants : List.of(PlanTaskProcess.Var.class, PeriodicReportProcess.Var.class,
                PlanYearEndProcess.Var.class, MilestoneProcess.Var.class)) {
            for (Field field : constants.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    try {
                        names.add((String) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        names.removeAll(form.variables());
        return names;
    }

    /** The process's variables and its open tasks with their assignees. */
    private String snapshot(Task task) {
        Map<String, String> state = new TreeMap<>();
        PlainValues.ofAll(runtimeService.getVariablesTyped(task.getProcessInstanceId(), false))
                .forEach((name, value) -> state.put(name, String.valueOf(value)));
        taskService.createTaskQuery().processInstanceId(task.getProcessInstanceId()).list()
                .forEach(t -> state.put("task " + t.getId(), t.getTaskDefinitionKey() + "/" + t.getAssignee()));
        return state.toString();
    }
}
