package vn.giaoviec.plan.read;

/** The file cannot be read as a plan appendix. The message is Vietnamese and meant for the user. */
public class PlanReadException extends RuntimeException {

    private final int row;

    public PlanReadException(String message) {
        this(message, 0, null);
    }

    public PlanReadException(String message, Throwable cause) {
        this(message, 0, cause);
    }

    public PlanReadException(String message, int row, Throwable cause) {
        super(message, cause);
        this.row = row;
    }

    /** The task row the problem is about, or 0 when it concerns the whole file. */
    public int row() {
        return row;
    }
}
