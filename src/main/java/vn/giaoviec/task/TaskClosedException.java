package vn.giaoviec.task;

/** An action on a task that has already ended (closed or withdrawn). */
public class TaskClosedException extends RuntimeException {

    public TaskClosedException(String taskCode) {
        super("Nhiệm vụ \"" + taskCode + "\" đã kết thúc hoặc đã bị thu hồi");
    }
}
