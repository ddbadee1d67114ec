package cn.techmarket.testsupport;

import io.restassured.RestAssured;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real headless Chromium (Debian's chromium + chromium-driver, found as deploy/local/tm finds them) driven by
 * Selenium against the application under test. Every {@link #visit} checks what a person would notice: no
 * console errors, and at phone width no page wider than the screen. Screenshots go to target/screenshots/.
 */
public final class WebBrowser implements AutoCloseable {
    public static final String INSTALL = "apt-get install -y chromium chromium-driver fonts-noto-cjk";
    private static final Path SHOTS = Path.of("target/screenshots");

    /** Desktop and a common phone (390 CSS px, as an iPhone 12–15). */
    public enum Width {
        DESKTOP(1280, 900, false), PHONE(390, 844, true);
        final int width;
        final int height;
        final boolean mobile;

        Width(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    private final ChromeDriver driver;
    private final Width width;
    private final List<String> consoleErrors = new ArrayList<>();

    private WebBrowser(ChromeDriver driver, Width width) {
        this.driver = driver;
        this.width = width;
    }

    public static WebBrowser open(Width width) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("CHROME_BIN", "chromium", "chromium-browser", "google-chrome"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-extensions", "--no-first-run", "--lang=zh-CN",
                "--window-size=" + width.width + "," + width.height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // a given driver binary keeps Selenium Manager (which would download one) out of the way
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("CHROMEDRIVER", "chromedriver"))).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        if (width.mobile) {
            // device metrics, not only a small window: the page gets a phone's viewport and its meta viewport applies
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width.width,
                    "height", width.height, "deviceScaleFactor", 2, "mobile", true));
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new WebBrowser(driver, width);
    }

    /** Where the browser finds Chromium and its driver: the variable tm exports, else the PATH. */
    static String executable(String variable, String... names) {
        String given = System.getenv(variable);
        if (given != null && !given.isBlank() && Files.isExecutable(Path.of(given))) {
            return given;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        throw new IllegalStateException("The browser tests need Chromium and its driver (" + String.join("/", names)
                + " not found). Install them: " + INSTALL);
    }

    public static String base() {
        return "http://localhost:" + RestAssured.port;
    }

    public Width width() {
        return width;
    }

    /** Signs in through Keycloak's own login form, as a person does, and comes back to {@code next}. */
    public WebBrowser signIn(String username, String next) {
        forgetSessions();
        driver.get(base() + "/login?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
        WebElement user = waitFor(By.id("username"));
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Tokens.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().startsWith(base()));
        checkPage();
        return this;
    }

    /** Forgets every session, the application's and Keycloak's, so that the next user starts clean. */
    public void forgetSessions() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    public WebBrowser visit(String path) {
        driver.get(path.startsWith("http") ? path : base() + path);
        checkPage();
        return this;
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** Clicks and, when the click navigates, checks the page it lands on. */
    public WebBrowser click(By by) {
        WebElement element = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        element.click();
        checkPage();
        return this;
    }

    public WebBrowser type(By by, String text) {
        WebElement element = driver.findElement(by);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    public WebBrowser select(By by, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(by)).selectByValue(value);
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String html() {
        return driver.getPageSource();
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** A PNG of the whole visible page under target/screenshots, named by the width it was taken at. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            Path target = SHOTS.resolve(name + "-" + width.name().toLowerCase() + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("could not save a screenshot", e);
        }
    }

    /** The checks every page must pass; called after each navigation. */
    public void checkPage() {
        assertNoConsoleErrors();
        if (width.mobile) {
            assertFitsTheScreen();
        }
    }

    public void assertNoConsoleErrors() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(url() + ": " + entry.getMessage());
            }
        }
        assertEquals(List.of(), consoleErrors, "the browser console shows no errors");
    }

    public void assertFitsTheScreen() {
        Number page = (Number) script("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
        Number screen = (Number) script("return window.innerWidth");
        if (page.intValue() > screen.intValue()) {
            Object widest = script("""
                    let w = null; for (const e of document.querySelectorAll('body *')) {
                      const r = e.getBoundingClientRect();
                      if (r.right > window.innerWidth + 1 && (!w || r.width < w.getBoundingClientRect().width)) w = e; }
                    return w ? w.tagName + '.' + w.className + ' ' + Math.round(w.getBoundingClientRect().right) : '?'""");
            screenshot("too-wide");
            fail(url() + " is " + page + " px wide on a " + screen + " px screen (overflowing: " + widest + ")");
        }
        assertTrue(page.intValue() <= screen.intValue());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
