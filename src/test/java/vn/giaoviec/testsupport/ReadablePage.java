package vn.giaoviec.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Vietnamese civil servant must not meet on a Giao Việc page: English words of the kind
 * libraries and browsers put on screens, ISO dates and times, a login where a person's name belongs,
 * and a page wider than the phone it is shown on.
 */
public final class ReadablePage {

    /** Words a screen shows when some part of it was left in English (Camunda, form-js, Chrome, Spring). */
    static final List<String> ENGLISH = List.of("search", "submit", "cancel", "loading", "save", "required", "field",
            "task", "tasks", "home", "logout", "log out", "login", "sign in", "error", "date", "name", "none", "select",
            "close", "next", "previous", "page", "upload", "browse", "file", "chosen", "today", "ago", "days", "minutes",
            "december", "january", "monday", "sunday", "mon", "sun", "forbidden", "not found", "whitelabel", "status",
            "claim", "complete", "comment", "history", "due", "assignee", "created", "filter", "true", "false", "null");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}']*(?: (?:in|out))?");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?");
    private static final Pattern LOGIN = Pattern.compile("\\b[a-z0-9]+-(lanhdao|chuyenvien)\\b|\\bchanhvanphong\\b");
    /** Product names that stay as they are. */
    private static final List<String> NAMES = List.of("Camunda", "Tasklist", "Giao Việc");

    private ReadablePage() {
    }

    /** Fails on an English word, an ISO date, a login in the page's visible text, or on sideways scrolling. */
    public static void check(Browser browser, String where) {
        String text = browser.pageText();
        for (String name : NAMES) {
            text = text.replace(name, " ");
        }
        assertThat(englishWords(text)).as("English words on %s", where).isEmpty();
        assertThat(ISO_DATE.matcher(text).find()).as("ISO date on %s: %s", where, firstMatch(ISO_DATE, text)).isFalse();
        assertThat(LOGIN.matcher(text).find()).as("login on %s: %s", where, firstMatch(LOGIN, text)).isFalse();
        assertThat(browser.overflowWidth()).as("sideways scrolling on %s", where).isLessThanOrEqualTo(0);
    }

    static List<String> englishWords(String text) {
        Matcher matcher = WORD.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT);
            if (ENGLISH.contains(word)) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    private static String firstMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group() : "";
    }
}
