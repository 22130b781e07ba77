package vn.giaoviec.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/**
 * One page checked as a Vietnamese civil servant reads it, in a browser test's journey: what
 * {@link ScreenLanguage} finds (English words, machine dates, enum constants, logins of the demo users)
 * and a page wider than the phone it is shown on — the same checks {@link PageCrawl} makes on every page
 * it reaches.
 */
public final class ReadablePage {

    /** Logins of the demo users: "snv-lanhdao", "stp-chuyenvien", "chanhvanphong". */
    private static final Pattern DEMO_LOGIN = Pattern.compile("(?<![\\p{L}\\d_.-])(?:[a-z0-9]+-(?:lanhdao|chuyenvien)"
            + "|chanhvanphong)(?![\\p{L}\\d_@-])");
    private static final ScreenLanguage LANGUAGE = ScreenLanguage.withLoginPattern(DEMO_LOGIN);

    private ReadablePage() {
    }

    /** Fails on each finding in the page's visible text, or on sideways scrolling. */
    public static void check(Browser browser, String where) {
        assertThat(LANGUAGE.findings(browser.pageText())).as("trên %s", where).isEmpty();
        assertThat(browser.overflowWidth()).as("cuộn ngang trên %s", where).isLessThanOrEqualTo(0);
    }
}
