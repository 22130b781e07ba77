package vn.giaoviec.progress;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.file.ProductFiles;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.lifecycle.TaskActions;
import vn.giaoviec.lifecycle.TaskHistory;
import vn.giaoviec.register.TaskRegister;

/** A task's page: its data, product and files, contributions, and its timeline. */
@Controller
class TaskPage {

    private final TaskActions actions;
    private final TaskRegister register;
    private final TaskHistory history;
    private final ProductFiles files;
    private final AgencyDirectory directory;

    TaskPage(TaskActions actions, TaskRegister register, TaskHistory history, ProductFiles files,
             AgencyDirectory directory) {
        this.actions = actions;
        this.register = register;
        this.history = history;
        this.files = files;
        this.directory = directory;
    }

    @GetMapping("/giaoviec/nhiem-vu/{taskCode}")
    String task(@PathVariable String taskCode, Authentication authentication, Model model) {
        RegisterEntry task = actions.view(taskCode, UserAccess.of(authentication));
        model.addAttribute("task", task);
        model.addAttribute("directory", directory);
        model.addAttribute("transitions", register.transitions(taskCode));
        model.addAttribute("files", files.ofTask(taskCode));
        model.addAttribute("steps", history.steps(task.processInstanceId()));
        model.addAttribute("comments", history.comments(task.processInstanceId()));
        model.addAttribute("variables", history.variables(task.processInstanceId()));
        return "progress/task";
    }
}
