package vn.giaoviec.form;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A Camunda Form: its id (what a user task's {@code camunda:formRef} names) and its components in
 * the order they are shown.
 */
public record FormSchema(String id, int schemaVersion, List<FormComponent> components) {

    public FormSchema {
        components = List.copyOf(components);
    }

    /**
     * The components that fill in a process variable — inputs and dynamic lists — in form order,
     * looking inside groups (a dynamic list's children are its rows', not the form's).
     */
    public List<FormComponent> fields() {
        return fieldsOf(components);
    }

    /** The fields among some components (a form's, a dynamic list's row), looking inside groups. */
    public static List<FormComponent> fieldsOf(List<FormComponent> components) {
        List<FormComponent> fields = new ArrayList<>();
        collectFields(components, fields);
        return fields;
    }

    /** The process variables this form fills in. */
    public Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        fields().forEach(field -> names.add(field.variable()));
        return names;
    }

    public Optional<FormComponent> field(String variable) {
        return fields().stream().filter(field -> variable.equals(field.variable())).findFirst();
    }

    public Optional<FormComponent> component(String componentId) {
        return all().filter(component -> componentId.equals(component.id())).findFirst();
    }

    /** Every component, depth first, in form order. */
    public Stream<FormComponent> all() {
        return components.stream().flatMap(FormComponent::flatten);
    }

    private static void collectFields(List<FormComponent> components, List<FormComponent> into) {
        for (FormComponent component : components) {
            if (component.isInput() || component.isDynamicList()) {
                into.add(component);
            } else if (component.isGroup()) {
                collectFields(component.components(), into);
            }
        }
    }
}
