package vn.giaoviec.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalizes a deadline phrase as typed in a plan cell (Word, Excel, OCR text) so one set of
 * patterns matches every spelling: the deadline parser's and the agency names' one normalizer.
 */
public final class PhraseNormalizer {

    private static final Pattern MARKUP = Pattern.compile("<[^>]*>|\\*+");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern EDGE_JUNK =
            Pattern.compile("^[\\s\"'“”„‘’«»`(\\[+•-]+|[\\s\"'“”„‘’«»`)\\].;,:!]+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACED_SEPARATOR = Pattern.compile("\\s*([/-])\\s*");

    /** The phrase as a user should see it: NFC, one space between words, no quotes or trailing punctuation. */
    public String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        text = MARKUP.matcher(text).replaceAll("");
        text = DASHES.matcher(text).replaceAll("-");
        text = WHITESPACE.matcher(text).replaceAll(" ");
        return stripEdges(text);
    }

    /**
     * The matching form: {@link #clean} without diacritics (OCR loses them, so patterns never use
     * them), lower case, and no spaces around "/" or "-" ("Quý I / 2018" equals "quy i/2018").
     */
    public String normalize(String raw) {
        String text = MARKS.matcher(VietnameseText.fold(clean(raw))).replaceAll("");
        text = text.replace('(', ' ').replace(')', ' ');
        text = SPACED_SEPARATOR.matcher(text).replaceAll("$1");
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }

    private static String stripEdges(String text) {
        String previous;
        do {
            previous = text;
            text = EDGE_JUNK.matcher(text).replaceAll("");
        } while (!text.equals(previous));
        return text;
    }
}
