package vn.giaoviec.work;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.util.UriUtils;

/**
 * The markdown of a form's text component ("### {{title}}", "**Mã nhiệm vụ:** {{taskCode}}  \n…")
 * as blocks of plain spans, which the page writes with th:text: values are substituted after the
 * markdown is read, so an imported title with "**" or "&lt;a href&gt;" stays text, never markup.
 * Supported, as the forms use it: headings, paragraphs, line breaks, "- " lists, **bold**, *italic*,
 * links to this site ([text](/giaoviec/…)). Anything else is shown as it is written.
 */
public final class FormText {

    private FormText() {
    }

    /** {@code lookup}: a placeholder's name ("title", "this.taskCode") → its text, or null when empty. */
    public static List<Block> render(String markdown, Function<String, String> lookup) {
        List<Block> blocks = new ArrayList<>();
        if (markdown == null) {
            return blocks;
        }
        for (String paragraph : markdown.replace("\r", "").split("\n\\s*\n")) {
            String trimmed = paragraph.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("#")) {
                String text = trimmed.replaceFirst("^#+\\s*", "");
                blocks.add(new Block("h", inline(text, lookup)));
            } else if (trimmed.lines().allMatch(line -> line.strip().matches("^[-*•]\\s+.*"))) {
                trimmed.lines().forEach(line -> blocks.add(new Block("li",
                        inline(line.strip().replaceFirst("^[-*•]\\s+", ""), lookup))));
            } else {
                blocks.add(new Block("p", inline(trimmed, lookup)));
            }
        }
        return blocks;
    }

    private static List<Span> inline(String text, Function<String, String> lookup) {
        List<Span> spans = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("{{", i) && text.indexOf("}}", i) > i) {
                int end = text.indexOf("}}", i);
                flush(spans, current, bold, italic);
                value(spans, lookup.apply(text.substring(i + 2, end).strip()), bold, italic);
                i = end + 2;
            } else if (text.startsWith("**", i)) {
                flush(spans, current, bold, italic);
                bold = !bold;
                i += 2;
            } else if (text.charAt(i) == '*' && (italic || text.indexOf('*', i + 1) > i + 1)) {
                flush(spans, current, bold, italic);
                italic = !italic;
                i++;
            } else if (text.charAt(i) == '[' && link(text, i) != null) {
                String[] link = link(text, i);
                flush(spans, current, bold, italic);
                spans.add(new Span(link[0], bold, italic, href(link[1], lookup), false));
                i = Integer.parseInt(link[2]);
            } else if (text.charAt(i) == '\n') {
                // "  \n" is markdown's hard break: the spaces before it are not text
                while (!current.isEmpty() && current.charAt(current.length() - 1) == ' ') {
                    current.setLength(current.length() - 1);
                }
                flush(spans, current, bold, italic);
                spans.add(Span.BREAK);
                i++;
            } else {
                current.append(text.charAt(i++));
            }
        }
        flush(spans, current, bold, italic);
        return spans;
    }

    /** A substituted value: its lines as text, never read as markdown. */
    private static void value(List<Span> spans, String value, boolean bold, boolean italic) {
        if (value == null) {
            return;
        }
        List<String> lines = value.lines().toList();
        for (int n = 0; n < lines.size(); n++) {
            if (n > 0) {
                spans.add(Span.BREAK);
            }
            spans.add(new Span(lines.get(n), bold, italic, null, false));
        }
    }

    private static void flush(List<Span> spans, StringBuilder text, boolean bold, boolean italic) {
        if (!text.isEmpty()) {
            spans.add(new Span(text.toString(), bold, italic, null, false));
            text.setLength(0);
        }
    }

    /** [text](url) at {@code start}: text, url and the index after it; null if it is not a link. */
    private static String[] link(String text, int start) {
        int close = text.indexOf("](", start);
        int end = close < 0 ? -1 : text.indexOf(')', close);
        if (close < 0 || end < 0 || text.substring(start, close).contains("\n")) {
            return null;
        }
        return new String[] {text.substring(start + 1, close), text.substring(close + 2, end), Integer.toString(end + 1)};
    }

    /** A link to this site only (a path), with placeholders filled in encoded; anything else is not a link. */
    private static String href(String url, Function<String, String> lookup) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < url.length()) {
            int open = url.indexOf("{{", i);
            int close = open < 0 ? -1 : url.indexOf("}}", open);
            if (open < 0 || close < 0) {
                out.append(url.substring(i));
                break;
            }
            out.append(url, i, open);
            String value = lookup.apply(url.substring(open + 2, close).strip());
            out.append(value == null ? "" : UriUtils.encodePathSegment(value, "UTF-8"));
            i = close + 2;
        }
        String href = out.toString();
        return href.startsWith("/") && !href.startsWith("//") ? href : null;
    }

    /** A heading ("h"), paragraph ("p") or list item ("li") of spans. */
    public record Block(String kind, List<Span> spans) {
    }

    /** Text with its emphasis, a link (href set) or a line break. */
    public record Span(String text, boolean bold, boolean italic, String href, boolean lineBreak) {
        static final Span BREAK = new Span("", false, false, null, true);
    }
}
