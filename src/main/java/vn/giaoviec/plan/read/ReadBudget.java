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
    private String subject = "Tệp";
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

    /** What the refusals call the file once its kind is known, e.g. "Bảng tính" for a workbook. */
    public void subject(String subject) {
        this.subject = subject;
    }

    /** The refusal for this file past one of the limits, naming the file by its kind. */
    public PlanReadException refuse(String what) {
        return tooLarge(subject, what);
    }

    /** One more row (or line) with content. */
    public void row() {
        if (++rows > limits.maxRows()) {
            throw refuse("có hơn " + number(limits.maxRows()) + " dòng");
        }
        if ((rows & 63) == 0) {
            time();
        }
    }

    /** A cell in column {@code index} (0-based) is about to be stored. */
    public void column(int index) {
        if (index >= limits.maxColumns() || index < 0) {
            throw refuse("có ô ở cột thứ " + number(index + 1L) + ", quá giới hạn " + number(limits.maxColumns()) + " cột");
        }
    }

    /** {@code length} more characters of text are about to be kept. */
    public void text(int length) {
        chars += length;
        if (chars > limits.maxTextChars()) {
            throw refuse("có hơn " + number(limits.maxTextChars()) + " ký tự chữ");
        }
    }

    /** A cell of {@code length} characters. */
    public void cell(int length) {
        if (length > limits.maxCellChars()) {
            throw refuse("có một ô dài hơn " + number(limits.maxCellChars()) + " ký tự");
        }
    }

    /** Time spent in OCR, which has a budget of its own ({@link ReadLimits#maxOcrTime()}), does not count here. */
    public void extend(long nanos) {
        deadline += nanos;
    }

    public void time() {
        if (System.nanoTime() > deadline) {
            throw refuse("cần hơn " + limits.maxTime().toSeconds() + " giây để đọc");
        }
    }

    /** The refusal for a file past one of the limits: what was exceeded, and what to do. */
    public static PlanReadException tooLarge(String what) {
        return tooLarge("Tệp", what);
    }

    private static PlanReadException tooLarge(String subject, String what) {
        return new PlanReadException(subject + " vượt giới hạn đọc: " + what + ". Kế hoạch thật không lớn như vậy: hãy kiểm tra"
                + " lại tệp, hoặc tách phụ lục thành nhiều tệp.");
    }

    public static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(value);
    }
}
