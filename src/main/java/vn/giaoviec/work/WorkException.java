package vn.giaoviec.work;

/** Work that cannot be done as asked, with the Vietnamese sentence the person reads. */
public class WorkException extends RuntimeException {

    public WorkException(String message) {
        super(message);
    }

    public WorkException(String message, Throwable cause) {
        super(message, cause);
    }
}
