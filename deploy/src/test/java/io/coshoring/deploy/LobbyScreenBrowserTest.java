package io.coshoring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.discord.testing.Interactions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Paris's lobby screen on a 1920×1080 TV, in a real browser: it shows Tel Aviv's posts one at a
 * time and moves on by itself, and a post made on Discord joins the rotation, all without a reload.
 * The screenshot is {@code deploy/target/screenshots/lobby-screen.png}.
 */
class LobbyScreenBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path folder;

  private MixedNetwork network;
  private Interactions.Where telAviv;

  @BeforeEach
  void start() {
    network = new MixedNetwork(folder);
    String channel = network.discord.addGuild("200", "Tel Aviv Devs");
    telAviv = new Interactions.Where("200", channel, network.discord.addUser("302", "noa"), false);
    network.start();
  }

  @AfterEach
  void stop() {
    network.close();
  }

  @Test
  void theScreenRotatesTelAvivsPostsAndANewOneJoinsWithoutAReload() {
    network.slackRequests.slashCommand(
        "T1",
        "paris",
        "U1",
        "amelie",
        "/demand",
        "Need a React developer with TypeScript for 3 weeks, remote",
        network.slack.responseUrl("demand"),
        "t1");
    network.slack.awaitCall("response:demand", call -> true, WAIT);
    offerOnDiscord("I build React front-ends in TypeScript, remote");
    offerOnDiscord("I teach Hebrew to newcomers, evenings, remote");
    waitUntil(() -> network.core.wall().forSpace("slack:T1", 10).size() == 2);

    try (Browser browser = new Browser("en")) {
      browser.driver.manage().window().setSize(new Dimension(1920, 1080));
      browser.driver.get(network.wallUrl() + "spaces/slack:T1/screen?seconds=3");
      assertEquals("en", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
      // A mark a reload would wipe out.
      browser.driver.executeScript("window.sameScreen = true;");
      waitFor(browser, () -> !shown(browser).isEmpty());
      String first = shown(browser);
      assertEquals(1, slides(browser).stream().filter(WebElement::isDisplayed).count());

      waitFor(browser, () -> !shown(browser).isEmpty() && !shown(browser).equals(first));
      assertNotEquals(first, shown(browser));

      offerOnDiscord("I design logos and brand guides, remote");
      waitFor(browser, () -> shown(browser).contains("I design logos"));
      assertTrue(shown(browser).contains("noa, Tel Aviv Devs"), shown(browser));
      assertEquals(3, slides(browser).size());
      assertEquals(true, browser.driver.executeScript("return window.sameScreen === true;"));
      browser.screenshot("lobby-screen");
    }
  }

  private void offerOnDiscord(String text) {
    network
        .discord
        .gateway()
        .dispatch(
            "INTERACTION_CREATE",
            new Interactions(network.discord)
                .slashCommand(telAviv, "offer", null, Map.of("text", text)));
  }

  /** The text of the card on the screen now, or "" between two. */
  private static String shown(Browser browser) {
    return slides(browser).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  private static List<WebElement> slides(Browser browser) {
    return browser.driver.findElements(By.cssSelector("#rotation .slide"));
  }

  private static void waitFor(Browser browser, BooleanSupplier condition) {
    new WebDriverWait(browser.driver, WAIT).until(driver -> condition.getAsBoolean());
  }

  private static void waitUntil(BooleanSupplier condition) {
    long until = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("not within " + WAIT);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
