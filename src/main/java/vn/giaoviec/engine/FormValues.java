package vn.giaoviec.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Reads values as Camunda Forms submit them (a date field sends "YYYY-MM-DD"). */
public final class FormValues {

    private FormValues() {
    }

    public static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault());
        }
        String text = value == null ? "" : value.toString().trim();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Ngày không hợp lệ: \"" + text + "\" (cần dạng năm-tháng-ngày)", e);
        }
    }

    public static boolean isTrue(Object value) {
        return value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
    }
}
