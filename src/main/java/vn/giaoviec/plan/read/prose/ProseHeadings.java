package vn.giaoviec.plan.read.prose;

import vn.giaoviec.text.VietnameseText;
import java.util.regex.Pattern;
import vn.giaoviec.plan.read.CellText;

/** Which numbered lines of a responsibilities section name agencies, and which agencies. */
final class ProseHeadings {

    /** Words that start an agency or a collective, on folded text; OCR's "S6é", "S&", "S¢" for "Sở" too. */
    private static final Pattern AGENCY_START = Pattern.compile("^(?:trach nhiem (?:chung|cu the)(?: cua)? )?(?:c[a-z]c )?"
            + "(?:so|s[0-9a-z]?|s[0-9]{1,2}[a-z]?|ubnd|uy ban|van phong|phong|ban|cuc|chi cuc|cong an|dai|bao|trung tam"
            + "|thanh tra|bhxh|bao hiem|kho bac|ngan hang|toa an|vien|hoi|mat tran|truong|benh vien|cong thong tin"
            + "|co quan|don vi|dia phuong|nganh)\\b");
    private static final Pattern RESPONSIBILITY = Pattern.compile("^trach nhiem (?:chung|cu the)(?: cua)?\\s*");
    private static final int MAX_HEADING_WORDS = 22;

    private ProseHeadings() {
    }

    static boolean namesAgencies(String folded) {
        return AGENCY_START.matcher(folded).find();
    }

    /** A sentence, not a heading: too many words before any colon. */
    static boolean isSentence(String text) {
        int colon = text.indexOf(':');
        String head = colon >= 0 ? text.substring(0, colon) : text;
        return head.split("\\s+").length > MAX_HEADING_WORDS;
    }

    /**
     * The lead of a heading: "Trách nhiệm cụ thể của" dropped; for "Các cơ quan…: A, B, C" the listed names
     * (each a name of its own), else the words before the colon.
     */
    static String leadOf(String text) {
        String name = strip(text);
        int colon = name.indexOf(':');
        if (colon < 0) {
            return name;
        }
        String list = strip(name.substring(colon + 1));
        if (isList(list)) {
            return list.replace(", ", "; ");
        }
        return strip(name.substring(0, colon));
    }

    /** The words after the colon of a heading that is no list: the start of its first task; else null. */
    static String taskAfterColon(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String rest = strip(text.substring(colon + 1));
        return rest.isEmpty() || isList(rest) ? null : rest;
    }

    private static boolean isList(String text) {
        return text.chars().filter(c -> c == ',').count() >= 2 && text.split("\\s+").length <= 45
                && namesAgencies(CellText.key(text));
    }

    /** Without "Trách nhiệm chung/cụ thể của" (matched on the folded text, which keeps offsets) and end marks. */
    private static String strip(String text) {
        String name = CellText.oneLine(text);
        java.util.regex.Matcher prefix = RESPONSIBILITY.matcher(VietnameseText.fold(name));
        if (prefix.find()) {
            name = name.substring(prefix.end());
        }
        return name.replaceAll("[.;:\\s]+$", "").strip();
    }
}
