package vn.giaoviec.file;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import vn.giaoviec.security.UserAccess;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.lifecycle.TaskActions;
import vn.giaoviec.register.TaskClosedException;
import vn.giaoviec.register.TaskPhase;

/**
 * Who may attach or read a task's files: the lead agency attaches while the task is open; whoever
 * may see the task may read. The file list is mirrored into the task so the review form shows it.
 */
@Service
class FileAccess {

    static final String FILES_VARIABLE = "productFiles";

    private final ProductFiles files;
    private final TaskActions tasks;
    private final RuntimeService runtimeService;

    FileAccess(ProductFiles files, TaskActions tasks, RuntimeService runtimeService) {
        this.files = files;
        this.tasks = tasks;
        this.runtimeService = runtimeService;
    }

    RegisterEntry checkCanSee(String taskCode, UserAccess user) {
        return tasks.view(taskCode, user);
    }

    ProductFile attach(String taskCode, MultipartFile upload, UserAccess user) {
        RegisterEntry task = checkCanSee(taskCode, user);
        if (!user.memberOf(task.leadAgency())) {
            throw new AccessDeniedException("Chỉ cơ quan chủ trì được đính kèm sản phẩm");
        }
        if (task.phase() == TaskPhase.CLOSED || task.phase() == TaskPhase.WITHDRAWN) {
            throw new TaskClosedException(taskCode);
        }
        ProductFile stored = files.store(taskCode, upload, user.userId());
        String list = String.join("\n", files.ofTask(taskCode).stream()
                .map(f -> f.fileName() + " (/api/files/" + f.id() + ")").toList());
        runtimeService.setVariable(task.processInstanceId(), FILES_VARIABLE, list);
        return stored;
    }
}
