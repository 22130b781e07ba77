package vn.giaoviec.work;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A date typed or picked on a page: the browser's date picker sends yyyy-mm-dd, a browser without
 * one sends what the person typed, dd/mm/yyyy. Anything else is a Vietnamese error.
 */
public final class DateInput {

    public static final String INVALID = "Ngày không hợp lệ: chọn trong lịch hoặc nhập theo dạng ngày/tháng/năm,"
            + " ví dụ 31/12/2031.";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private DateInput() {
    }

    /** The date, or null for an empty input; IllegalArgumentException with {@link #INVALID} otherwise. */
    public static LocalDate parse(String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, TYPED) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(INVALID, e);
        }
    }
}
