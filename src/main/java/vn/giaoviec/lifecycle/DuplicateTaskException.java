package vn.giaoviec.lifecycle;

/** A task code that the register already holds: issuing it again would duplicate work. */
public class DuplicateTaskException extends RuntimeException {

    public DuplicateTaskException(String taskCode) {
        super("Nhiệm vụ mã \"" + taskCode + "\" đã được giao trước đó; không giao lại.");
    }
}
