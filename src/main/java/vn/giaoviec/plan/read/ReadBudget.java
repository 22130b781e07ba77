package vn.giaoviec.plan.read;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * What one file may still spend while it is read: rows, text and time. Every reader asks before it
 * allocates ({@link #row()}, {@link #column(int)}, {@link #text(int)}), so a hostile file is refused
 * at the first step past a limit, with a Vietnamese message naming that limit. Not thread-safe: one
 * budget per file.
 */
public final class ReadBudget {

    private final ReadLimits limits;
    private long deadline;
    private int rows;
    private long chars;

    public ReadBudget(ReadLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.maxTime().toNanos();
    }

    public ReadLimits limits() {
        return limits;
    }

    /** One more row (or line) with content. */
    public void row() {
        if (++rows > limits.maxRows()) {
            throw tooLarge("có hơn " + number(limits.maxRows()) + " dòng");
        }
        if ((rows & 63) == 0) {
            time();
        }
    }

    /** A cell in column {@code index} (0-based) is about to be stored. */
    public void column(int index) {
        if (index >= limits.maxColumns() || index < 0) {
            throw tooLarge("có ô ở cột thứ " + number(index + 1L) + ", quá giới hạn " + number(limits.maxColumns()) + " cột");
        }
    }

    /** {@code length} more characters of text are about to be kept. */
    public void text(int length) {
        chars += length;
        if (chars > limits.maxTextChars()) {
            throw tooLarge("có hơn " + number(limits.maxTextChars()) + " ký tự chữ");
        }
    }

    /** A cell of {@code length} characters. */
    public void cell(int length) {
        if (length > limits.maxCellChars()) {
            throw tooLarge("có một ô dài hơn " + number(limits.maxCellChars()) + " ký tự");
        }
    }

    /** Time spent in OCR, which has a budget of its own ({@link ReadLimits#maxOcrTime()}), does not count here. */
    public void extend(long nanos) {
        deadline += nanos;
    }

    public void time() {
        if (System.nanoTime() > deadline) {
            throw tooLarge("cần hơn " + limits.maxTime().toSeconds() + " giây để đọc");
        }
    }

    /** The refusal for a file past one of the limits: what was exceeded, and what to do. */
    public static PlanReadException tooLarge(String what) {
        return new PlanReadException("Tệp vượt giới hạn đọc: " + what + ". Kế hoạch thật không lớn như vậy: hãy kiểm tra"
                + " lại tệp, hoặc tách phụ lục thành nhiều tệp.");
    }

    public static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(value);
    }
}
