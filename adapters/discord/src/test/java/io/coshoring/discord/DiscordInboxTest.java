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
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A member's command or click goes through the core's inbox: committed before Discord is
 * acknowledged, so a crash after the acknowledgement loses nothing, and answered (in the deferred
 * reply, or in place of the buttons clicked) once Discord has the deferral.
 */
class DiscordInboxTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path folder;

  private FakeDiscord discord;
  private DiscordTestApp app;
  private Interactions.Where amelie;

  @BeforeEach
  void start() {
    discord = FakeDiscord.start();
    amelie =
        new Interactions.Where(
            "100",
            discord.addGuild("100", "Paris Makers"),
            discord.addUser("301", "amelie"),
            false);
    app = new DiscordTestApp(folder, discord, 1);
  }

  @AfterEach
  void stop() {
    app.close();
    discord.close();
  }

  /** The crash point: the command's post cannot be written. */
  @Test
  void aCommandAcknowledgedBeforeACrashIsAnsweredOnceAfterTheRestart() {
    app.start();
    app.database.write(
        h ->
            h.execute(
                "CREATE TRIGGER crash_point BEFORE INSERT ON posts"
                    + " BEGIN SELECT RAISE(ABORT, 'crash after the ack'); END"));

    // GIVEN Amélie's offer, acknowledged, and cut by the crash point as it runs
    String token =
        command(
            "offer",
            null,
            Map.of("text", "I edit promo videos, Premiere Pro and After Effects #video-editing"));
    discord.awaitCall(c -> isDeferral(c, token), WAIT);
    awaitRow("SELECT COUNT(*) FROM inbox WHERE attempts > 0", Map.of());

    // WHEN the bot crashes, and starts again on the same database
    app.close();
    app = new DiscordTestApp(folder, discord, 1);
    app.database.write(h -> h.execute("DROP TRIGGER crash_point"));
    app.start();

    // THEN the offer is posted, and Amélie is told once, in the reply her command was promised
    Predicate<DiscordCall> answer = c -> isAnswerTo(c, token);
    discord.awaitCall(answer.and(c -> content(c).contains("is posted")), WAIT);
    awaitRow(
        "SELECT COUNT(*) FROM outbox WHERE reply_to = :token AND state = 'SENT'",
        Map.of("token", token));
    assertEquals(1, discord.calls().stream().filter(answer).count(), "answered once");
    int posts =
        app.database.read(
            h -> h.createQuery("SELECT COUNT(*) FROM posts").mapTo(Integer.class).one());
    assertEquals(1, posts, "posted once");
  }

  /** The crash point: the member's answer to the match cannot be written. */
  @Test
  void aClickAcknowledgedBeforeACrashIsAnsweredInPlaceOnceAfterTheRestart() {
    Interactions interactions = new Interactions(discord);
    Interactions.Where noa =
        new Interactions.Where(
            "200", discord.addGuild("200", "Tel Aviv Devs"), discord.addUser("302", "noa"), false);
    app.start();

    // GIVEN Amélie's match with Noa, and her click on "I'm interested", acknowledged and cut
    command(
        "offer",
        null,
        Map.of("text", "I build React and TypeScript front-ends, 6 years. Remote. #react"));
    discord
        .gateway()
        .dispatch(
            "INTERACTION_CREATE",
            interactions.slashCommand(
                noa,
                "demand",
                null,
                Map.of("text", "Need a React developer with TypeScript for 3 weeks, remote")));
    DiscordCall toAmelie =
        discord.awaitCall(
            c ->
                c.path().equals("channels/" + discord.dmChannelOf("301") + "/messages")
                    && c.buttonIds().stream().anyMatch(id -> id.startsWith("match:interested:")),
            WAIT);
    app.database.write(
        h ->
            h.execute(
                "CREATE TRIGGER crash_point BEFORE UPDATE ON matches"
                    + " BEGIN SELECT RAISE(ABORT, 'crash after the ack'); END"));
    JsonObject click = interactions.clickInDm(amelie.user(), toAmelie, "match:interested:");
    discord.gateway().dispatch("INTERACTION_CREATE", click);
    String token = click.get("token").getAsString();
    discord.awaitCall(
        c -> c.path().endsWith("/" + token + "/callback") && c.json().get("type").getAsInt() == 6,
        WAIT);
    awaitRow("SELECT COUNT(*) FROM inbox WHERE kind = 'CLICK' AND attempts > 0", Map.of());

    // WHEN the bot crashes, and starts again on the same database
    app.close();
    app = new DiscordTestApp(folder, discord, 1);
    app.database.write(h -> h.execute("DROP TRIGGER crash_point"));
    app.start();

    // THEN her answer is taken, and shown once, in place of the buttons she clicked
    DiscordCall edited = discord.awaitCall(c -> isAnswerTo(c, token), WAIT);
    assertTrue(edited.buttonIds().isEmpty(), "the buttons gave way: " + edited.body());
    assertTrue(edited.body().toString().contains("interested"), edited.body().toString());
    awaitRow(
        "SELECT COUNT(*) FROM outbox WHERE kind = 'REPLY' AND state = 'SENT'"
            + " AND reply_to LIKE '%' || :token",
        Map.of("token", token));
    assertEquals(1, discord.calls().stream().filter(c -> isAnswerTo(c, token)).count());
  }

  @Test
  void anAnswerReadyBeforeDiscordHasTheDeferralWaitsForIt() {
    // GIVEN a slow network: Discord has the deferral after the core has the answer
    discord.delayAcknowledgements(Duration.ofMillis(500));
    app.start();

    // WHEN Amélie asks for help
    String token = command("coshore", "help", Map.of());

    // THEN the answer is edited in once Discord has the deferral, not refused before it
    DiscordCall edit = discord.awaitCall(c -> isAnswerTo(c, token), WAIT);
    assertEquals(200, edit.status(), edit.answer());
    assertTrue(content(edit).contains("/offer"), content(edit));
  }

  @Test
  void anInteractionDeliveredTwiceIsDeferredAndAnsweredOnce() {
    app.start();

    // WHEN the gateway delivers Amélie's command twice, as a resumed session may
    JsonObject help = new Interactions(discord).slashCommand(amelie, "coshore", "help", Map.of());
    discord.gateway().dispatch("INTERACTION_CREATE", help);
    discord.gateway().dispatch("INTERACTION_CREATE", help);
    String token = help.get("token").getAsString();

    // THEN Discord, which takes one acknowledgement, gets one, and one answer
    discord.awaitCall(c -> isAnswerTo(c, token), WAIT);
    awaitRow(
        "SELECT COUNT(*) FROM outbox WHERE reply_to = :token AND state = 'SENT'",
        Map.of("token", token));
    assertEquals(1, discord.calls().stream().filter(c -> isDeferral(c, token)).count());
    assertEquals(1, discord.calls().stream().filter(c -> isAnswerTo(c, token)).count());
  }

  /** Returns the interaction's token. */
  private String command(String name, String subcommand, Map<String, String> options) {
    JsonObject interaction =
        new Interactions(discord).slashCommand(amelie, name, subcommand, options);
    discord.gateway().dispatch("INTERACTION_CREATE", interaction);
    return interaction.get("token").getAsString();
  }

  private static boolean isDeferral(DiscordCall call, String token) {
    return call.path().endsWith("/" + token + "/callback")
        && call.json().get("type").getAsInt() == 5;
  }

  private static boolean isAnswerTo(DiscordCall call, String token) {
    return call.method().equals("PATCH")
        && call.path()
            .equals("webhooks/" + FakeDiscord.APPLICATION_ID + "/" + token + "/messages/@original");
  }

  private static String content(DiscordCall call) {
    return call.json().has("content") ? call.json().get("content").getAsString() : "";
  }

  private void awaitRow(String sql, Map<String, ?> bindings) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (app.database.read(h -> h.createQuery(sql).bindMap(bindings).mapTo(Integer.class).one())
        == 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not seen in time: " + sql);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
