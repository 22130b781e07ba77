package vn.giaoviec.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.giaoviec.engine.WithoutAuthorization;

/**
 * The Camunda Forms the engine deployed, as a user task finds its own: the form its
 * {@code camunda:formRef} names (the form file's {@code id}), resolved with the task's binding
 * (deployment, latest or version) as the engine resolves it for Tasklist. Each deployed form is parsed
 * once (a deployed form never changes; a new deployment is a new definition).
 * <p>
 * Reading the form of a task needs no permission on the deployment: whoever may see the task may see
 * its form, and callers check that first (Camunda's task query or the contract's own check).
 */
@Component
public class DeployedForms {

    private final ProcessEngine engine;
    private final Map<String, FormSchema> parsed = new ConcurrentHashMap<>();

    public DeployedForms(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The form of a user task; empty when the task has no Camunda Form (or no longer exists). */
    public Optional<FormSchema> ofTask(String taskId) {
        return WithoutAuthorization.call(engine, () -> {
            Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
            if (task == null || task.getProcessDefinitionId() == null) {
                return Optional.empty();
            }
            TaskFormData form = engine.getFormService().getTaskFormData(taskId);
            return Optional.ofNullable(form.getCamundaFormRef())
                    .flatMap(ref -> definition(ref, task.getProcessDefinitionId()));
        });
    }

    /** The form {@code formId} deployed with a process definition (formRef binding "deployment"). */
    public Optional<FormSchema> ofProcess(String processDefinitionId, String formId) {
        CamundaFormRefImpl ref = new CamundaFormRefImpl(formId, "deployment");
        return WithoutAuthorization.call(engine, () -> definition(ref, processDefinitionId));
    }

    private Optional<FormSchema> definition(CamundaFormRef ref, String processDefinitionId) {
        String deploymentId = engine.getRepositoryService().getProcessDefinition(processDefinitionId).getDeploymentId();
        CamundaFormDefinition definition = configuration().getCommandExecutorTxRequired()
                .execute(new GetCamundaFormDefinitionCmd(ref, deploymentId));
        if (definition == null) {
            return Optional.empty();
        }
        return Optional.of(parsed.computeIfAbsent(definition.getId(), id -> read(definition)));
    }

    private FormSchema read(CamundaFormDefinition definition) {
        try (InputStream in = engine.getRepositoryService()
                .getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
            return FormSchemaReader.read(in, definition.getResourceName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
