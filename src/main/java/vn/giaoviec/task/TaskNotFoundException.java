package vn.giaoviec.task;

/** A task code or process instance that the register does not hold (or the user may not see). */
public class TaskNotFoundException extends RuntimeException {

    public TaskNotFoundException(String taskCode) {
        super("Không tìm thấy nhiệm vụ \"" + taskCode + "\"");
    }
}
