package vn.giaoviec.testsupport;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Visits, in a signed-in browser, every Giao Việc page reachable from the start pages by links
 * within /giaoviec/ — so new pages are covered as soon as something links to them — and reads each
 * with {@link ScreenLanguage}, and for sideways scrolling. Pages of one kind (the same path with other ids, the same query
 * parameters with other values) are visited a few times only, to keep the walk to seconds.
 */
public final class PageCrawl {

    /** Downloads and sign-out are not pages to read. */
    private static final Pattern NOT_A_PAGE = Pattern.compile("\\.(xlsx|pdf|docx|zip)$|/tep/|/tai-ve|dang-xuat");
    private static final Pattern ID_SEGMENT = Pattern.compile("[^/]*\\d[^/]*");
    private static final int PAGES_PER_KIND = 2;
    private static final int MAX_PAGES = 60;

    /** Visible text of the page: what is drawn, plus placeholders and tooltips of visible elements. */
    public static final String VISIBLE_TEXT = "const parts = [document.body.innerText];"
            + "document.querySelectorAll('[placeholder],[title]').forEach(e => {"
            + "  if (e.offsetParent !== null) { parts.push(e.getAttribute('placeholder') || '');"
            + "    parts.push(e.getAttribute('title') || ''); } });"
            + "return parts.join('\\n');";

    private final Browser browser;
    private final ScreenLanguage language;
    private final String origin;
    private final List<String> visited = new ArrayList<>();
    private final List<String> findings = new ArrayList<>();

    public PageCrawl(Browser browser, ScreenLanguage language, String origin) {
        this.browser = browser;
        this.language = language;
        this.origin = origin;
    }

    /** Walks from the start paths (e.g. "/giaoviec/"); the pages visited are in {@link #visited()}. */
    public PageCrawl walk(List<String> startPaths) {
        Deque<String> queue = new ArrayDeque<>();
        Set<String> queued = new LinkedHashSet<>();
        Map<String, Integer> perKind = new HashMap<>();
        startPaths.forEach(path -> enqueue(origin + path, queue, queued, perKind, true));
        while (!queue.isEmpty() && visited.size() < MAX_PAGES) {
            String url = queue.poll();
            browser.get(url.substring(origin.length()));
            visited.add(browser.currentUrl()); // where the link led (a notification opens its task)
            read(url);
            for (Object link : (List<?>) browser.script("return [...document.querySelectorAll('a[href]')]"
                    + ".filter(a => !a.hasAttribute('download')).map(a => a.href)")) {
                enqueue(String.valueOf(link), queue, queued, perKind, false);
            }
        }
        return this;
    }

    /** Reads the page the browser shows now (also for pages reached by clicking, e.g. in Tasklist). */
    public void read(String where) {
        String text = String.valueOf(browser.script(VISIBLE_TEXT));
        language.findings(text).forEach(finding -> findings.add(where + " — " + finding));
        long overflow = browser.overflowWidth();
        if (overflow > 0) {
            findings.add(where + " — trang rộng hơn cửa sổ " + overflow + " px (phải cuộn ngang)");
        }
    }

    public List<String> visited() {
        return visited;
    }

    public List<String> findings() {
        return findings;
    }

    private void enqueue(String link, Deque<String> queue, Set<String> queued, Map<String, Integer> perKind,
                         boolean start) {
        String url = link.replaceAll("#.*$", "");
        if (!url.startsWith(origin + "/giaoviec/") || NOT_A_PAGE.matcher(URI.create(url).getPath()).find()
                || !queued.add(url)) {
            return;
        }
        String kind = kindOf(URI.create(url));
        int seen = perKind.merge(kind, 1, Integer::sum);
        if (start || seen <= PAGES_PER_KIND) {
            queue.add(url);
        }
    }

    /** "/giaoviec/nhiem-vu/KH3-1?tab=x&page=2" and "/giaoviec/nhiem-vu/KH3-2?page=1&tab=y" are one kind. */
    static String kindOf(URI uri) {
        String path = Arrays.stream(uri.getPath().split("/"))
                .map(segment -> ID_SEGMENT.matcher(segment).matches() ? "{}" : segment)
                .collect(Collectors.joining("/"));
        String query = uri.getQuery() == null ? "" : Arrays.stream(uri.getQuery().split("&"))
                .map(pair -> pair.split("=", 2)[0]).sorted().distinct().collect(Collectors.joining("&"));
        return path + "?" + query;
    }
}
