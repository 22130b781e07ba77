package vn.giaoviec.register;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An action on a task that has already ended (closed or withdrawn). */
@ResponseStatus(HttpStatus.CONFLICT)
public class TaskClosedException extends RuntimeException {

    public TaskClosedException(String taskCode) {
        super("Nhiệm vụ \"" + taskCode + "\" đã kết thúc hoặc đã bị thu hồi");
    }
}
