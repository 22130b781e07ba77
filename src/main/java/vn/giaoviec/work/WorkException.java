package vn.giaoviec.work;

/** Work that cannot be done as asked, with the Vietnamese sentence the person reads. */
public class WorkException extends RuntimeException {

    private final java.util.List<String> problems;
    private final boolean formRefused;

    /** A whole sentence saying why the work cannot be done. */
    public WorkException(String message) {
        this(message, (Throwable) null);
    }

    public WorkException(String message, Throwable cause) {
        super(message, cause);
        this.problems = java.util.List.of(message);
        this.formRefused = false;
    }

    /** Refused by the form contract: each problem on its own (what to correct, not what became of the work). */
    public WorkException(String message, java.util.List<String> problems) {
        super(message);
        this.problems = java.util.List.copyOf(problems);
        this.formRefused = true;
    }

    /** True when the form's values were refused: the problems name fields, and nothing was written. */
    public boolean formRefused() {
        return formRefused;
    }

    /** What to tell the person, one sentence per problem. */
    public java.util.List<String> problems() {
        return problems;
    }
}
