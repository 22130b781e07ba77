package vn.giaoviec.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.giaoviec.form.FormComponent;
import vn.giaoviec.form.FormOption;
import vn.giaoviec.form.PlainValues;

/**
 * Form data read for a page: a value by its path ("title", "this.taskCode") in the task's variables
 * and what was typed, and the text a person reads for it — dates dd/mm/yyyy, yes/no, lists joined.
 */
final class FormValuesText {

    private FormValuesText() {
    }

    /** The value at a dotted path; "this" is the current dynamic-list row. */
    static Object at(Map<String, ?> data, String path) {
        Object value = data;
        for (String name : path.split("\\.")) {
            value = value instanceof Map<?, ?> map ? PlainValues.of(map.get(name)) : null;
        }
        return value;
    }

    /** What a person reads for a value; null when there is nothing to read. */
    static String text(Object value, ZoneId zone) {
        Object plain = PlainValues.of(value);
        if (plain == null) {
            return null;
        }
        if (plain instanceof Date date) {
            return dayMonthYear(LocalDate.ofInstant(date.toInstant(), zone));
        }
        if (plain instanceof LocalDate date) {
            return dayMonthYear(date);
        }
        if (plain instanceof Boolean b) {
            return b ? "Có" : "Không";
        }
        if (plain instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (plain instanceof Collection<?> items) {
            String joined = items.stream().map(item -> text(item, zone)).filter(s -> s != null)
                    .collect(Collectors.joining(", "));
            return joined.isEmpty() ? null : joined;
        }
        if (plain instanceof Map<?, ?> map && map.containsKey("label")) {
            return String.valueOf(map.get("label"));
        }
        String text = plain.toString();
        if (text.isBlank()) {
            return null;
        }
        return text.matches("\\d{4}-\\d{2}-\\d{2}") ? dayMonthYear(LocalDate.parse(text)) : text;
    }

    /** The value a date input holds: yyyy-mm-dd, from a date variable in whatever form it is kept. */
    static String isoDate(Object value, ZoneId zone) {
        Object plain = PlainValues.of(value);
        if (plain instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), zone).toString();
        }
        String text = plain == null ? "" : plain.toString();
        return text.length() >= 10 && text.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}") ? text.substring(0, 10) : text;
    }

    /** The options of a choice: written in the form, or read from the variable its valuesKey names. */
    static List<FormOption> offered(FormComponent field, Map<String, ?> variables) {
        if (!field.values().isEmpty() || field.valuesKey() == null) {
            return field.values();
        }
        Object plain = PlainValues.of(variables.get(field.valuesKey()));
        if (!(plain instanceof Collection<?> items)) {
            return List.of();
        }
        return items.stream().filter(item -> item instanceof Map<?, ?>).map(item -> (Map<?, ?>) item)
                .map(option -> new FormOption(String.valueOf(option.get("label")), String.valueOf(option.get("value"))))
                .toList();
    }

    private static String dayMonthYear(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
