package vn.giaoviec.work;

/** Work that cannot be done as asked, with the Vietnamese sentence the person reads. */
public class WorkException extends RuntimeException {

    private final java.util.List<String> problems;

    public WorkException(String message) {
        this(message, java.util.List.of(message));
    }

    public WorkException(String message, Throwable cause) {
        super(message, cause);
        this.problems = java.util.List.of(message);
    }

    /** Refused by the form contract: each problem on its own. */
    public WorkException(String message, java.util.List<String> problems) {
        super(message);
        this.problems = java.util.List.copyOf(problems);
    }

    /** What to tell the person, one sentence per problem. */
    public java.util.List<String> problems() {
        return problems;
    }
}
