package vn.giaoviec.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.file.ProductFiles;
import vn.giaoviec.file.WorkAttachments;
import vn.giaoviec.form.DeployedForms;
import vn.giaoviec.form.FormSchema;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.people.People;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.identity.UserAccess;

/**
 * A work's Camunda Form on our pages: laid out from the deployed form (the same forms/*.form as
 * Tasklist), submitted from a plain HTML form, checked field by field in Vietnamese, and completed
 * through the engine as the person. Files chosen in the form that submits a product or a contribution
 * are stored first, so that nothing chosen is lost when a field is refused.
 */
@Service
public class WorkForms {

    /** The product form's link to the separate upload page (forms/nop-san-pham.form), for Tasklist. */
    static final String UPLOAD_LINK = "Field_UploadLink";

    private final DeployedForms forms;
    private final WorkItems items;
    private final TaskRegister register;
    private final ProductFiles files;
    private final WorkAttachments attachments;
    private final People people;
    private final ProvinceClock clock;

    WorkForms(DeployedForms forms, WorkItems items, TaskRegister register, ProductFiles files,
              WorkAttachments attachments, People people, ProvinceClock clock) {
        this.forms = forms;
        this.items = items;
        this.register = register;
        this.files = files;
        this.attachments = attachments;
        this.people = people;
        this.clock = clock;
    }

    /** The form as first shown, filled with the work's current values; empty when the work has no form. */
    public Optional<FormView> view(Work work, Set<String> skipped) {
        return forms.ofTask(work.id()).map(schema -> view(work, schema, items.variables(work), null, Map.of(),
                List.of(), null, skipped));
    }

    /**
     * Completes the work with what was submitted; refused (nothing completed) when a field or a file
     * is wrong, with the form as typed and each problem.
     */
    public Submitted submit(Work work, UserAccess user, Map<String, List<String>> typed, List<MultipartFile> uploads,
                            Set<String> skipped) {
        FormSchema schema = forms.ofTask(work.id()).orElseThrow(() -> new WorkException(
                "Việc này không có biểu mẫu điền được trên trang này; hãy mở bằng Camunda Tasklist."));
        Map<String, Object> variables = items.variables(work);
        FormInput input = new FormInput(schema, variables, typed);
        String fileProblem = attach(work, user, variables, uploads);
        if (!input.problems().isEmpty() || fileProblem != null) {
            return Submitted.refused(view(work, schema, variables, typed, input.problems(), List.of(), fileProblem, skipped));
        }
        try {
            items.complete(work.id(), user, input.values());
            return new Submitted(true, null, "Đã hoàn thành việc “" + work.name() + "”.");
        } catch (WorkException e) {
            return Submitted.refused(view(work, schema, variables, typed, Map.of(), e.problems(), null, skipped));
        }
    }

    private FormView view(Work work, FormSchema schema, Map<String, Object> variables, Map<String, List<String>> typed,
                          Map<String, String> problems, List<String> general, String fileProblem, Set<String> skipped) {
        FileStep step = FileStep.of(work, variables);
        Set<String> notShown = new java.util.HashSet<>(skipped);
        if (step != null && step.accepts()) {
            notShown.add(UPLOAD_LINK); // files are chosen in this form itself
        }
        List<FormView.Part> parts = new FormLayout(schema, variables, typed, problems, clock.zone(), notShown).parts();
        List<String> all = new ArrayList<>(general);
        all.addAll(problems.values());
        List<FormView.Attached> attached = step == null ? List.of() : attached(work, step);
        return new FormView(work.id(), work.name(), parts, all, attached, step != null && step.accepts(), fileProblem);
    }

    private List<FormView.Attached> attached(Work work, FileStep step) {
        return taskOf(work).map(task -> files.ofTask(task.taskCode()).stream()
                .filter(f -> java.util.Objects.equals(f.contributedBy(), step.contributedBy()))
                .map(f -> new FormView.Attached(f.id(), f.fileName(), people.describe(f.uploadedBy()))).toList())
                .orElse(List.of());
    }

    /** Stores the chosen files; the first refusal's reason, or null when all were stored. */
    private String attach(Work work, UserAccess user, Map<String, Object> variables, List<MultipartFile> uploads) {
        List<MultipartFile> chosen = uploads == null ? List.of()
                : uploads.stream().filter(u -> u != null && !u.isEmpty()).toList();
        FileStep step = FileStep.of(work, variables);
        if (chosen.isEmpty() || step == null || !step.accepts()) {
            return null;
        }
        RegisterEntry task = taskOf(work).orElseThrow(() -> new WorkException(WorkItems.GONE));
        for (MultipartFile upload : chosen) {
            try {
                attachments.attach(task, upload, user.userId(), step.contributedBy());
            } catch (IllegalArgumentException e) {
                return "Tệp \"" + upload.getOriginalFilename() + "\" không được nhận: " + e.getMessage();
            }
        }
        return null;
    }

    private Optional<RegisterEntry> taskOf(Work work) {
        return register.findByProcessInstance(work.processInstanceId());
    }

    /** The steps whose form carries files: the product (submit, shown again to the reviewer) and contributions. */
    record FileStep(boolean accepts, String contributedBy) {

        static FileStep of(Work work, Map<String, Object> variables) {
            if (work.processDefinitionId() == null || !work.processDefinitionId().startsWith(PlanTaskProcess.KEY + ":")) {
                return null;
            }
            return switch (work.stepKey()) {
                case PlanTaskProcess.SUBMIT -> new FileStep(true, null);
                case PlanTaskProcess.REVIEW -> new FileStep(false, null);
                case PlanTaskProcess.CONTRIBUTE -> new FileStep(true,
                        String.valueOf(variables.get(PlanTaskProcess.Var.COORDINATING_AGENCY)));
                default -> null;
            };
        }
    }

    /** The outcome of a submission: done (with the confirmation), or refused with the form to show again. */
    public record Submitted(boolean done, FormView form, String message) {

        static Submitted refused(FormView form) {
            return new Submitted(false, form, null);
        }
    }
}
