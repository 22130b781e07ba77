package vn.giaoviec.form;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One component of a Camunda Form, as written in the form file. Input components own the process
 * variable named by their {@code key}; a dynamic list owns the variable named by its {@code path}, a
 * JSON array whose rows hold its child components' keys. {@code text} components carry markdown with
 * {@code {{variable}}} placeholders; tables read the rows of {@code dataSource} ({@code =variable}).
 *
 * @param hide the raw FEEL of {@code conditional.hide}, without its leading {@code =}; null if none
 * @param label the label, or for a date the {@code dateLabel}
 */
public record FormComponent(String type, String id, String key, String path, String label, String description,
                            String text, FormValidation validation, List<FormOption> values, String valuesKey,
                            String subtype, boolean readonly, boolean disabled, String hide,
                            List<TableColumn> columns, String dataSource, boolean allowAddRemove,
                            List<FormComponent> components) {

    /** form-js types whose {@code key} is a variable the user fills in. */
    static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "datetime", "select", "radio",
            "checkbox", "checklist", "taglist");

    public FormComponent {
        validation = validation == null ? FormValidation.NONE : validation;
        values = values == null ? List.of() : List.copyOf(values);
        columns = columns == null ? List.of() : List.copyOf(columns);
        components = components == null ? List.of() : List.copyOf(components);
    }

    public boolean isInput() {
        return key != null && INPUT_TYPES.contains(type);
    }

    public boolean isDynamicList() {
        return "dynamiclist".equals(type) && path != null;
    }

    /** A component that only shows something: markdown text, a table, a heading, a separator … */
    public boolean isDisplay() {
        return !isInput() && !isDynamicList() && !isGroup();
    }

    /** A group without a path: its children belong to the enclosing scope, as in form-js. */
    public boolean isGroup() {
        return "group".equals(type) && path == null;
    }

    /** The process variable this component fills in: the key of an input, the path of a dynamic list. */
    public String variable() {
        return isDynamicList() ? path : isInput() ? key : null;
    }

    public boolean hasOptions() {
        return !values.isEmpty() || valuesKey != null;
    }

    /** Several values (checklist, taglist): submitted as a JSON array. */
    public boolean isMultiple() {
        return "checklist".equals(type) || "taglist".equals(type);
    }

    public boolean isDate() {
        return "datetime".equals(type) && (subtype == null || "date".equals(subtype));
    }

    public boolean isDateTime() {
        return "datetime".equals(type) && "datetime".equals(subtype);
    }

    public boolean isRequired() {
        return validation.required();
    }

    /** The table's rows variable: {@code =progressItems} → {@code progressItems}. */
    public String dataSourceVariable() {
        return dataSource == null ? null : dataSource.startsWith("=") ? dataSource.substring(1).trim() : dataSource;
    }

    /**
     * Whether {@code conditional.hide} hides this component for the given form data (the task's
     * variables overlaid with what the user entered). Expressions outside the simple FEEL the forms
     * use ({@link HideCondition}) never hide.
     */
    public boolean hiddenFor(Map<String, ?> data) {
        return hide != null && HideCondition.of(hide).map(condition -> condition.test(data)).orElse(false);
    }

    /** This component and all it contains, in form order. */
    public Stream<FormComponent> flatten() {
        return Stream.concat(Stream.of(this), components.stream().flatMap(FormComponent::flatten));
    }
}
