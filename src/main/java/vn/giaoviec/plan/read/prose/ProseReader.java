package vn.giaoviec.plan.read.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaoviec.plan.read.AppendixRow;
import vn.giaoviec.plan.read.CellText;
import vn.giaoviec.plan.read.ReadWarning;

/**
 * A plan without an appendix table, read from its prose (seeds 001, 003, 004): the section "Tổ chức
 * thực hiện" (or "Trách nhiệm thực hiện", "Phân công nhiệm vụ") lists, agency by agency, what each
 * must do. Each numbered heading naming agencies ("2. Sở Nội vụ", "### 3. Văn phòng HĐND - UBND huyện",
 * "2.1. Sở Nội vụ") is a lead; each bullet, lettered item ("a)", OCR's "¢)") or paragraph under it is
 * one of its tasks, its coordinators after "phối hợp với", its deadline inside the sentence (else the
 * plan year, see {@link ProseSentence}). A heading whose only content is sub-headings ("2. Trách nhiệm
 * cụ thể của các sở, ban, ngành") is the section of those below it. Works on text with or without
 * diacritics: every pattern runs on the folded text.
 */
public final class ProseReader {

    private static final Pattern SECTION = Pattern.compile(
            "^(?:[ivxl1]+\\s*[.)/:-]?\\s*)?(?:to chuc thuc hien|trach nhiem thuc hien|phan cong nhiem vu|phan cong thuc hien"
            + "|to chuc thuc hien ke hoach)\\b.{0,20}$");
    /** The next part of the plan ("V. KINH PHÍ"): upper-case Roman numeral and a dot (never a lettered "i)" item). */
    private static final Pattern ROMAN_HEADING = Pattern.compile("^[IVXL]+\\s*\\.\\s+\\p{Lu}");
    private static final Pattern HEADING = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\s*[.)]\\s*(\\S.*)$");
    private static final Pattern END = Pattern.compile("^(?:noi nh[a-z]n|tren day [l1]a|yeu c[a-z]u (?:cac|thu truong)|trong qua trinh"
            + "|kt\\.?\\s*chu tich|chu tich$|t/?m\\.? uy ban)");
    private static final Pattern ITEM = Pattern.compile("^(?:([-+•*–])|([a-zđ¢]\\s*\\)))\\s*");
    private static final Pattern MARKDOWN = Pattern.compile("^#{1,6}\\s*|\\*\\*|__");
    private static final int MAX_HEADING = 260;

    private final int planYear;
    private final List<AppendixRow> rows = new ArrayList<>();
    private final List<ReadWarning> warnings = new ArrayList<>();
    private String romanSection;
    private String groupSection;
    private Lead lead;
    private StringBuilder item;
    private String itemMarker;
    private boolean itemMarked;
    private boolean afterBlank;
    private int itemIndex;

    private record Lead(String number, String text) {
    }

    /** The tasks and their review marks. */
    public record Result(List<AppendixRow> rows, List<ReadWarning> warnings) {
    }

    private ProseReader(int planYear) {
        this.planYear = planYear;
    }

    /** The responsibilities as tasks; empty when the text has no such section with a task under an agency. */
    public static Optional<Result> read(String text, Integer planYear) {
        List<String> lines = text.lines().map(ProseReader::clean).toList();
        for (int start = 0; start < lines.size(); start++) {
            String folded = CellText.key(lines.get(start));
            if (lines.get(start).length() < 80 && SECTION.matcher(folded).matches()) {
                ProseReader reader = new ProseReader(planYear == null ? 0 : planYear);
                reader.romanSection = lines.get(start).replaceAll("[.:]$", "");
                reader.readFrom(lines, start + 1);
                if (!reader.rows.isEmpty()) {
                    return Optional.of(new Result(reader.rows, reader.warnings));
                }
            }
        }
        return Optional.empty();
    }

    private static String clean(String line) {
        return CellText.oneLine(MARKDOWN.matcher(line.strip()).replaceAll("")).strip();
    }

    private void readFrom(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            String folded = CellText.key(line);
            if (line.isEmpty()) {
                endItemIfParagraph();
                afterBlank = true;
                continue;
            }
            if (END.matcher(folded).find() || ROMAN_HEADING.matcher(line).find()) {
                break;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches() && line.length() <= MAX_HEADING && isHeading(heading.group(2))) {
                endItem();
                openHeading(heading.group(1), heading.group(2), hasSubHeading(lines, i, heading.group(1)));
                continue;
            }
            if (lead != null) {
                acceptText(line);
            }
            afterBlank = false;
        }
        endItem();
    }

    /** A numbered line is a heading when its text names (or starts with) agencies, not when it is a sentence. */
    private static boolean isHeading(String text) {
        return ProseHeadings.namesAgencies(CellText.key(text)) && !ProseHeadings.isSentence(text);
    }

    /** "2. Trách nhiệm cụ thể …" directly followed by "2.1. Sở Nội vụ": a group, not a lead. */
    private static boolean hasSubHeading(List<String> lines, int index, String number) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                Matcher next = HEADING.matcher(lines.get(i));
                return next.matches() && next.group(1).startsWith(number + ".");
            }
        }
        return false;
    }

    private void openHeading(String number, String text, boolean group) {
        if (group) {
            groupSection = number + ". " + text.replaceAll("[.:]$", "");
            lead = null;
            return;
        }
        if (!number.contains(".")) {
            groupSection = null;
        }
        String name = ProseHeadings.leadOf(text);
        lead = new Lead(number, name);
        itemIndex = 0;
        String rest = ProseHeadings.taskAfterColon(text);
        if (rest != null) {
            startItem(null, rest);
            itemMarked = true;
        }
    }

    private void acceptText(String line) {
        Matcher marker = ITEM.matcher(line);
        if (marker.find()) {
            endItem();
            String letter = marker.group(2);
            startItem(letter == null ? null : letter.replace('¢', 'c').replace(" ", ""), line.substring(marker.end()));
            itemMarked = true;
        } else if (item == null || afterBlank && !Character.isLowerCase(line.codePointAt(0))) {
            endItem();
            startItem(null, line);
            itemMarked = false;
        } else {
            item.append(' ').append(line);
        }
    }

    private void startItem(String letter, String text) {
        item = new StringBuilder(text);
        itemMarker = letter;
        itemIndex++;
    }

    /** A blank line ends an unmarked paragraph (markdown text); marked items run until the next marker. */
    private void endItemIfParagraph() {
        if (item != null && !itemMarked) {
            endItem();
        }
    }

    private void endItem() {
        if (item == null || lead == null) {
            item = null;
            return;
        }
        String text = item.toString().strip();
        item = null;
        if (text.isEmpty() || text.endsWith(":")) {
            return;
        }
        ProseSentence sentence = ProseSentence.of(text, planYear);
        int number = rows.size() + 1;
        String stt = lead.number() + "." + (itemMarker != null ? itemMarker.replace(")", "") : String.valueOf(itemIndex));
        rows.add(new AppendixRow(number, groupSection != null ? groupSection : romanSection, stt, null,
                sentence.title(), lead.text(), sentence.coordinators(), null, sentence.deadline()));
        sentence.review().ifPresent(reason -> warnings.add(new ReadWarning(number, reason)));
    }
}
