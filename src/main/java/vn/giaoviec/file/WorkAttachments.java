package vn.giaoviec.file;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskClosedException;

/**
 * Files attached inside a task's own flow — chosen in the same form that submits the product or the
 * contribution — by whoever holds that work (the caller has checked it). The product's file list is
 * mirrored into the task as {@value FileAccess#FILES_VARIABLE}, so Tasklist's review form can name them.
 */
@Service
public class WorkAttachments {

    private final ProductFiles files;
    private final RuntimeService runtimeService;

    WorkAttachments(ProductFiles files, RuntimeService runtimeService) {
        this.files = files;
        this.runtimeService = runtimeService;
    }

    /**
     * {@code contributedBy}: the coordinating agency whose contribution the file belongs to; null for
     * the lead agency's product. Refused files (type, content, size) are an IllegalArgumentException
     * with the Vietnamese reason.
     */
    public ProductFile attach(RegisterEntry task, MultipartFile upload, String userId, String contributedBy) {
        if (!task.isOpen()) {
            throw new TaskClosedException(task.taskCode());
        }
        ProductFile stored = files.store(task.taskCode(), upload, userId, contributedBy);
        if (contributedBy == null) {
            mirror(task);
        }
        return stored;
    }

    void mirror(RegisterEntry task) {
        String list = String.join("\n", files.ofTask(task.taskCode()).stream().filter(f -> f.contributedBy() == null)
                .map(f -> f.fileName() + " (/api/files/" + f.id() + ")").toList());
        runtimeService.setVariable(task.processInstanceId(), FileAccess.FILES_VARIABLE, list);
    }
}
