package vn.giaoviec.form.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.giaoviec.form.FormComponent;
import vn.giaoviec.form.FormSchema;
import vn.giaoviec.form.PlainValues;

/**
 * One form as a contract: the variables a submission may set are exactly the form's fields; each
 * value is of the field's type and within what the form offers; required fields not hidden by their
 * condition are present (on completion); the process's {@link FieldRule}s hold. Values of hidden
 * fields are not kept, as form-js does not submit them. Every problem is reported at once.
 */
final class FormContract {

    /** A dynamic list whose rows the user may add: still not a place for unbounded data. */
    static final int MAX_ADDED_ROWS = 500;

    /** Dates in a list's rows are written as form-js writes them: yyyy-MM-dd. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final FormSchema form;
    private final Map<String, FieldRule> rules;

    FormContract(FormSchema form, Map<String, FieldRule> rules) {
        this.form = form;
        this.rules = rules;
    }

    /**
     * The typed values to give the engine. {@code complete}: a completion (required fields must be
     * there); otherwise a change of some variables while the task stays open.
     */
    VariableMap accept(String taskName, Map<String, ?> submitted, RuleContext context, boolean complete) {
        List<String> problems = new ArrayList<>();
        TreeSet<String> unknown = new TreeSet<>(submitted.keySet());
        unknown.removeAll(form.variables());
        if (!unknown.isEmpty()) {
            problems.add("biểu mẫu không có trường " + String.join(", ", unknown.stream().map(FieldValues::shorten).toList()));
        }
        Map<String, Object> plain = new HashMap<>();
        submitted.forEach((name, value) -> plain.put(name, value instanceof String text && text.startsWith("[")
                ? parsedOrText(text) : PlainValues.of(value)));
        Map<String, Object> accepted = new Scope(context.with(plain), problems, complete)
                .check(form.fields(), submitted, context.variables(), context.variables(), "");
        if (!problems.isEmpty()) {
            throw new FormContractViolation(taskName, problems);
        }
        VariableMap typed = Variables.createVariables();
        accepted.forEach((name, value) -> typed.putValueTyped(name, typed(value)));
        return typed;
    }

    /** The fields of one scope: the form itself, or one row of a dynamic list. */
    private final class Scope {

        private final RuleContext context;
        private final List<String> problems;
        private final boolean complete;

        Scope(RuleContext context, List<String> problems, boolean complete) {
            this.context = context;
            this.problems = problems;
            this.complete = complete;
        }

        /**
         * The accepted values of the scope's fields that were submitted and are not hidden; in a row,
         * conditions read the row as {@code this}.
         */
        Map<String, Object> check(List<FormComponent> fields, Map<String, ?> submitted, Map<String, Object> existing,
                                  Map<String, Object> data, String prefix) {
            Map<String, Object> checked = new LinkedHashMap<>();
            Set<String> failed = new HashSet<>();
            for (FormComponent field : fields) {
                String name = field.variable();
                if (submitted.containsKey(name) && !attempt(() -> checked.put(name,
                        value(field, submitted.get(name), existing, data, prefix)))) {
                    failed.add(name);
                }
            }
            Map<String, Object> after = new HashMap<>(data);
            after.putAll(checked);
            if (data.get("this") instanceof Map<?, ?> row) {
                Map<String, Object> rowAfter = new HashMap<>(castMap(row));
                rowAfter.putAll(checked);
                after.put("this", rowAfter);
            }
            Map<String, Object> accepted = new LinkedHashMap<>();
            for (FormComponent field : fields) {
                String name = field.variable();
                if (failed.contains(name) || field.hiddenFor(after)) {
                    continue;
                }
                Object value = checked.get(name);
                if (complete && missing(field, value)) {
                    problems.add("thiếu " + prefix + label(field));
                } else if (checked.containsKey(name)) {
                    FieldRule rule = prefix.isEmpty() ? rules.get(name) : null;
                    if (rule == null || value == null || attempt(() -> rule.check(value, context))) {
                        accepted.put(name, value);
                    }
                }
            }
            return accepted;
        }

        private Object value(FormComponent field, Object raw, Map<String, Object> existing, Map<String, Object> data,
                             String prefix) {
            String name = prefix + label(field);
            if (raw instanceof UnreadableValue unreadable) {
                throw FieldRule.refuse(name + ": " + unreadable.problem());
            }
            if (field.isDynamicList()) {
                return rows(field, raw, existing.get(field.variable()), data, name);
            }
            Object value = FieldValues.check(field, raw, FieldValues.optionsOf(field, context.variables()), name);
            Object current = existing.get(field.variable());
            if (field.readonly() && current != null && !sameText(current, value)) {
                throw FieldRule.refuse(name + ": trường chỉ đọc, không được sửa");
            }
            return value;
        }

        private List<Map<String, Object>> rows(FormComponent list, Object raw, Object current,
                                               Map<String, Object> data, String name) {
            Object plain = raw instanceof String s ? PlainValues.parseJson(s) : PlainValues.of(raw);
            List<?> existingRows = current instanceof List<?> l ? l : List.of();
            if (!(plain instanceof List<?> submittedRows)) {
                throw FieldRule.refuse(name + ": cần một danh sách các dòng");
            }
            if (!list.allowAddRemove() && submittedRows.size() != existingRows.size()) {
                throw FieldRule.refuse(name + ": cần đúng " + existingRows.size() + " dòng như biểu mẫu đưa ra (đã gửi "
                        + submittedRows.size() + ")");
            }
            if (submittedRows.size() > Math.max(MAX_ADDED_ROWS, existingRows.size())) {
                throw FieldRule.refuse(name + ": quá " + MAX_ADDED_ROWS + " dòng");
            }
            List<FormComponent> children = FormSchema.fieldsOf(list.components());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < submittedRows.size(); i++) {
                rows.add(row(list, children, submittedRows.get(i), i < existingRows.size() ? existingRows.get(i) : null,
                        data, name + ", dòng " + (i + 1)));
            }
            return rows;
        }

        private Map<String, Object> row(FormComponent list, List<FormComponent> children, Object submitted,
                                        Object existing, Map<String, Object> data, String name) {
            if (!(submitted instanceof Map<?, ?> cells)) {
                throw FieldRule.refuse(name + ": cần một dòng gồm các trường của danh sách");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            cells.forEach((key, value) -> values.put(String.valueOf(key), value));
            TreeSet<String> unknown = new TreeSet<>(values.keySet());
            children.forEach(child -> unknown.remove(child.variable()));
            if (!unknown.isEmpty()) {
                throw FieldRule.refuse(name + ": danh sách không có trường " + String.join(", ", unknown));
            }
            Map<String, Object> before = existing instanceof Map<?, ?> m ? PlainValues.ofAll(castMap(m)) : Map.of();
            Map<String, Object> row = new LinkedHashMap<>(before);
            Map<String, Object> rowData = new HashMap<>(data);
            rowData.put("this", before);
            row.putAll(check(children, values, before, rowData, name + ": "));
            return row;
        }

        private boolean attempt(Runnable check) {
            try {
                check.run();
                return true;
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
                return false;
            }
        }
    }

    private static Object parsedOrText(String text) {
        try {
            return PlainValues.parseJson(text);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** A required field without a value; a required checkbox must be ticked, as form-js asks. */
    private static boolean missing(FormComponent field, Object value) {
        if (!field.isRequired()) {
            return false;
        }
        return "checkbox".equals(field.type()) ? !Boolean.TRUE.equals(value) : FieldValues.isEmpty(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> castMap(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }

    private static boolean sameText(Object current, Object value) {
        Object plain = PlainValues.of(current);
        String a = plain instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(plain);
        String b = value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(value);
        return Objects.equals(a, b);
    }

    static String label(FormComponent field) {
        return field.label() != null && !field.label().isBlank() ? field.label() : field.variable();
    }

    private static TypedValue typed(Object value) {
        if (value == null) {
            return Variables.untypedNullValue();
        }
        if (value instanceof Boolean b) {
            return Variables.booleanValue(b);
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().scale() <= 0 ? Variables.longValue(number.longValueExact())
                    : Variables.doubleValue(number.doubleValue());
        }
        if (value instanceof List<?> list) {
            try {
                return SpinValues.jsonValue(JSON.writeValueAsString(list)).create();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return Variables.stringValue(value.toString()); // text, option values, dates as yyyy-MM-dd
    }
}
