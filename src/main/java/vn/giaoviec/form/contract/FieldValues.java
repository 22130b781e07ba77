package vn.giaoviec.form.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import vn.giaoviec.form.FormComponent;
import vn.giaoviec.form.FormOption;
import vn.giaoviec.form.PlainValues;

/**
 * One submitted value of one input component, checked against what the form says of it — its type,
 * options, length and number bounds, date format — and turned into the value the engine keeps.
 * Values arrive as Camunda Forms and Camunda REST send them, or as a page posts them (text).
 */
final class FieldValues {

    /** A one-line field holds a document number, a link, a short name: far below this. */
    static final int TEXTFIELD_MAX = 500;
    /** A text area holds an opinion, a summary, a reason: about four typed pages. */
    static final int TEXTAREA_MAX = 10_000;
    /** Dates a plan's work can carry: documents and deadlines of this era. */
    static final int FIRST_YEAR = 1945;
    static final int LAST_YEAR = 2100;
    static final BigDecimal NUMBER_BOUND = new BigDecimal("1e15");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** C0 control characters other than tab and line breaks: never typed, and PostgreSQL refuses NUL. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private FieldValues() {
    }

    /**
     * The checked value of a non-list input: String (text, option, date-time), LocalDate, Boolean,
     * BigDecimal, List of String; null for an empty value. {@code options} are those offered now.
     */
    static Object check(FormComponent field, Object raw, List<FormOption> options, String name) {
        if (isEmpty(raw)) {
            return field.isMultiple() ? List.of() : null;
        }
        return switch (field.type()) {
            case "textfield", "textarea" -> text(field, raw, name);
            case "number" -> number(field, raw, name);
            case "datetime" -> field.isDateTime() ? dateTime(raw, name) : date(raw, name);
            case "checkbox" -> bool(raw, name);
            case "checklist", "taglist" -> several(raw, options, name);
            default -> option(raw, options, name);
        };
    }

    static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty();
    }

    static LocalDate date(Object raw, String name) {
        String text = scalar(raw, name).trim();
        try {
            LocalDate date = DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
            if (date != null && date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // falls through to the refusal below
        }
        throw FieldRule.refuse(name + ": \"" + shorten(text) + "\" không phải ngày hợp lệ (năm-tháng-ngày, từ năm "
                + FIRST_YEAR + " đến " + LAST_YEAR + ")");
    }

    private static String text(FormComponent field, Object raw, String name) {
        String text = scalar(raw, name);
        int max = field.validation().maxLength() != null ? field.validation().maxLength()
                : "textarea".equals(field.type()) ? TEXTAREA_MAX : TEXTFIELD_MAX;
        if (text.length() > max) {
            throw FieldRule.refuse(name + " dài quá " + max + " ký tự (" + text.length() + ")");
        }
        Integer min = field.validation().minLength();
        if (min != null && text.strip().length() < min) {
            throw FieldRule.refuse(name + " cần ít nhất " + min + " ký tự");
        }
        if (CONTROL.matcher(text).find()) {
            throw FieldRule.refuse(name + " chứa ký tự điều khiển không hợp lệ");
        }
        return text;
    }

    private static BigDecimal number(FormComponent field, Object raw, String name) {
        BigDecimal number;
        try {
            number = raw instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(scalar(raw, name).trim());
        } catch (NumberFormatException e) {
            throw FieldRule.refuse(name + ": \"" + shorten(String.valueOf(raw)) + "\" không phải là số");
        }
        Number min = field.validation().min();
        Number max = field.validation().max();
        if (number.abs().compareTo(NUMBER_BOUND) >= 0 || min != null && number.compareTo(new BigDecimal(min.toString())) < 0
                || max != null && number.compareTo(new BigDecimal(max.toString())) > 0) {
            throw FieldRule.refuse(name + " phải trong khoảng " + (min == null ? "" : "từ " + min + " ")
                    + (max == null ? "" : "đến " + max) + " (đã gửi " + shorten(number.toPlainString()) + ")");
        }
        return number;
    }

    /** A date and time as form-js writes it: with an offset, or local. */
    private static String dateTime(Object raw, String name) {
        String text = scalar(raw, name).trim();
        int year;
        try {
            year = OffsetDateTime.parse(text).getYear();
        } catch (DateTimeParseException withoutOffset) {
            try {
                year = LocalDateTime.parse(text).getYear();
            } catch (DateTimeParseException e) {
                year = -1;
            }
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw FieldRule.refuse(name + ": \"" + shorten(text) + "\" không phải ngày giờ hợp lệ");
        }
        return text;
    }

    private static Boolean bool(Object raw, String name) {
        if (raw instanceof Boolean b) {
            return b;
        }
        String text = scalar(raw, name).trim();
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        throw FieldRule.refuse(name + ": chỉ nhận đúng hoặc sai");
    }

    private static String option(Object raw, List<FormOption> options, String name) {
        String value = raw instanceof Boolean || raw instanceof Number ? PlainValues.of(raw).toString() : scalar(raw, name);
        if (options.stream().noneMatch(option -> Objects.equals(option.value(), value))) {
            throw FieldRule.refuse(name + ": \"" + shorten(value) + "\" không có trong các lựa chọn của biểu mẫu");
        }
        return value;
    }

    private static List<String> several(Object raw, List<FormOption> options, String name) {
        Object plain = raw instanceof String s ? parseArray(s, name) : PlainValues.of(raw);
        if (!(plain instanceof List<?> items)) {
            throw FieldRule.refuse(name + ": cần một danh sách lựa chọn");
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (Object item : items) {
            String value = option(item instanceof BigDecimal d ? d.toPlainString() : item, options, name);
            if (!chosen.add(value)) {
                throw FieldRule.refuse(name + ": \"" + shorten(value) + "\" được chọn hai lần");
            }
        }
        return new ArrayList<>(chosen);
    }

    private static Object parseArray(String text, String name) {
        try {
            return PlainValues.parseJson(text);
        } catch (IllegalArgumentException e) {
            throw FieldRule.refuse(name + ": cần một danh sách lựa chọn (mảng JSON)");
        }
    }

    /** A single value as text: lists and objects are not one value. */
    static String scalar(Object raw, String name) {
        if (raw instanceof String s) {
            return s;
        }
        if (raw instanceof Boolean || raw instanceof Number) {
            return PlainValues.of(raw) instanceof BigDecimal d ? d.toPlainString() : raw.toString();
        }
        throw FieldRule.refuse(name + ": cần một giá trị đơn, không phải danh sách hay đối tượng");
    }

    static List<FormOption> optionsOf(FormComponent field, Map<String, Object> variables) {
        if (!field.values().isEmpty()) {
            return field.values();
        }
        Object offered = field.valuesKey() == null ? null : variables.get(field.valuesKey());
        List<FormOption> options = new ArrayList<>();
        if (offered instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> map && map.get("value") != null) {
                    options.add(new FormOption(String.valueOf(map.get("label")), plainText(map.get("value"))));
                } else if (item != null && !(item instanceof Map)) {
                    options.add(new FormOption(plainText(item), plainText(item)));
                }
            }
        }
        return options;
    }

    private static String plainText(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
