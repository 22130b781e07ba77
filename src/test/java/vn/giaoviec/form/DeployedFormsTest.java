package vn.giaoviec.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.lifecycle.TaskLauncher;

/** A task's form as the engine deployed it, found by the task's formRef, parsed once. */
@SpringBootTest
@ActiveProfiles("test")
class DeployedFormsTest {

    @Autowired DeployedForms forms;
    @Autowired TaskLauncher launcher;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;

    @Test
    void aTaskFindsTheFormItsFormRefNamesOnceParsed() {
        String instance = launcher.start(new NewTask("FORM-" + System.nanoTime(), null, null, null,
                "Rà soát biểu mẫu", "I", "snv", List.of(), "Báo cáo", "Quý IV/2030", LocalDate.of(2030, 12, 31), DeadlineKind.FIXED), "demo");
        Task assign = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        try {
            FormSchema form = forms.ofTask(assign.getId()).orElseThrow();

            assertThat(form.id()).isEqualTo(PlanTaskProcess.ASSIGN);
            assertThat(form.variables()).containsExactly("officer", "coordinatingAgencies", "contributionDueDate",
                    "contributionDueDates", "assignmentNote");
            assertThat(forms.ofTask(assign.getId()).orElseThrow()).isSameAs(form);
        } finally {
            runtimeService.deleteProcessInstance(instance, "kiểm thử biểu mẫu");
        }
    }

    @Test
    void everyUserTaskOfTheDeployedProcessesHasItsForm() {
        for (String process : List.of(PlanTaskProcess.KEY, "periodicReport", "planYearEnd")) {
            String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(process)
                    .latestVersion().singleResult().getId();
            repositoryService.getBpmnModelInstance(definition)
                    .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class).forEach(task -> {
                        String formRef = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
                        assertThat(forms.ofProcess(definition, formRef)).as(task.getId()).get()
                                .extracting(FormSchema::id).isEqualTo(formRef);
                    });
        }
    }

    @Test
    void noFormForATaskThatDoesNotExist() {
        assertThat(forms.ofTask("khong-co")).isEmpty();
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PlanTaskProcess.KEY)
                .latestVersion().singleResult().getId();
        assertThat(forms.ofProcess(definition, "khongCoBieuMau")).isEmpty();
    }
}
