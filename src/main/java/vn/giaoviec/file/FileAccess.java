package vn.giaoviec.file;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import vn.giaoviec.security.AccessPolicy;
import vn.giaoviec.identity.UserAccess;
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
    private final AccessPolicy policy;

    FileAccess(TaskActions tasks, WorkAttachments attachments, AccessPolicy policy) {
        this.tasks = tasks;
        this.attachments = attachments;
        this.policy = policy;
    }

    RegisterEntry checkCanSee(String taskCode, UserAccess user) {
        return tasks.view(taskCode, user);
    }

    ProductFile attach(String taskCode, MultipartFile upload, UserAccess user) {
        RegisterEntry task = checkCanSee(taskCode, user);
        policy.requireActsForLead(user, task.leadAgency(), "đính kèm sản phẩm");
        return attachments.attach(task, upload, user.userId(), null);
    }
}
