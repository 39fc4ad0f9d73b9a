package io.coshoring.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.discord.testing.FakeDiscord;
import io.coshoring.discord.testing.Interactions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a Discord member sees for each kind of interaction: polite ephemeral errors for malformed
 * options, the posting modal and its errors, skill suggestions, and a notice when their DMs are
 * closed.
 */
class DiscordInteractionsTest {

  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir Path folder;

  private FakeDiscord discord;
  private DiscordTestApp app;
  private Interactions interactions;
  private Interactions.Where paris;
  private Interactions.Where telAviv;

  @BeforeEach
  void start() {
    discord = FakeDiscord.start();
    paris =
        new Interactions.Where(
            "100",
            discord.addGuild("100", "Paris Makers"),
            discord.addUser("301", "amelie"),
            false);
    telAviv =
        new Interactions.Where(
            "200", discord.addGuild("200", "Tel Aviv Devs"), discord.addUser("302", "noa"), false);
    interactions = new Interactions(discord);
    app = new DiscordTestApp(folder, discord);
  }

  @AfterEach
  void stop() {
    app.close();
    discord.close();
  }

  @Test
  void malformedOptionsGetPoliteEphemeralErrors() {
    assertEquals(
        "ephemeral deferral",
        deferral(
            send(
                interactions.slashCommand(
                    paris, "coshore", "profile", Map.of("tz", "Mars/Olympus_Mons")))));
    // The timezone typed, as literal text: Discord shows "Mars/Olympus_Mons".
    assertTrue(answer().contains("Mars/Olympus\\\\_Mons"), "names the timezone");

    // An answer that quotes what a member typed pings nobody, whatever it says.
    send(
        interactions.slashCommand(paris, "coshore", "search", Map.of("query", "@everyone <@301>")));
    String quoted = answer();
    assertTrue(quoted.contains("\"allowed_mentions\":{\"parse\":[]"), quoted);

    send(
        interactions.slashCommand(
            paris, "offer", null, Map.of("text", "Logo design", "rate", "60")));
    String rate = answer();
    assertTrue(rate.contains("Rate") && rate.contains("currency"), rate);

    send(interactions.slashCommand(paris, "offer", null, Map.of("text", "x".repeat(5_000))));
    String tooLong = answer();
    assertTrue(tooLong.contains("What do you offer?") && tooLong.contains("4,000"), tooLong);
    assertEquals(0, posts());
  }

  @Test
  void offerWithoutTextOpensTheModalWhoseErrorsAreListed() {
    JsonObject command = interactions.slashCommand(paris, "offer", null, Map.of());
    send(command);
    DiscordCall modal = awaitCallback(command);
    assertEquals(9, modal.json().get("type").getAsInt(), "a modal: " + modal.body());
    String modalId = modal.json().getAsJsonObject("data").get("custom_id").getAsString();

    Map<String, String> values = new LinkedHashMap<>();
    values.put("description", "I edit promo videos, FR/EN");
    values.put("price", "lots");
    values.put("until", "someday");
    send(interactions.modalSubmit(paris, modalId, values));
    String errors = answer();
    assertTrue(errors.contains("Sorry, the post isn't saved yet:"), errors);
    assertTrue(errors.contains("**Rate**") && errors.contains("**Until**"), errors);

    // Named as the form showed them, in the language of the member who sent it.
    send(interactions.modalSubmit(paris.in("fr"), modalId, values));
    String french = answer();
    assertTrue(french.contains("Désolé, l’annonce n’est pas encore enregistrée :"), french);
    assertTrue(french.contains("**Tarif**") && french.contains("**Ouverte jusqu’au**"), french);

    values.put("price", "400 EUR/day");
    values.put("until", "2099-12-31");
    send(interactions.modalSubmit(paris, modalId, values));
    assertTrue(answer().contains("is posted"));
    assertEquals(1, posts());
  }

  @Test
  void skillsAreSuggestedAsTheMemberTypes() {
    JsonObject typing = interactions.autocomplete(paris, "offer", "skills", "video editing, rea");
    send(typing);
    DiscordCall choices = awaitCallback(typing);
    assertEquals(8, choices.json().get("type").getAsInt());
    String suggested = choices.json().getAsJsonObject("data").get("choices").toString();
    assertTrue(suggested.contains("video editing, React"), suggested);
  }

  @Test
  void aMemberWithClosedDmsIsToldInTheServer() {
    discord.closeDms("301");
    postMatchingPair();
    awaitOutbox("discord:100:301", "UNDELIVERABLE");

    // Told in the language of their Discord, as the answer it comes with.
    send(interactions.slashCommand(paris.in("fr"), "coshore", "mine", Map.of()));
    String mine = answer();
    assertTrue(mine.contains("vos MP sont fermés") && mine.contains("Vos annonces ouvertes"), mine);
  }

  @Test
  void aRateLimitedDmArrivesAfterRetryAfter() {
    discord.failNext("/messages", 1, 429, 1);
    postMatchingPair();

    awaitOutbox("discord:100:301", "SENT");
    awaitOutbox("discord:200:302", "SENT");
    long limited = discord.calls().stream().filter(c -> c.status() == 429).count();
    assertEquals(1, limited, "one 429, retried by JDA after its Retry-After");
    long delivered =
        discord.calls().stream()
            .filter(
                c ->
                    c.status() == 200
                        && c.path().endsWith("/messages")
                        && c.method().equals("POST"))
            .count();
    assertEquals(2, delivered, "each match message once");
  }

  /** Amélie in Paris offers what Noa in Tel Aviv needs. */
  private void postMatchingPair() {
    send(
        interactions.slashCommand(
            paris,
            "offer",
            null,
            Map.of("text", "I build React and TypeScript apps #react #typescript")));
    answer();
    send(
        interactions.slashCommand(
            telAviv,
            "demand",
            null,
            Map.of("text", "Need a React developer with TypeScript, remote")));
    answer();
  }

  private JsonObject send(JsonObject interaction) {
    discord.gateway().dispatch("INTERACTION_CREATE", interaction);
    return interaction;
  }

  private DiscordCall awaitCallback(JsonObject interaction) {
    String path =
        "interactions/"
            + interaction.get("id").getAsString()
            + "/"
            + interaction.get("token").getAsString()
            + "/callback";
    return discord.awaitCall(c -> c.path().equals(path), WAIT);
  }

  private String deferral(JsonObject interaction) {
    DiscordCall callback = awaitCallback(interaction);
    boolean ephemeral =
        callback.json().get("type").getAsInt() == 5
            && callback.json().getAsJsonObject("data").get("flags").getAsInt() == 64;
    return ephemeral ? "ephemeral deferral" : callback.body().toString();
  }

  private int answered;

  /** The next answer edited into a deferred reply, in order. */
  private String answer() {
    int index = answered++;
    java.util.function.Predicate<DiscordCall> edit =
        c -> c.method().equals("PATCH") && c.path().startsWith("webhooks/");
    discord.awaitCall(c -> discord.calls().stream().filter(edit).count() > index, WAIT);
    return discord.calls().stream().filter(edit).toList().get(index).json().toString();
  }

  private int posts() {
    return app.database.read(
        handle -> handle.createQuery("SELECT COUNT(*) FROM posts").mapTo(Integer.class).one());
  }

  /** A direct message to the member, not an answer to a command: both wait in the outbox. */
  private void awaitOutbox(String recipient, String state) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      boolean there =
          app.database.read(
              handle ->
                  handle
                          .createQuery(
                              "SELECT COUNT(*) FROM outbox WHERE recipient_id = :r"
                                  + " AND reply_to IS NULL AND state = :s")
                          .bind("r", recipient)
                          .bind("s", state)
                          .mapTo(Integer.class)
                          .one()
                      > 0);
      if (there) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("no " + state + " message for " + recipient);
  }
}
