package io.coshoring.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A direct message sent, then not recorded as sent (the crash point between the two), is sent
 * again, and Discord shows it once: the message's nonce, drawn from its idempotency key and
 * enforced, makes Discord return the first copy.
 */
class DiscordDeliveryTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path folder;

  private FakeDiscord discord;
  private DiscordTestApp app;

  @BeforeEach
  void start() {
    discord = FakeDiscord.start();
    app = new DiscordTestApp(folder, discord, 1);
  }

  @AfterEach
  void stop() {
    app.close();
    discord.close();
  }

  @Test
  void aMessageSentButNotMarkedIsSentAgainAndShownOnce() {
    String channel = discord.addGuild("100", "Paris Makers");
    Interactions.Where amelie =
        new Interactions.Where("100", channel, discord.addUser("301", "amelie"), false);
    Interactions.Where noa =
        new Interactions.Where("100", channel, discord.addUser("302", "noa"), false);
    app.start();
    // The crash point: the row that records a sent message cannot be written.
    app.database.write(
        h ->
            h.execute(
                "CREATE TRIGGER crash_point BEFORE UPDATE OF state ON outbox"
                    + " WHEN NEW.state = 'SENT'"
                    + " BEGIN SELECT RAISE(ABORT, 'crash after sending'); END"));

    command(amelie, "offer", "I edit promo videos, Premiere Pro and After Effects #video-editing");
    awaitAnswer("Your offer");
    command(noa, "demand", "Need a video editor for a 60 s promo video #video-editing");
    String toNoa = discord.dmChannelOf("302");
    discord.awaitCall(c -> isMessageIn(c, toNoa), WAIT);
    awaitAttemptsRecorded("discord:100:302");

    app.database.write(h -> h.execute("DROP TRIGGER crash_point"));
    awaitSent("discord:100:302");

    assertTrue(
        discord.calls().stream().filter(c -> isMessageIn(c, toNoa)).count() >= 2,
        "the message was sent again after the crash point");
    assertEquals(1, discord.messagesCreatedIn(toNoa), "and shown once");
  }

  private void command(Interactions.Where where, String name, String text) {
    discord
        .gateway()
        .dispatch(
            "INTERACTION_CREATE",
            new Interactions(discord).slashCommand(where, name, null, Map.of("text", text)));
  }

  private void awaitAnswer(String text) {
    discord.awaitCall(
        c ->
            c.method().equals("PATCH")
                && c.path().startsWith("webhooks/")
                && c.json().has("content")
                && c.json().get("content").getAsString().contains(text),
        WAIT);
  }

  private static boolean isMessageIn(DiscordCall call, String channel) {
    return call.method().equals("POST") && call.path().equals("channels/" + channel + "/messages");
  }

  /** A direct message's attempts, not an answer's to a command: both wait in the outbox. */
  private void awaitAttemptsRecorded(String recipient) {
    await(
        recipient,
        "SELECT COUNT(*) FROM outbox WHERE recipient_id = :r AND reply_to IS NULL"
            + " AND attempts > 0 AND state = 'PENDING'");
  }

  private void awaitSent(String recipient) {
    await(
        recipient,
        "SELECT COUNT(*) FROM outbox WHERE recipient_id = :r AND reply_to IS NULL"
            + " AND state = 'SENT'");
  }

  private void await(String recipient, String sql) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (app.database.read(
            h -> h.createQuery(sql).bind("r", recipient).mapTo(Integer.class).one())
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
