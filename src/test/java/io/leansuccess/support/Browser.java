package io.leansuccess.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its chromedriver, on the app of the running test.
 * Maven installs both before the integration tests (src/test/browser/install-chromium.sh); the
 * flags keep Chromium off the network it cannot reach. Screenshots land in target/browser.
 */
public final class Browser implements AutoCloseable {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final String baseUrl;
  private final Path artefacts;

  private Browser(ChromeDriver driver, String baseUrl, Path artefacts) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.artefacts = artefacts;
  }

  public static Browser open(int port) {
    File chromium = new File(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    File chromedriver =
        new File(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    if (!chromium.canExecute() || !chromedriver.canExecute()) {
      throw new IllegalStateException(
          chromium
              + " and "
              + chromedriver
              + " are needed: Maven installs them "
              + "before the integration tests (src/test/browser/install-chromium.sh), -Dbrowser.skip=true leaves "
              + "the browser tests out");
    }
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(chromium)
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--window-size=1400,1600",
                "--lang=en-GB");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build();
    Path artefacts = Path.of(System.getProperty("browser.artefacts", "target/browser"));
    return new Browser(new ChromeDriver(service, options), "http://localhost:" + port, artefacts);
  }

  public void go(String path) {
    driver.get(baseUrl + path);
  }

  public WebElement find(By by) {
    return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public void click(By by) {
    waitFor(ExpectedConditions.elementToBeClickable(by)).click();
  }

  public void type(By by, String text) {
    WebElement field = find(by);
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Waits for the condition; when it never holds, keeps what the page showed as a screenshot and
   * its HTML.
   */
  public <T> T waitFor(Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, PATIENCE).until(condition);
    } catch (TimeoutException e) {
      String name = "timeout-" + System.currentTimeMillis();
      Path picture = screenshot(name);
      try {
        Files.writeString(artefacts.resolve(name + ".html"), driver.getPageSource());
      } catch (IOException notWritten) {
        e.addSuppressed(notWritten);
      }
      throw new TimeoutException(
          e.getMessage() + "\nat " + driver.getCurrentUrl() + ", see " + picture, e);
    }
  }

  public Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  /** Saves what the browser shows as {@code target/browser/<name>.png} and returns the file. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(artefacts);
      Path file = artefacts.resolve(name + ".png");
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Prints the page as Chromium's print dialog would, with the print stylesheet, and keeps the PDF.
   */
  public byte[] print(String name) {
    byte[] pdf = Base64.getDecoder().decode(driver.print(new PrintOptions()).getContent());
    try {
      Files.createDirectories(artefacts);
      Files.write(artefacts.resolve(name + ".pdf"), pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pdf;
  }

  /**
   * Signs in through Tasklist's own login form and waits until Tasklist greets the user by name.
   * Only for users of the test itself or with their right password: a wrong one locks the user.
   */
  public void signInToTasklist(String user, String password, String fullName) {
    go("/camunda/app/tasklist/");
    type(By.cssSelector("input[ng-model=username]"), user);
    type(By.cssSelector("input[ng-model=password]"), password);
    click(By.cssSelector("form[name=signinForm] button[type=submit]"));
    find(By.xpath("//li[contains(@class,'account')]/a[normalize-space(.)='" + fullName + "']"));
  }

  /**
   * Every {@code canvas[data-chart]} of the page once all are painted: its label, the id of its
   * section, Chart.js's chart type and number of data points, and how many pixels it painted, so an
   * empty or broken chart shows.
   */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> drawnCharts() {
    return waitFor(
        driver -> {
          var drawn =
              (List<Map<String, Object>>)
                  script(
                      """
          return [...document.querySelectorAll('canvas[data-chart]')].map(canvas => {
            const chart = window.Chart && Chart.getChart(canvas);
            const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0;
            for (let alpha = 3; alpha < pixels.length; alpha += 4) { if (pixels[alpha] > 0) painted++; }
            const section = canvas.closest('section');
            return { label: canvas.getAttribute('aria-label'), section: section ? section.id : null,
                     type: chart ? chart.config.type : null,
                     points: chart ? chart.data.datasets.reduce((n, set) => n + set.data.length, 0) : 0,
                     painted: painted, width: canvas.width };
          });""");
          return !drawn.isEmpty()
                  && drawn.stream()
                      .allMatch(chart -> ((Number) chart.get("painted")).longValue() > 500)
              ? drawn
              : null;
        });
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
