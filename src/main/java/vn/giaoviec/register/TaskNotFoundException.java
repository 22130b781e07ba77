package vn.giaoviec.register;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A task code or process instance that the register does not hold (or the user may not see). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TaskNotFoundException extends RuntimeException {

    public TaskNotFoundException(String taskCode) {
        super("Không tìm thấy nhiệm vụ \"" + taskCode + "\"");
    }
}
