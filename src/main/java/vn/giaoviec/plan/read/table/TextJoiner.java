package vn.giaoviec.plan.read.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaoviec.text.VietnameseText;

/**
 * Joins the fragment of a cell continued on the next page to the text before it.
 *
 * <p>Vietnamese writes every syllable as its own word, so a cell cut at a page break is nearly always
 * cut between syllables ("Sở Nội" + "vụ", "kết quả công" + "bố"): the parts are joined with a space.
 * Only when the text before the break ends in a letter run with no vowel at all ("Ngh", "tr", "ph" —
 * never a Vietnamese syllable, and not an upper-case abbreviation such as "UBND") and the fragment
 * starts with a lower-case letter is the syllable itself cut, and the parts are joined without a space
 * ("Ngh" + "ị định" → "Nghị định").
 */
final class TextJoiner {

    private static final Pattern LAST_LETTERS = Pattern.compile("(\\p{L}+)$");
    private static final Pattern VOWEL = Pattern.compile("[aeiouy]");

    private TextJoiner() {
    }

    static String join(String before, String fragment) {
        if (before == null || before.isEmpty()) {
            return fragment;
        }
        if (fragment == null || fragment.isEmpty()) {
            return before;
        }
        return isCutSyllable(before, fragment) ? before + fragment : before + " " + fragment;
    }

    static boolean isCutSyllable(String before, String fragment) {
        Matcher m = LAST_LETTERS.matcher(before);
        if (!m.find() || !Character.isLowerCase(fragment.codePointAt(0))) {
            return false;
        }
        String tail = m.group(1);
        boolean abbreviation = tail.length() > 1 && tail.equals(tail.toUpperCase());
        return !abbreviation && tail.length() <= 3 && !VOWEL.matcher(VietnameseText.fold(tail)).find();
    }
}
