package vn.giaoviec.plan.read;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaoviec.text.VietnameseText;

/**
 * Best-effort plan facts from the document text. Patterns run on the accent-folded text and the
 * result is cut from the original at the same offsets, so OCR text without diacritics works too.
 * <ul>
 *   <li>decision number: a "Số: 1850/QĐ-UBND" line near the top, else "kèm theo Quyết định số N/…";</li>
 *   <li>title: the first "Kế hoạch / Chương trình … cải cách hành chính (CCHC) … năm YYYY
 *       (or giai đoạn YYYY - YYYY)"; year: that YYYY (null for a period);</li>
 *   <li>issuer: the "ỦY BAN NHÂN DÂN TỈNH X" letterhead, else the locality named in the title.</li>
 * </ul>
 */
final class MetadataExtractor {

    private static final int TOP_LINES = 40;
    private static final Pattern NUMBER_LINE = Pattern.compile("^so\\s*:?\\s*(\\d+)\\s*/\\s*([a-z]+(?:\\s*-\\s*[a-z]+)*)");
    private static final Pattern ATTACHED_TO = Pattern.compile(
            "kem theo quyet dinh so\\s*:?\\s*(\\d+)\\s*/\\s*([a-z]+(?:\\s*-\\s*[a-z]+)*)");
    private static final Pattern TITLE = Pattern.compile("(ke hoach|chuong trinh)\\s+(tong the\\s+)?(cai cach hanh chinh|cchc)"
            + "\\b[^.;:()]{0,120}?\\b(nam\\s+(\\d{4})|giai doan\\s+\\d{4}\\s*-\\s*\\d{4})");
    private static final Pattern LETTERHEAD = Pattern.compile("^uy ban nhan dan\\s+(tinh|huyen|thanh pho|thi xa|quan)\\s+(.+)$");
    private static final Pattern LOCALITY = Pattern.compile(
            "\\b(tỉnh|huyện|thành phố|thị xã|quận|tinh|huyen|thanh pho|thi xa)\\s+((?:\\p{Lu}\\p{L}*)(?:\\s+\\p{Lu}\\p{L}*)*)");

    private MetadataExtractor() {
    }

    static PlanMetadata extract(String text) {
        List<String> lines = text.lines().map(CellText::oneLine).filter(l -> !l.isEmpty()).toList();
        String joined = String.join("\n", lines);
        Matcher title = titleMatch(VietnameseText.fold(joined));
        String titleText = title == null ? null : sentenceCase(joined.substring(title.start(), title.end()).replace('\n', ' '));
        Integer year = title != null && title.group(5) != null ? Integer.valueOf(title.group(5)) : null;
        return new PlanMetadata(decisionNumber(lines, joined), titleText, year, issuer(lines, titleText));
    }

    /** The first title that starts a line or follows "ban hành" (the plan's own), else the first one. */
    private static Matcher titleMatch(String folded) {
        Matcher m = TITLE.matcher(folded);
        Integer first = null;
        while (m.find()) {
            String before = folded.substring(0, m.start()).stripTrailing();
            if (m.start() == 0 || folded.charAt(m.start() - 1) == '\n' || before.endsWith("ban hanh")) {
                return m;
            }
            first = first == null ? m.start() : first;
        }
        return first != null && m.find(first) ? m : null;
    }

    private static String decisionNumber(List<String> lines, String joined) {
        for (String line : lines.subList(0, Math.min(TOP_LINES, lines.size()))) {
            Matcher m = NUMBER_LINE.matcher(VietnameseText.fold(line));
            if (m.find()) {
                return number(line, m);
            }
        }
        Matcher m = ATTACHED_TO.matcher(VietnameseText.fold(joined));
        return m.find() ? number(joined, m) : null;
    }

    private static String number(String original, Matcher m) {
        String code = original.substring(m.start(2), m.end(2)).replaceAll("\\s+", "");
        return m.group(1) + "/" + code.toUpperCase(Locale.ROOT);
    }

    private static String issuer(List<String> lines, String title) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (VietnameseText.fold(line).equals("uy ban nhan dan") && i + 1 < lines.size()) {
                line = line + " " + lines.get(i + 1);
            }
            Matcher m = LETTERHEAD.matcher(VietnameseText.fold(line));
            if (m.matches() && isUpperCase(line.substring(m.start(2)))) {
                return "UBND " + line.substring(m.start(1), m.end(1)).toLowerCase(Locale.ROOT) + " "
                        + titleCase(line.substring(m.start(2)));
            }
        }
        Matcher locality = title == null ? null : LOCALITY.matcher(title);
        return locality != null && locality.find() ? "UBND " + locality.group(1) + " " + locality.group(2) : null;
    }

    private static boolean isUpperCase(String text) {
        return text.equals(text.toUpperCase(Locale.ROOT));
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.toLowerCase(Locale.ROOT).split(" ")) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ")
                        .append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return out.toString();
    }

    /** "KẾ HOẠCH Cải cách…" → "Kế hoạch Cải cách…": an all-capitals lead word pair is lowered. */
    private static String sentenceCase(String title) {
        String[] words = title.split(" ", 3);
        if (words.length >= 2 && isUpperCase(words[0] + words[1])) {
            String head = (words[0] + " " + words[1]).toLowerCase(Locale.ROOT);
            String rest = words.length == 3 ? " " + words[2] : "";
            return head.substring(0, 1).toUpperCase(Locale.ROOT) + head.substring(1) + rest;
        }
        return title;
    }
}
