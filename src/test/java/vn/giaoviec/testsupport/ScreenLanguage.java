package vn.giaoviec.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Vietnamese reader must not meet on screen: English words of web interfaces, ISO dates,
 * enum constants (the list in src/test/resources/language/not-for-readers.txt), and logins where a
 * person's name and position belong. Each finding quotes the text around it.
 */
public final class ScreenLanguage {

    private static final String LIST = "/language/not-for-readers.txt";
    private static final int CONTEXT = 40;

    private final List<Pattern> forbidden;
    private final List<Pattern> logins;

    private ScreenLanguage(List<Pattern> forbidden, List<Pattern> logins) {
        this.forbidden = forbidden;
        this.logins = logins;
    }

    /** The checks of the list, plus these logins (a login is found as a whole word, case as written; an e-mail address is not a login). */
    public static ScreenLanguage withLogins(Collection<String> logins) {
        List<Pattern> loginPatterns = logins.stream()
                .map(login -> Pattern.compile("(?<![\\p{L}\\d_.-])" + Pattern.quote(login) + "(?![\\p{L}\\d_@-])"))
                .toList();
        return new ScreenLanguage(readList(), loginPatterns);
    }

    /** The checks of the list, plus logins recognised by a pattern. */
    public static ScreenLanguage withLoginPattern(Pattern logins) {
        return new ScreenLanguage(readList(), List.of(logins));
    }

    /** Every finding in the text, e.g. «Search» in "… chọn Search …"; empty when the text reads right. */
    public List<String> findings(String text) {
        List<String> findings = new ArrayList<>();
        for (Pattern pattern : forbidden) {
            collect(text, pattern, "", findings);
        }
        for (Pattern login : logins) {
            collect(text, login, "tên đăng nhập thay cho tên người: ", findings);
        }
        return findings;
    }

    private static void collect(String text, Pattern pattern, String label, List<String> findings) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String around = text.substring(Math.max(0, matcher.start() - CONTEXT), Math.min(text.length(),
                    matcher.end() + CONTEXT)).replaceAll("\\s+", " ").strip();
            findings.add(label + "«" + matcher.group() + "» trong \"" + around + "\"");
        }
    }

    private static List<Pattern> readList() {
        try (InputStream in = ScreenLanguage.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("Thiếu " + LIST);
            }
            List<Pattern> patterns = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    patterns.add(Pattern.compile(entry, Pattern.MULTILINE));
                }
            }
            return patterns;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
