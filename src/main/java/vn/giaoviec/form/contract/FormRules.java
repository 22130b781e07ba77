package vn.giaoviec.form.contract;

import java.util.Map;

/**
 * A process's value rules for the fields of its forms, by form id (what {@code camunda:formRef}
 * names) and field key. Declared as a Spring bean next to the process constants; the fields
 * themselves, their types and their required-ness come from the deployed form.
 */
public interface FormRules {

    Map<String, Map<String, FieldRule>> byForm();
}
