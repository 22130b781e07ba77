package vn.giaoviec.work;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaoviec.engine.FormRows;
import vn.giaoviec.form.FormComponent;
import vn.giaoviec.form.FormOption;
import vn.giaoviec.form.FormSchema;
import vn.giaoviec.form.PlainValues;

/**
 * Lays a Camunda Form out for a page ({@link FormView}) from the work's variables and, after a refused
 * submission, what the person typed — so nothing typed is lost — with each field's problem. Texts
 * read the same data (the form's {@code {{…}}}); a {@code conditional.hide} on the task's variables
 * is decided here, one on another field of the form is left to the page's script (all fields show
 * without it, and the server ignores what a hidden field holds).
 */
final class FormLayout {

    /** The one shape of condition the page's script follows: {@code field = "v"} or {@code field != "v"}. */
    private static final Pattern SIMPLE = Pattern.compile("^\\s*([A-Za-z_]\\w*)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*$");

    private final FormSchema schema;
    private final Map<String, Object> variables;
    private final Map<String, List<String>> typed;
    private final Map<String, String> problems;
    private final ZoneId zone;
    private final Set<String> skipped;

    /**
     * @param typed    what was submitted, by input name (null on first display)
     * @param problems each field's problem by input name
     * @param skipped  ids of text components the page already shows otherwise (the task's summary …)
     */
    FormLayout(FormSchema schema, Map<String, Object> variables, Map<String, List<String>> typed,
               Map<String, String> problems, ZoneId zone, Set<String> skipped) {
        this.schema = schema;
        this.variables = variables;
        this.typed = typed;
        this.problems = problems;
        this.zone = zone;
        this.skipped = skipped;
    }

    List<FormView.Part> parts() {
        return parts(schema.components(), data(null), "");
    }

    /** The variables, with what was typed over them (as form-js evaluates its conditions). */
    private Map<String, Object> data(Map<String, Object> row) {
        Map<String, Object> data = new HashMap<>(variables);
        if (typed != null) {
            for (FormComponent field : schema.fields()) {
                if (field.isInput() && !field.isDynamicList()) {
                    List<String> values = typed.get(FormInput.name("", field.key()));
                    data.put(field.key(), values == null || values.isEmpty() ? null
                            : field.isMultiple() ? values : values.get(0));
                }
            }
        }
        if (row != null) {
            data.put("this", row);
        }
        return data;
    }

    private List<FormView.Part> parts(List<FormComponent> components, Map<String, Object> data, String prefix) {
        List<FormView.Part> parts = new ArrayList<>();
        for (FormComponent c : components) {
            if (c.hide() != null && dependsOnlyOnVariables(c) && c.hiddenFor(data)) {
                continue;
            }
            if (c.isGroup()) {
                parts.addAll(parts(c.components(), data, prefix));
            } else if (c.isDynamicList()) {
                parts.add(list(c, data));
            } else if (c.isInput()) {
                parts.add(new FormView.FieldPart(field(c, data, prefix)));
            } else if ("text".equals(c.type()) && !skipped.contains(c.id())) {
                parts.add(new FormView.TextPart(FormText.render(c.text(),
                        path -> FormValuesText.text(FormValuesText.at(data, path), zone))));
            } else if ("table".equals(c.type())) {
                parts.add(table(c, data));
            }
        }
        return parts;
    }

    private FormView.Part list(FormComponent list, Map<String, Object> data) {
        List<Map<String, Object>> rows = FormRows.read(variables.get(list.path()), list.label() == null ? list.path() : list.label());
        List<List<FormView.Part>> laidOut = new ArrayList<>();
        if (list.allowAddRemove() && typed != null) {
            // the rows as the person sent them, each under the name it was sent with (its problems are by that name)
            int count = FormInput.rowsSent(typed, list.path());
            for (int i = 0; i < count; i++) {
                if (!FormInput.blankRow(typed, list, i)) {
                    laidOut.add(parts(list.components(), data(Map.of()), list.path() + "[" + i + "]."));
                }
            }
            laidOut.add(parts(list.components(), data(Map.of()), list.path() + "[" + count + "]."));
            return new FormView.ListPart(list.label(), laidOut, true, laidOut.size() - 1);
        }
        for (int i = 0; i < rows.size(); i++) {
            laidOut.add(parts(list.components(), data(PlainValues.ofAll(rows.get(i))), list.path() + "[" + i + "]."));
        }
        if (!list.allowAddRemove()) {
            return new FormView.ListPart(list.label(), laidOut, false, -1);
        }
        laidOut.add(parts(list.components(), data(Map.of()), list.path() + "[" + rows.size() + "]."));
        return new FormView.ListPart(list.label(), laidOut, true, rows.size());
    }

    private FormView.Part table(FormComponent table, Map<String, Object> data) {
        Object source = table.dataSourceVariable() == null ? null : FormValuesText.at(data, table.dataSourceVariable());
        List<List<String>> rows = new ArrayList<>();
        if (source instanceof List<?> items) {
            for (Object item : items) {
                Map<?, ?> row = item instanceof Map<?, ?> map ? map : Map.of();
                rows.add(table.columns().stream().map(col -> {
                    String text = FormValuesText.text(row.get(col.key()), zone);
                    return text == null ? "" : text;
                }).toList());
            }
        }
        return new FormView.TablePart(table.label(), table.columns().stream().map(col -> col.label()).toList(), rows);
    }

    private FormView.Field field(FormComponent c, Map<String, Object> data, String prefix) {
        String name = FormInput.name(prefix, c.key());
        Object current = prefix.isEmpty() ? data.get(c.key()) : FormValuesText.at(data, "this." + c.key());
        List<String> submitted = typed == null ? null : typed.get(name);
        Condition condition = prefix.isEmpty() ? condition(c) : null;
        if (c.readonly() || c.disabled()) {
            String text = FormValuesText.text(current, zone);
            return new FormView.Field(name, id(name), "readonly", c.label(), c.description(), false, List.of(),
                    text == null ? "—" : text, null, null, null, null);
        }
        String type = type(c);
        List<String> chosen = submitted != null ? submitted : currentValues(c, current);
        List<FormView.Option> options = options(c).stream()
                .map(o -> new FormView.Option(o.label(), o.value(), chosen.contains(o.value()))).toList();
        String value = chosen.isEmpty() ? "" : "date".equals(type) ? isoIfDate(chosen.get(0)) : chosen.get(0);
        return new FormView.Field(name, id(name), type, c.label(), c.description(), c.isRequired(), options, value,
                problems.get(name), condition == null ? null : FormInput.name("", condition.field()),
                condition == null ? null : condition.value(), condition == null ? null : condition.showWhenEqual());
    }

    private List<String> currentValues(FormComponent c, Object current) {
        if (current == null) {
            return List.of();
        }
        if (c.isMultiple()) {
            Object plain = PlainValues.of(current);
            return plain instanceof List<?> items ? items.stream().map(String::valueOf).toList() : List.of();
        }
        String text = c.isDate() ? FormValuesText.isoDate(current, zone) : String.valueOf(PlainValues.of(current));
        return List.of(text);
    }

    private List<FormOption> options(FormComponent c) {
        return FormValuesText.offered(c, variables);
    }

    private static String type(FormComponent c) {
        return switch (c.type()) {
            case "textarea" -> "textarea";
            case "number" -> "number";
            case "datetime" -> c.isDate() ? "date" : "text";
            case "select" -> "select";
            case "radio" -> "radio";
            case "checklist", "taglist" -> "checklist";
            case "checkbox" -> "checkbox";
            default -> "text";
        };
    }

    /** A condition the page's script can follow: on another field of this form, {@code = "v"} or {@code != "v"}. */
    private Condition condition(FormComponent c) {
        if (c.hide() == null) {
            return null;
        }
        Matcher m = SIMPLE.matcher(c.hide());
        if (!m.matches() || schema.field(m.group(1)).isEmpty()) {
            return null;
        }
        // hide when field != v  ⇔  show when field = v
        return new Condition(m.group(1), m.group(3), "!=".equals(m.group(2)));
    }

    /** Whether a component's condition reads only the task's variables (not what is typed in this form). */
    private boolean dependsOnlyOnVariables(FormComponent c) {
        return schema.variables().stream().noneMatch(v -> c.hide().matches("(?s).*\\b" + Pattern.quote(v) + "\\b.*"));
    }

    /** A typed date as the date picker holds it (yyyy-mm-dd), so it is not lost when shown again. */
    private static String isoIfDate(String typed) {
        try {
            java.time.LocalDate date = DateInput.parse(typed);
            return date == null ? "" : date.toString();
        } catch (IllegalArgumentException e) {
            return typed;
        }
    }

    private static String id(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private record Condition(String field, String value, boolean showWhenEqual) {
    }
}
