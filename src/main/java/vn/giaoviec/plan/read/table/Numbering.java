package vn.giaoviec.plan.read.table;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the numbering written in the STT column and in section headings. */
public final class Numbering {

    private static final String ROMAN = "(?:X{0,3})(?:IX|IV|V?I{0,3})";
    private static final Pattern ROMAN_ALONE = Pattern.compile("^(" + ROMAN + ")\\s*[.)]?$");
    /** "II. CẢI CÁCH THỂ CHẾ", "IV - ...": a Roman numeral, a dot/dash, then upper-case text. */
    private static final Pattern ROMAN_HEADING = Pattern.compile("^(" + ROMAN + ")\\s*[.):–-]\\s*(\\S.*)$", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,3}(\\.\\d{1,3})*\\.?$");
    private static final Pattern CAPITAL = Pattern.compile("^[A-ZĐ]\\s*[.)]?$");
    private static final Pattern LETTER = Pattern.compile("^[a-zđ]\\s*[).]$|^\\([a-zđ]\\)$");

    private Numbering() {
    }

    /** "I", "IV.", "VIII" alone: an STT cell that opens a section. */
    static boolean isRoman(String stt) {
        Matcher m = ROMAN_ALONE.matcher(stt.trim());
        return m.matches() && !m.group(1).isEmpty();
    }

    /** "1", "1.", "2.3": a top-level (or numbered) task. */
    public static boolean isNumber(String stt) {
        return NUMBER.matcher(stt.trim()).matches();
    }

    /** "1.1" under "1" (or "1."), "2.3.1" under "2.3": a deeper number that starts with the parent's. */
    static boolean isSubNumber(String stt, String parentStt) {
        if (!isNumber(stt) || parentStt == null || !isNumber(parentStt)) {
            return false;
        }
        String child = stt.trim().replaceAll("\\.$", "");
        String parent = parentStt.trim().replaceAll("\\.$", "");
        return child.startsWith(parent + ".");
    }

    /** "A", "B." alone: a lettered part of the appendix, used like a Roman section when the row has no lead. */
    static boolean isCapitalLetter(String stt) {
        return CAPITAL.matcher(stt.trim()).matches();
    }

    /** "a)", "b.", "(c)", "đ)": a child of the numbered row above. */
    static boolean isLetter(String stt) {
        return LETTER.matcher(stt.trim()).matches();
    }

    /** A heading line "II. CẢI CÁCH THỂ CHẾ" normalised as written; empty when the text is not one. */
    public static Optional<String> romanHeading(String text) {
        Matcher m = ROMAN_HEADING.matcher(text.trim());
        if (!m.matches() || m.group(1).isEmpty() || !startsUpper(m.group(2))) {
            return Optional.empty();
        }
        return Optional.of(text.trim().replace('\n', ' '));
    }

    /** Joins an STT cell "VIII" and its title into "VIII. TITLE". */
    static String sectionTitle(String roman, String title) {
        String number = roman.trim().replaceAll("[.)]$", "");
        return title.isEmpty() ? number + "." : number + ". " + title.replace('\n', ' ');
    }

    private static boolean startsUpper(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
