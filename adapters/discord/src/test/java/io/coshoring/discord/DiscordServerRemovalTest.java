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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tel Aviv's server removes the bot: its bridged channel stops at once, nothing more waits for it,
 * and Paris sees why in {@code bridge status}.
 */
class DiscordServerRemovalTest {

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
    paris =
        new Interactions.Where(
            "100", discord.addGuild("100", "Paris Makers"), discord.addUser("301", "amelie"), true);
    telAviv =
        new Interactions.Where(
            "200", discord.addGuild("200", "Tel Aviv Devs"), discord.addUser("302", "noa"), true);
    app = new DiscordTestApp(folder, discord, 1);
    app.start();
    interactions = new Interactions(discord);
  }

  @AfterEach
  void stop() {
    app.close();
    discord.close();
  }

  @Test
  void aServerThatRemovesTheBotHasItsChannelStoppedAndTheOtherSideSeesIt() {
    String created = answer(paris, "create", Map.of("name", "makers"));
    Matcher code = Pattern.compile("([A-Z0-9]{4}-[A-Z0-9]{4})").matcher(created);
    assertTrue(code.find(), created);
    assertTrue(answer(telAviv, "join", Map.of("code", code.group(1))).contains("now in bridge"));

    JsonObject removed = new JsonObject();
    removed.addProperty("id", "200");
    discord.gateway().dispatch("GUILD_DELETE", removed);
    awaitStopped();

    String status = answer(paris, "status", Map.of());
    assertTrue(status.contains("the bot was removed there"), status);
    discord.memberWrites(interactions.message(paris, discord.nextId(), "anyone there?"));
    int waiting =
        app.database.read(
            h -> h.createQuery("SELECT COUNT(*) FROM relay_queue").mapTo(Integer.class).one());
    assertEquals(0, waiting, "nothing waits for a server the bot is not in");
  }

  /** Runs {@code /coshore bridge <sub>} and returns its answer. */
  private String answer(Interactions.Where where, String sub, Map<String, String> options) {
    JsonObject command = interactions.slashCommandInGroup(where, "coshore", "bridge", sub, options);
    discord.gateway().dispatch("INTERACTION_CREATE", command);
    String token = command.get("token").getAsString();
    DiscordCall answer =
        discord.awaitCall(c -> c.method().equals("PATCH") && c.path().contains(token), WAIT);
    return answer.json().get("content").getAsString();
  }

  private void awaitStopped() {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline
        && app.database.read(
                h ->
                    h.createQuery("SELECT COUNT(*) FROM bridge_channels WHERE state = 'REMOVED'")
                        .mapTo(Integer.class)
                        .one())
            == 0) {
      sleep();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
