package io.coshoring.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.discord.testing.Interactions;
import io.coshoring.web.FakeProviders;
import io.coshoring.web.SignInSettings;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member signed in on the wall in a real browser, with Slack through a fake provider: she answers
 * a Discord member's card, which reaches that member on Discord, and posts from the wall's form.
 * The screenshot is saved in {@code deploy/target/screenshots}.
 */
class WallSignInBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String INTERESTED = "match:interested:";

  @TempDir Path folder;

  private FakeProviders providers;
  private MixedNetwork network;
  private Interactions.Where telAviv;

  @BeforeEach
  void start() {
    providers = new FakeProviders();
    network =
        new MixedNetwork(
            folder, url -> new SignInSettings(url, providers.client(), providers.client()));
    String channel = network.discord.addGuild("200", "Tel Aviv Devs");
    telAviv = new Interactions.Where("200", channel, network.discord.addUser("302", "noa"), false);
    network.start();
  }

  @AfterEach
  void stop() {
    network.close();
    providers.close();
  }

  @Test
  void amelieSignsInWithSlackAnswersNoasDemandAndPostsFromTheWall() {
    // GIVEN Noa's demand on Discord, and Amélie, who has used the bot on Slack
    network
        .discord
        .gateway()
        .dispatch(
            "INTERACTION_CREATE",
            new Interactions(network.discord)
                .slashCommand(
                    telAviv,
                    "demand",
                    null,
                    Map.of(
                        "text", "Need a promo video edited in Premiere Pro, 2 minutes, remote")));
    network.slackRequests.slashCommand(
        "T1", "paris", "U1", "amelie", "/coshore", "help", network.slack.responseUrl("help"), "t1");
    network.slack.awaitCall("response:help", call -> true, WAIT);
    providers.signsIn("T1", "U1");

    try (Browser browser = new Browser("en")) {
      // WHEN Amélie signs in with Slack
      browser.driver.get(network.wallUrl());
      waitFor(browser, () -> cards(browser).size() == 1);
      browser.driver.findElement(By.cssSelector("a.signin.slack")).click();
      waitFor(browser, () -> visitor(browser).contains("Signed in as amelie"));

      // she is asked for an offer of her own before she can answer a demand
      interestedIn(browser, "promo video");
      waitFor(browser, () -> answerUnder(browser, "promo video").contains("post an offer"));

      // and posts one from the wall's form
      browser.driver.findElement(By.cssSelector("a[href='/wall/post?kind=offer']")).click();
      browser
          .driver
          .findElement(By.id("description"))
          .sendKeys("I translate English to French, legal and technical, 8k words a week");
      browser.driver.findElement(By.id("skills")).sendKeys("translation");
      new Select(browser.driver.findElement(By.id("place"))).selectByValue("onsite");
      browser.driver.findElement(By.id("city")).sendKeys("Paris");
      browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();

      // THEN her offer is on the wall, marked hers
      waitFor(browser, () -> cards(browser).size() == 2);
      WebElement mine = card(browser, "I translate");
      assertTrue(mine.getText().contains("Your post"), mine.getText());

      // and, her offer being on site in Paris and Noa's demand remote, nothing was proposed to Noa
      // until
      // "I'm interested" on Noa's card, which reaches her on Discord with the buttons to answer
      assertTrue(network.discord.calls().stream().noneMatch(this::proposalToNoa));
      interestedIn(browser, "promo video edited");
      waitFor(browser, () -> !answerUnder(browser, "promo video edited").isEmpty());
      DiscordCall toNoa = network.discord.awaitCall(this::proposalToNoa, WAIT);
      assertTrue(toNoa.buttonIds().size() > 1, toNoa.buttonIds().toString());
      new Actions(browser.driver)
          .scrollToElement(
              card(browser, "promo video edited").findElement(By.cssSelector(".answer")))
          .perform();
      browser.screenshot("wall-signed-in");
    }
  }

  /** A message to Noa, on Discord, with the buttons of a match proposal. */
  private boolean proposalToNoa(DiscordCall call) {
    return call.path().equals("channels/" + network.discord.dmChannelOf("302") + "/messages")
        && call.buttonIds().stream().anyMatch(id -> id.startsWith(INTERESTED));
  }

  private static void interestedIn(Browser browser, String text) {
    card(browser, text).findElement(By.cssSelector("form.interest button[type=submit]")).click();
  }

  private static String answerUnder(Browser browser, String text) {
    return card(browser, text).findElement(By.cssSelector(".answer")).getText();
  }

  private static WebElement card(Browser browser, String text) {
    return cards(browser).stream()
        .filter(card -> card.findElement(By.cssSelector(".text")).getText().contains(text))
        .findFirst()
        .orElseThrow();
  }

  private static List<WebElement> cards(Browser browser) {
    return browser.driver.findElements(By.cssSelector("#wall .card"));
  }

  private static String visitor(Browser browser) {
    List<WebElement> found = browser.driver.findElements(By.cssSelector(".visitor"));
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  private static void waitFor(Browser browser, BooleanSupplier condition) {
    new WebDriverWait(browser.driver, WAIT).until(driver -> condition.getAsBoolean());
  }
}
