package vn.giaoviec.file;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import vn.giaoviec.security.UserAccess;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.lifecycle.TaskActions;

/**
 * Who may attach or read a task's files: the lead agency attaches while the task is open; whoever
 * may see the task may read. The file list is mirrored into the task so the review form shows it.
 */
@Service
class FileAccess {

    static final String FILES_VARIABLE = "productFiles";

    private final TaskActions tasks;
    private final WorkAttachments attachments;

    FileAccess(TaskActions tasks, WorkAttachments attachments) {
        this.tasks = tasks;
        this.attachments = attachments;
    }

    RegisterEntry checkCanSee(String taskCode, UserAccess user) {
        return tasks.view(taskCode, user);
    }

    ProductFile attach(String taskCode, MultipartFile upload, UserAccess user) {
        RegisterEntry task = checkCanSee(taskCode, user);
        if (!user.memberOf(task.leadAgency())) {
            throw new AccessDeniedException("Chỉ cơ quan chủ trì được đính kèm sản phẩm");
        }
        return attachments.attach(task, upload, user.userId(), null);
    }
}
