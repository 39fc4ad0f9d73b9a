package io.coshoring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.discord.testing.Interactions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The wall in a real browser, on the deployment's own server: a post made on Slack appears on an
 * open page without a reload, filters narrow the cards, and the page reads in French and in Hebrew.
 * Screenshots are saved in {@code deploy/target/screenshots}.
 */
class WallBrowserTest {

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
  void aPostMadeOnSlackAppearsOnAnOpenWall() {
    try (Browser browser = new Browser("en")) {
      browser.driver.get(network.wallUrl());
      waitFor(browser, () -> !browser.driver.findElements(By.cssSelector("#wall")).isEmpty());
      // The page has asked the browser for its timezone, and follows the wall live.
      waitFor(browser, () -> !zone(browser).isEmpty());
      assertEquals(0, cards(browser).size());

      long posted = System.nanoTime();
      offerOnSlack("I edit promo videos in Premiere Pro and After Effects, FR/EN, remote");
      waitFor(browser, () -> cards(browser).size() == 1);
      long shownAfterMillis = (System.nanoTime() - posted) / 1_000_000;

      WebElement card = cards(browser).get(0);
      assertTrue(card.getText().contains("I edit promo videos"), card.getText());
      assertTrue(card.getText().contains("amelie, paris"), card.getText());
      browser.screenshot("wall-live-en");
      System.out.println(
          "The Slack post showed on the open wall " + shownAfterMillis + " ms after");
    }
  }

  @Test
  void filtersNarrowTheCardsAndThePageReadsInFrenchAndHebrew() {
    offerOnSlack("I edit promo videos in Premiere Pro and After Effects, FR/EN, remote");
    demandOnDiscord("Need a React developer with TypeScript for 3 weeks, remote");

    try (Browser browser = new Browser("fr")) {
      browser.driver.get(network.wallUrl());
      waitFor(browser, () -> cards(browser).size() == 2);
      assertEquals("fr", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
      assertTrue(
          browser.driver.findElement(By.tagName("h1")).getText().contains("Offres et demandes"));

      new Select(browser.driver.findElement(By.id("kind"))).selectByValue("demand");
      waitFor(browser, () -> cards(browser).size() == 1);
      assertTrue(cards(browser).get(0).getText().contains("React developer"));
      // The filters are in the address, so that the page can be shared as it is.
      assertTrue(browser.driver.getCurrentUrl().contains("kind=demand"));
      browser.screenshot("wall-filtered-fr");
    }

    try (Browser browser = new Browser("he")) {
      browser.driver.get(network.wallUrl());
      waitFor(browser, () -> cards(browser).size() == 2);
      WebElement html = browser.driver.findElement(By.tagName("html"));
      assertEquals("he", html.getAttribute("lang"));
      assertEquals("rtl", html.getAttribute("dir"));
      // Every card starts on the right, and a post in English keeps its own direction.
      for (WebElement card : cards(browser)) {
        WebElement text = card.findElement(By.cssSelector(".text"));
        assertEquals("auto", text.getAttribute("dir"));
      }
      assertFalse(browser.driver.getPageSource().contains("Offres et demandes"));
      browser.screenshot("wall-he");
    }
  }

  private void offerOnSlack(String text) {
    network.slackRequests.slashCommand(
        "T1", "paris", "U1", "amelie", "/offer", text, network.slack.responseUrl("offer"), "t1");
    network.slack.awaitCall("response:offer", call -> true, WAIT);
  }

  private void demandOnDiscord(String text) {
    network
        .discord
        .gateway()
        .dispatch(
            "INTERACTION_CREATE",
            new Interactions(network.discord)
                .slashCommand(telAviv, "demand", null, Map.of("text", text)));
  }

  private static List<WebElement> cards(Browser browser) {
    return browser.driver.findElements(By.cssSelector("#wall .card"));
  }

  private static String zone(Browser browser) {
    return browser.driver.findElement(By.id("tz")).getAttribute("value");
  }

  private static void waitFor(Browser browser, java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser.driver, WAIT).until(driver -> condition.getAsBoolean());
  }
}
