package vn.giaoviec.plan;

/** A plan that cannot be imported as it is; the message says why, in Vietnamese. Nothing was written. */
public class PlanImportException extends RuntimeException {

    private final boolean conflict;

    public PlanImportException(String message) {
        this(message, false);
    }

    private PlanImportException(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    static PlanImportException alreadyImported(String message) {
        return new PlanImportException(message, true);
    }

    /** True when the plan was already imported (HTTP 409), false for bad input (HTTP 4xx). */
    public boolean isConflict() {
        return conflict;
    }
}
