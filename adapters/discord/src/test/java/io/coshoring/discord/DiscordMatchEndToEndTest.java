package io.coshoring.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.discord.testing.FakeDiscord;
import io.coshoring.discord.testing.Interactions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Members of two Discord servers post a matching offer and demand through INTERACTION_CREATE
 * events; both get a DM with buttons, both click, both are introduced. JDA runs for real against
 * the fake's REST API and gateway, which drops the connection in the middle.
 */
class DiscordMatchEndToEndTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path folder;

  private FakeDiscord discord;
  private DiscordTestApp app;
  private Interactions interactions;
  private Interactions.Where paris;
  private Interactions.Where telAviv;

  @BeforeEach
  void start() {
    discord = FakeDiscord.start();
    String parisChannel = discord.addGuild("100", "Paris Makers");
    String telAvivChannel = discord.addGuild("200", "Tel Aviv Devs");
    paris = new Interactions.Where("100", parisChannel, discord.addUser("301", "amelie"), false);
    telAviv = new Interactions.Where("200", telAvivChannel, discord.addUser("302", "noa"), false);
    interactions = new Interactions(discord);
    app = new DiscordTestApp(folder, discord);
  }

  @AfterEach
  void stop() {
    app.close();
    discord.close();
  }

  @Test
  void membersOfTwoServersAreMatchedAndIntroduced() {
    discord.awaitCall(c -> c.method().equals("PUT") && c.path().endsWith("/commands"), WAIT);

    command(
        paris,
        "offer",
        Map.of(
            "text",
            "I build React and TypeScript front-ends, 6 years. Remote. #react #typescript"
                + " [portfolio.example](https://evil.example) **cheap**"));
    awaitAnswer("is posted");

    discord.gateway().disconnect();
    command(
        telAviv,
        "demand",
        Map.of("text", "Need a React developer with TypeScript for 3 weeks, remote"));
    discord.gateway().awaitReady(WAIT);
    awaitAnswer("is posted");

    DiscordCall toAmelie = awaitDm("301");
    DiscordCall toNoa = awaitDm("302");
    // What Amélie wrote reads as she wrote it in Noa's DM: no masked link, no bold.
    String shown = toNoa.body().toString();
    assertTrue(
        shown.contains("\\\\[portfolio.example\\\\](https://evil.example) \\\\*\\\\*cheap"), shown);

    click(paris.user(), toAmelie);
    click(telAviv.user(), toNoa);

    awaitDmText("301", "It's a match!");
    awaitDmText("302", "It's a match!");
    DiscordCall edited =
        discord.awaitCall(
            c ->
                c.method().equals("PATCH")
                    && c.path().endsWith("/messages/@original")
                    && !c.body().toString().contains("I'm interested")
                    && c.json().has("components"),
            WAIT);
    assertTrue(edited.buttonIds().isEmpty(), "the clicked DM lost its buttons: " + edited.body());
    assertTrue(discord.gateway().resumes() >= 1, "the bot resumed after the drop");
    assertEquals(1, discord.gateway().identifies(), "resumed, not identified again");
  }

  @Test
  void aDemandCanSayItsWorkNeedsNoSharedHours() {
    discord.awaitCall(c -> c.method().equals("PUT") && c.path().endsWith("/commands"), WAIT);

    command(paris, "offer", Map.of("text", "React developer, hooks and tests #react"));
    awaitAnswer("is posted");
    command(
        telAviv,
        "demand",
        Map.of("text", "Need a React developer for a small widget", "overlap", "async"));
    awaitAnswer("is posted");

    String shown = awaitDm("302").body().toString();
    assertTrue(shown.contains("async-friendly"), shown);
  }

  private void command(Interactions.Where where, String name, Map<String, String> options) {
    discord
        .gateway()
        .dispatch("INTERACTION_CREATE", interactions.slashCommand(where, name, null, options));
  }

  private void awaitAnswer(String text) {
    discord.awaitCall(
        c ->
            c.path().startsWith("webhooks/")
                && c.method().equals("PATCH")
                && c.json().has("content")
                && c.json().get("content").getAsString().contains(text),
        WAIT);
  }

  private DiscordCall awaitDm(String userId) {
    return discord.awaitCall(
        c ->
            c.method().equals("POST")
                && c.path().equals("channels/" + discord.dmChannelOf(userId) + "/messages")
                && c.buttonIds().stream().anyMatch(id -> id.startsWith("match:interested:")),
        WAIT);
  }

  private void awaitDmText(String userId, String text) {
    discord.awaitCall(
        c ->
            c.method().equals("POST")
                && c.path().equals("channels/" + discord.dmChannelOf(userId) + "/messages")
                && c.body().toString().contains(text),
        WAIT);
  }

  /** The user clicks "I'm interested" on the DM the bot sent them. */
  private void click(JsonObject user, DiscordCall dm) {
    discord
        .gateway()
        .dispatch("INTERACTION_CREATE", interactions.clickInDm(user, dm, "match:interested:"));
  }
}
