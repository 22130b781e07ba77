package vn.giaoviec.form;

/**
 * A component's {@code validate} block as written in the form: required, text length bounds and
 * number bounds; absent bounds are null.
 */
public record FormValidation(boolean required, Integer minLength, Integer maxLength, Number min, Number max) {

    public static final FormValidation NONE = new FormValidation(false, null, null, null, null);
}
