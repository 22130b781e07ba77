package vn.giaoviec.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless through its chromedriver (both installed by .ci/run), in
 * Vietnamese, with screenshots kept in target/browser-screenshots as test artifacts.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    static final String CHROMIUM = System.getProperty("giaoviec.test.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("giaoviec.test.chromedriver", "/usr/bin/chromedriver");
    /** Chromium's Vietnamese translations (Debian's chromium-l10n). */
    static final String VIETNAMESE = System.getProperty("giaoviec.test.chromium-vi", "/usr/lib/chromium/locales/vi.pak");

    private final WebDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** A new headless browser; without Chromium the test is not run (and in CI that is a failure). */
    public static Browser open(String baseUrl) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))
                || !Files.exists(Path.of(VIETNAMESE))) {
            String reason = "Thiếu Chromium (" + CHROMIUM + "), chromedriver (" + CHROMEDRIVER + ") hoặc bản tiếng Việt của"
                    + " Chromium: cài bằng 'apt-get install chromium chromium-driver chromium-l10n' (.ci/run tự cài)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason);
            }
            Assumptions.abort(reason);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=vi-VN", "--window-size=1400,1000");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
        // the browser of a civil servant in the province: its clock shows province time; on Linux Chromium
        // takes its own language (date picker, file chooser …) from the environment, not from --lang (its
        // translations come with Debian's chromium-l10n)
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh", "LANGUAGE", "vi", "LANG", "vi_VN.UTF-8")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // headless Chromium formats dates as en-US whatever --lang says; a Vietnamese browser writes
        // dd/mm/yyyy (Camunda Forms' date fields take their format from it)
        driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "vi-VN"));
        return new Browser(driver, baseUrl);
    }

    public void loginToTasklist(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/camunda/app/tasklist/default/");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")));
        name.sendKeys(user);
        driver.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        // the shared filters are listed once Tasklist has loaded for the signed-in user: its single-page
        // application (scripts, translations, filters, first list) took over 20 s on a loaded CI machine
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), 'Việc của tôi')]")));
    }

    /** The window's size in CSS pixels, e.g. 390 × 844 for a phone. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** Signs in on Giao Việc's own sign-in page (the officers' way in); the browser is then on the inbox. */
    public void signIn(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/giaoviec/dang-nhap");
        waitFor(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/giaoviec/dang-nhap")));
    }

    /** Fills in the sign-in page the browser is on (after a page asked for while signed out led there). */
    public void signInHere(String user, String password) {
        waitFor(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/giaoviec/dang-nhap")));
    }

    /** The full text of the first option of a select that contains {@code part}. */
    public String optionText(By select, String part) {
        return waitFor(select).findElements(By.tagName("option")).stream().map(WebElement::getText)
                .filter(text -> text.contains(part)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Không có lựa chọn chứa \"" + part + "\""));
    }

    /**
     * Picks a date in a date input as a person does with the keyboard, in the order the Vietnamese
     * picker shows its parts (day, month, year).
     */
    public void setDate(By input, String isoDate) {
        WebElement field = waitFor(input);
        String[] parts = isoDate.split("-");
        field.click();
        field.sendKeys(parts[2] + parts[1] + parts[0]);
        wait.until(ExpectedConditions.attributeToBe(input, "value", isoDate));
    }

    /** The window of a phone (390 × 844 CSS pixels, as an iPhone 12–15) or of a desk (1400 × 1000). */
    public void phone() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    }

    public void desk() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    }

    /** How much wider than the window the page is, in CSS pixels (0: no sideways scrolling). */
    public long overflowWidth() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) overflow).longValue();
    }

    /** The page's height in CSS pixels. */
    public long pageHeight() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight;")).longValue();
    }

    public WebDriver driver() {
        return driver;
    }

    /** A whole-page screenshot (the window stretched to the page's height for the shot, then restored). */
    public void fullScreenshot(String name) {
        org.openqa.selenium.Dimension size = driver.manage().window().getSize();
        long height = Math.min(pageHeight() + (size.getHeight() - viewportHeight()), 12_000);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int) Math.max(height, size.getHeight())));
        screenshot(name);
        driver.manage().window().setSize(size);
    }

    /** A screenshot of the window with an element scrolled to its top (a form, a list) — readable at a phone's width. */
    public void screenshotOf(By element, String name) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", waitForPresent(element));
        screenshot(name);
    }

    private long viewportHeight() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerHeight;")).longValue();
    }

    public void get(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.elementToBeClickable(locator));
    }

    /** Every element the locator finds, once at least one is visible. */
    public List<WebElement> findAll(By locator) {
        return wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(locator));
    }

    /** Every element the locator finds now, none if there is none (no waiting). */
    public List<WebElement> findAllNow(By locator) {
        return driver.findElements(locator);
    }

    /** An element that need not be clickable, e.g. a read-only form field. */
    public WebElement waitForPresent(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Clicks an element after scrolling it to the middle of the window (Tasklist's footer covers the bottom). */
    public void click(By locator) {
        WebElement element = waitFor(locator);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        waitFor(locator).click();
    }

    /** Waits until a form field holds the value, e.g. once Camunda Forms has re-rendered it. */
    public void waitForValue(By locator, String value) {
        wait.until(ExpectedConditions.attributeToBe(locator, "value", value));
    }

    public void waitUntilGone(By locator) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    /**
     * Fills a native date field. Debian's Chromium ships the en-US locale only (the others are in
     * chromium-l10n), so a headless date field reads mm/dd/yyyy whatever the language: typing digits
     * would depend on that, hence the value is set as the picker sets it.
     */
    public void setDate(By locator, java.time.LocalDate date) {
        WebElement field = waitFor(locator);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, date.toString());
    }

    /** The current page's path and query, to follow redirects. */
    public String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getRawPath();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The whole page, not only the window: long pages (an import preview) are read top to bottom. */
    public void fullPageScreenshot(String name) {
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(),
                (int) Math.min(height + 150, 12_000)));
        screenshot(name);
        driver.manage().window().setSize(before);
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Waits until the condition (a script returning true) holds, e.g. a list that is drawn asynchronously. */
    public void waitUntil(String script, Object... arguments) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script, arguments)));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
