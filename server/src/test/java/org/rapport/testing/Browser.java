package org.rapport.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Selenium, offline: the driver is /usr/bin/chromedriver, so Selenium
 * Manager never runs. Outside CI a machine without Chromium skips browser tests; CI installs it.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    public final WebDriver driver;
    private final String base;
    private final Path profile;

    private Browser(WebDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    public static Browser open(int port) {
        boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!installed && TestDatabase.isCi()) {
            throw new IllegalStateException(
                    "CI=true but Chromium is missing: apt-get install -y chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed (apt-get install -y chromium chromium-driver)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            Path profile = Files.createTempDirectory("rapport-chromium-");
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                    "--user-data-dir=" + profile,
                    "--window-size=1280,900");
            var driver = new ChromeDriver(options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
            return new Browser(driver, "http://localhost:" + port, profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(String css) {
        find(css).click();
        return this;
    }

    /** Clicks something that loads a new page, and waits until the new page is there. */
    public Browser submit(String css) {
        return loading(() -> find(css).click());
    }

    /** Runs an action that loads a new page (a click, Enter in a form), and waits for the new page. */
    public Browser loading(Runnable action) {
        WebElement old = driver.findElement(By.tagName("html"));
        action.run();
        var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // Chromium sometimes reports the old page's node as "not in the document" instead of stale.
        wait.until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        wait.until(d -> "complete"
                .equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    public Browser waitFor(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        return this;
    }

    public Browser waitUntilGone(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(css), 0));
        return this;
    }

    public String text() {
        for (int attempt = 0; ; attempt++) {
            try {
                return find("body").getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                // htmx replaced part of the page between finding and reading; read it again.
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Saves a PNG of the page at the given width, when -Drapport.screenshots=DIR is set (docs/screenshots). */
    public Browser screenshot(String name, int width) {
        String dir = System.getProperty("rapport.screenshots");
        if (dir == null || dir.isBlank()) {
            return this;
        }
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(width, 900));
            long height = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return Math.min(document.documentElement.scrollHeight, 4000)");
            driver.manage().window().setSize(new Dimension(width, (int) Math.max(700, height)));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + "-" + width + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
        return this;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
