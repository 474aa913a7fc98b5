package org.ecoportal.it.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}) used as a person
 * uses the portal: it signs in on the Keycloak page, follows links, reads what is shown.
 */
final class PortalBrowser implements AutoCloseable {

  static final String PORTAL = "http://localhost:18080";
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final Path profile;

  PortalBrowser() {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=en-US");
    try {
      profile = Files.createTempDirectory("portal-browser");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    options.addArguments("--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Opens a tenant's home page and signs in on the tenant's Keycloak login page. */
  void signIn(String tenant, String username, String password) {
    open("/" + tenant + "/");
    assertOnLoginPageOf(tenant);
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
    wait.until(ExpectedConditions.urlContains(PORTAL + "/" + tenant + "/"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
  }

  void open(String path) {
    driver.get(PORTAL + path);
  }

  /**
   * What a link of the portal downloads, fetched with the browser's session (browsers save
   * downloads to disk, out of a test's reach).
   */
  byte[] download(String path) {
    String cookies =
        driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(java.util.stream.Collectors.joining("; "));
    try {
      java.net.http.HttpResponse<byte[]> response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(java.net.URI.create(PORTAL + path)).header("Cookie", cookies).build(),
                  java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError("GET " + path + " answered " + response.statusCode());
      }
      return response.body();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("The portal does not answer " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the browser shows the login form of the tenant's realm. */
  void assertOnLoginPageOf(String tenant) {
    wait.until(ExpectedConditions.urlContains("/realms/" + tenant + "/protocol/openid-connect/auth"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
  }

  String url() {
    return driver.getCurrentUrl();
  }

  String path() {
    String url = url();
    return url.startsWith(PORTAL) ? url.substring(PORTAL.length()).replaceFirst("[?#].*$", "") : url;
  }

  String heading() {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1"))).getText();
  }

  String text(String id) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
  }

  boolean has(By locator) {
    return !driver.findElements(locator).isEmpty();
  }

  /** The addresses of the links in the main menu, without the host. */
  List<String> menuLinks() {
    return driver.findElements(By.cssSelector("nav.portal-menu a")).stream()
        .map(a -> a.getAttribute("href").substring(PORTAL.length()))
        .toList();
  }

  WebElement element(By locator) {
    return wait.until(ExpectedConditions.elementToBeClickable(locator));
  }

  /** Types into the field with this id, replacing what it held. */
  void type(String id, String text) {
    WebElement field = element(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Picks the option labelled {@code label} of the PrimeFaces select menu with this id. */
  void choose(String id, String label) {
    click(By.id(id));
    click(By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']"));
  }

  /** Waits until an Ajax request of the page has finished. */
  void settle() {
    wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
        .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  void click(By locator) {
    element(locator).click();
  }

  WebDriverWait waiting() {
    return wait;
  }

  WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
    try (java.util.stream.Stream<Path> files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // a leftover temporary profile is harmless
    }
  }

  /** Saves what the browser shows to {@code target/screenshots/<name>.png}, for people to look at. */
  void screenshot(String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot save screenshot " + name, e);
    }
  }
}
