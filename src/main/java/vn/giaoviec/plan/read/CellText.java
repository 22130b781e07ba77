package vn.giaoviec.plan.read;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.giaoviec.text.VietnameseText;

/** Text clean-up and accent-insensitive folding shared by every format. */
public final class CellText {

    /**
     * The bold and line markers that converted plans carry ({@code <b>I. CÔNG TÁC …</b>}), exactly: not a
     * sanitizer — any other "tag" is the plan's text, kept, and escaped wherever it is shown.
     */
    private static final Pattern FORMATTING_TAG = Pattern.compile("(?i)</?(?:b|strong|i|em|u|br|sup|sub)\\s*/?>");
    private static final Pattern BOLD_STARS = Pattern.compile("\\*{2,}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n|\\r|\\u000B");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private CellText() {
    }

    /** Removes formatting markers (bold and line tags, markdown stars), collapses spaces, keeps line breaks between non-empty lines. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        text = BOLD_STARS.matcher(FORMATTING_TAG.matcher(text).replaceAll("")).replaceAll("");
        return Arrays.stream(LINE_BREAK.split(text))
                .map(line -> SPACES.matcher(line).replaceAll(" ").trim())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    /** Like {@link #clean} but on one line: line breaks become spaces. */
    public static String oneLine(String raw) {
        return clean(raw).replace('\n', ' ');
    }

    /** True when the raw text carries bold markup ({@code <b>} or {@code **}). */
    public static boolean hasBoldMarkup(String raw) {
        return raw != null && (raw.contains("<b>") || raw.contains("**"));
    }

    /** Folded, with everything but letters and digits turned into single spaces: the form used to compare labels. */
    public static String key(String text) {
        return NOT_ALPHANUMERIC.matcher(VietnameseText.fold(clean(text))).replaceAll(" ").trim();
    }
}
