package vn.giaoviec.lifecycle;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.giaoviec.security.AccessPolicy;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.deadline.DeadlineParser;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskProgress;
import vn.giaoviec.register.TaskProgressLog;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.register.Transition;

/** REST for single tasks: issue one, read it with its trail, ask for an extension, withdraw it. */
@RestController
@RequestMapping("/api/tasks")
class TaskApi {

    private final TaskLauncher launcher;
    private final TaskActions actions;
    private final TaskRegister register;
    private final AccessPolicy policy;
    private final TaskProgressLog progress;
    private final DeadlineParser deadlines;

    TaskApi(TaskLauncher launcher, TaskActions actions, TaskRegister register, AccessPolicy policy,
            TaskProgressLog progress, DeadlineParser deadlines) {
        this.deadlines = deadlines;
        this.progress = progress;
        this.launcher = launcher;
        this.actions = actions;
        this.register = register;
        this.policy = policy;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> issue(@Valid @RequestBody NewTask task, Authentication authentication) {
        UserAccess user = UserAccess.of(authentication);
        policy.requireProvinceWide(user, "giao nhiệm vụ");
        // a task issued over REST brings its phrase: read once here, as the import's preview does
        NewTask issued = task.deadlineKind() != null ? task
                : task.withDeadlineKind(deadlines.parse(task.deadlineText(), task.dueDate().getYear()).kind());
        String processInstanceId = launcher.start(issued, user.userId());
        return Map.of("taskCode", task.taskCode(), "processInstanceId", processInstanceId);
    }

    @GetMapping("/{taskCode}")
    TaskView get(@PathVariable String taskCode, Authentication authentication) {
        RegisterEntry entry = actions.view(taskCode, UserAccess.of(authentication));
        return new TaskView(entry, entry.status().label(), register.transitions(taskCode), progress.of(taskCode));
    }

    @PostMapping("/{taskCode}/extension-request")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void requestExtension(@PathVariable String taskCode, @RequestBody ExtensionRequest request,
                          Authentication authentication) {
        actions.requestExtension(taskCode, request.newDueDate(), request.reason(), UserAccess.of(authentication));
    }

    @PostMapping("/{taskCode}/withdrawal")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void withdraw(@PathVariable String taskCode, @RequestBody Withdrawal request, Authentication authentication) {
        actions.withdraw(taskCode, request.reason(), UserAccess.of(authentication));
    }

    record ExtensionRequest(LocalDate newDueDate, String reason) {
    }

    record Withdrawal(String reason) {
    }

    record TaskView(RegisterEntry task, String statusLabel, List<Transition> history, List<TaskProgress> progress) {
    }
}
