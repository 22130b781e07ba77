package vn.giaoviec.form;

/** A form file that cannot be read as a Camunda Form: a deployment mistake, not a user's. */
public class FormSchemaException extends RuntimeException {

    public FormSchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
