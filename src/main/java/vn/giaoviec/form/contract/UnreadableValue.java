package vn.giaoviec.form.contract;

/**
 * A submitted value that could not be read as anything a form produces (a serialized object, a file,
 * a wrong type): the contract refuses it under its field's name — or, when the form has no such
 * field, as a field the form does not own, like any other.
 */
public record UnreadableValue(String problem) {
}
