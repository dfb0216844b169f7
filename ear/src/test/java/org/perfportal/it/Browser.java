package org.perfportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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

/**
 * A real headless Chromium (Debian's {@code chromium} through Debian's {@code chromedriver}, paths
 * from the build: nothing downloads a browser) on a 1366×768 window, logging in through the
 * tenant realm's real Keycloak login page. Screenshots go to {@code ear/target/screenshots}; every
 * page is checked for Content-Security-Policy violations in the browser console.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("it.screenshots", "target/screenshots"));

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path downloads;

    public Browser() {
        try {
            downloads = Files.createTempDirectory("portal-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=1366,768", "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "zh-CN,zh"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The first file the browser has finished downloading, waiting for it. */
    public Path downloaded(String suffix) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Opens a path of the portal. */
    public Browser open(String path) {
        driver.get(Api.PORTAL_URL + path);
        return this;
    }

    /** On Keycloak's login page: types the user and password {@code demo} and signs in. */
    public Browser login(String username) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=tenant-name]")));
        return this;
    }

    public WebElement await(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public void awaitText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Picks an option of an Element Plus select by its visible text (the options list is teleported to the body). */
    public void select(String selectCss, String optionText) {
        WebElement select = find(selectCss);
        select.click();
        List<WebElement> filter = "input".equals(select.getTagName()) ? List.of(select)
                : select.findElements(By.cssSelector("input.el-select__input"));
        if (!filter.isEmpty() && filter.get(0).getAttribute("readonly") == null) {
            filter.get(0).sendKeys(optionText);
        }
        WebElement option = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//li[contains(@class,'el-select-dropdown__item') and not(contains(@style,'display: none'))"
                        + " and contains(normalize-space(.), '" + optionText + "')]")));
        script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", option);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Saves a screenshot of the window as {@code ear/target/screenshots/<name>.png}. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails on any Content-Security-Policy violation the console reported since the last call. */
    public void assertNoCspViolations() {
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
        assertEquals(List.of(), violations, "CSP violations");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
