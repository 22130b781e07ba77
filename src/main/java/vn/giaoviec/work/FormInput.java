package vn.giaoviec.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.giaoviec.engine.FormRows;
import vn.giaoviec.form.FormComponent;
import vn.giaoviec.form.FormOption;
import vn.giaoviec.form.FormSchema;
import vn.giaoviec.form.PlainValues;

/**
 * What a person submitted in a work's form, read against the form: the values as Camunda Forms
 * would send them (text, yyyy-mm-dd dates, option values, checklists as JSON, dynamic lists as JSON
 * rows) for exactly the form's fields that are not hidden, and each field's problem in Vietnamese
 * (required, length, number bounds, a date, an offered option). The server-side form contract checks
 * the values again when the engine completes the work.
 */
final class FormInput {

    static final String PREFIX = "f.";

    private final FormSchema schema;
    private final Map<String, Object> variables;
    private final Map<String, List<String>> typed;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();

    FormInput(FormSchema schema, Map<String, Object> variables, Map<String, List<String>> typed) {
        this.schema = schema;
        this.variables = variables;
        this.typed = typed;
        read();
    }

    /** The input name of a field (in a dynamic list: {@code path[row].key}). */
    static String name(String prefix, String key) {
        return PREFIX + prefix + key;
    }

    Map<String, Object> values() {
        return values;
    }

    /** Each refused field's problem, by input name, in form order. */
    Map<String, String> problems() {
        return problems;
    }

    private void read() {
        Map<String, Object> data = new HashMap<>(variables);
        for (FormComponent field : schema.fields()) {
            if (field.isInput()) {
                List<String> submitted = typed.getOrDefault(name("", field.key()), List.of());
                data.put(field.key(), submitted.isEmpty() ? null : field.isMultiple() ? submitted : submitted.get(0));
            }
        }
        for (FormComponent field : schema.fields()) {
            if (field.hiddenFor(data) || field.readonly() || field.disabled()) {
                continue; // as form-js: a hidden or read-only field is not submitted
            }
            if (field.isDynamicList()) {
                values.put(field.path(), rows(field));
            } else {
                Object value = value(field, "", typed.getOrDefault(name("", field.key()), List.of()));
                if (value != null || field.isMultiple()) {
                    values.put(field.key(), value);
                }
            }
        }
    }

    /** How many rows of a list the person sent (the highest row index sent, plus one; at most 500). */
    static int rowsSent(Map<String, List<String>> typed, String path) {
        Pattern row = Pattern.compile("^" + Pattern.quote(PREFIX + path + "[") + "(\\d{1,3})\\]\\.");
        int count = 0;
        for (String name : typed.keySet()) {
            Matcher m = row.matcher(name);
            if (m.find()) {
                count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
            }
        }
        return Math.min(count, 500);
    }

    /** A row the person left empty (or took away): nothing in any of its fields. */
    static boolean blankRow(Map<String, List<String>> typed, FormComponent list, int index) {
        String prefix = list.path() + "[" + index + "].";
        return list.components().stream().filter(FormComponent::isInput)
                .allMatch(child -> typed.getOrDefault(name(prefix, child.key()), List.of()).stream().allMatch(String::isBlank));
    }

    /** The rows of a list the person may add to: the ones sent with something in them, in order. */
    private Object addedRows(FormComponent list) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < rowsSent(typed, list.path()); i++) {
            if (blankRow(typed, list, i)) {
                continue;
            }
            rows.add(typedInto(new LinkedHashMap<>(), list, i));
        }
        return FormRows.toVariable(rows);
    }

    private Object rows(FormComponent list) {
        if (list.allowAddRemove()) {
            return addedRows(list);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> current = FormRows.read(variables.get(list.path()), list.label());
        for (int i = 0; i < current.size(); i++) {
            rows.add(typedInto(new LinkedHashMap<>(current.get(i)), list, i));
        }
        return FormRows.toVariable(rows);
    }

    /** Row {@code index} of a list with what the person typed in its editable fields put in. */
    private Map<String, Object> typedInto(Map<String, Object> row, FormComponent list, int index) {
        String prefix = list.path() + "[" + index + "].";
        for (FormComponent child : list.components()) {
            if (child.isInput() && !child.readonly() && !child.disabled()) {
                Object value = value(child, prefix, typed.getOrDefault(name(prefix, child.key()), List.of()));
                row.put(child.key(), value instanceof BigDecimal number ? numberValue(number) : value);
            }
        }
        return row;
    }

    /** One field's value as the engine should keep it, or null (with its problem noted when there is one). */
    private Object value(FormComponent field, String prefix, List<String> submitted) {
        String name = name(prefix, field.key());
        List<String> given = submitted.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        String label = field.label() == null ? field.key() : field.label();
        if (given.isEmpty()) {
            if (field.isRequired()) {
                problems.put(name, (field.hasOptions() ? "Cần chọn " : "Cần điền ") + lower(label) + ".");
            }
            return field.isMultiple() ? SpinValues.jsonValue("[]").create() : null;
        }
        try {
            return switch (field.type()) {
                case "number" -> numberValue(number(field, given.get(0)));
                case "datetime" -> date(field, given.get(0));
                case "checkbox" -> Boolean.valueOf(given.get(0));
                case "checklist", "taglist" -> several(field, given);
                case "select", "radio" -> option(field, given.get(0));
                default -> text(field, submitted.get(0).strip());
            };
        } catch (IllegalArgumentException e) {
            problems.put(name, e.getMessage());
            return null;
        }
    }

    private String text(FormComponent field, String text) {
        Integer min = field.validation().minLength();
        Integer max = field.validation().maxLength();
        if (min != null && text.length() < min) {
            throw new IllegalArgumentException("Cần ít nhất " + min + " ký tự.");
        }
        if (max != null && text.length() > max) {
            throw new IllegalArgumentException("Tối đa " + max + " ký tự (đang có " + text.length() + ").");
        }
        return text;
    }

    private static BigDecimal number(FormComponent field, String text) {
        BigDecimal number;
        try {
            number = new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Cần nhập một số.", e);
        }
        Number min = field.validation().min();
        Number max = field.validation().max();
        if (min != null && number.compareTo(new BigDecimal(min.toString())) < 0
                || max != null && number.compareTo(new BigDecimal(max.toString())) > 0) {
            throw new IllegalArgumentException("Cần một số từ " + (min == null ? "…" : min) + " đến "
                    + (max == null ? "…" : max) + ".");
        }
        return number;
    }

    /** A whole number as Camunda Forms sends it (a JSON integer), else a decimal. */
    private static Object numberValue(BigDecimal number) {
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            return number.doubleValue();
        }
    }

    private static String date(FormComponent field, String text) {
        if (!field.isDate()) {
            return text;
        }
        LocalDate date = DateInput.parse(text);
        return date == null ? null : date.toString();
    }

    private String option(FormComponent field, String value) {
        if (options(field).stream().noneMatch(o -> o.value().equals(value))) {
            throw new IllegalArgumentException("Lựa chọn không có trong danh sách; hãy chọn lại.");
        }
        return value;
    }

    private Object several(FormComponent field, List<String> chosen) {
        List<String> offered = options(field).stream().map(FormOption::value).toList();
        if (!offered.containsAll(chosen)) {
            throw new IllegalArgumentException("Có lựa chọn không có trong danh sách; hãy chọn lại.");
        }
        return FormRows.toVariable(chosen.stream().distinct().toList());
    }

    private List<FormOption> options(FormComponent field) {
        return FormValuesText.offered(field, variables);
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
