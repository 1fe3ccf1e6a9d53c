package com.gasline.itests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, at a 1366×768 laptop's size, in a far time zone
 * ({@link #ZONE}). Nothing is downloaded: both binaries are named, so Selenium Manager never runs. Screenshots and
 * failed pages go to target/console/.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("gasline.itest.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("gasline.itest.chromedriver", "/usr/bin/chromedriver");

    /** The branches' zone, as the server counts their days. */
    static final ZoneId BRANCH_ZONE = ZoneId.of("Asia/Shanghai");
    /**
     * The browser's zone: one whose calendar day is not the branch's right now (UTC+14 or UTC−11; one of them always
     * differs from UTC+8), so a screen that takes "today" from the browser instead of the branch fails at any hour.
     */
    static final String ZONE = Stream.of("Pacific/Kiritimati", "Pacific/Pago_Pago")
            .filter(z -> !LocalDate.now(ZoneId.of(z)).equals(LocalDate.now(BRANCH_ZONE))).findFirst().orElseThrow();

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final Path shots;

    Browser(String base, Path shots) {
        for (String binary : List.of(CHROMIUM, DRIVER)) {
            if (!new File(binary).canExecute()) {
                throw new IllegalStateException("The browser tests need " + binary + " (apt-get install chromium chromium-driver); they never skip");
            }
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ZONE));
        this.driver = chrome;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.base = base;
        this.shots = shots;
    }

    /** The bare host, as a person types it; returns where the browser ended up. */
    String home() {
        driver.get(base + "/");
        find("form#signin, #menu");
        return driver.getCurrentUrl();
    }

    void open(String hash) {
        driver.get(base + "/console/" + hash);
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until the element shows the text (the API answered and the page drew it). */
    WebElement text(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return find(css);
    }

    /** Waits until the element has any text at all, e.g. a field's message, and returns it. */
    String message(String css) {
        wait.until(d -> !d.findElement(By.cssSelector(css)).getText().isBlank());
        return find(css).getText();
    }

    void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    void choose(String css, String value) {
        new Select(find(css)).selectByValue(value);
    }

    void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** The window's inner size, e.g. a 10-inch tablet held upright (800 × 1280). */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    void signIn(String tenant, String username, String password) {
        open("#/signin");
        find("form#signin");
        if (tenant != null) {
            type("#f-tenant", tenant);
        }
        type("#f-username", username);
        type("#f-password", password);
        click("form#signin button[type=submit]");
        find("#menu");
    }

    void signOut() {
        click("#signout");
        find("form#signin");
    }

    /** A screenshot a person looks at: target/console/NAME.png. */
    Path shot(String name) {
        Path file = shots.resolve(name + ".png");
        try {
            Files.createDirectories(shots);
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    /** What the page held when a test failed, beside its screenshot. */
    void keep(String name) {
        try {
            Files.createDirectories(shots);
            Files.writeString(shots.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
            shot(name);
        } catch (IOException | RuntimeException e) {
            System.err.println("could not keep the failed page " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
