package io.coshoring.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.discord.testing.FakeDiscord;
import io.coshoring.discord.testing.Interactions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With two shards, each server's interactions come over its own shard, and all are served. */
class ShardingTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  /** Discord puts a server on shard (id >> 22) % shards: these two land on 0 and 1. */
  private static final String ON_SHARD_0 = Long.toString(10L << 22);

  private static final String ON_SHARD_1 = Long.toString(11L << 22);

  @TempDir Path folder;

  private FakeDiscord discord;
  private DiscordTestApp app;

  @BeforeEach
  void start() {
    discord = FakeDiscord.start();
    app = new DiscordTestApp(folder, discord, 2);
  }

  @AfterEach
  void stop() {
    app.close();
    discord.close();
  }

  @Test
  void eachShardServesItsServers() {
    Interactions.Where first =
        new Interactions.Where(
            ON_SHARD_0,
            discord.addGuild(ON_SHARD_0, "Lyon Hub"),
            discord.addUser("401", "leo"),
            false);
    Interactions.Where second =
        new Interactions.Where(
            ON_SHARD_1,
            discord.addGuild(ON_SHARD_1, "Berlin Loft"),
            discord.addUser("402", "mia"),
            false);
    app.start();
    assertEquals(List.of(0, 1), discord.gateway().readyShards());

    Interactions interactions = new Interactions(discord);
    discord
        .gateway()
        .dispatch(
            "INTERACTION_CREATE", interactions.slashCommand(first, "coshore", "help", Map.of()));
    discord
        .gateway()
        .dispatch(
            "INTERACTION_CREATE", interactions.slashCommand(second, "coshore", "help", Map.of()));

    discord.awaitCall(
        c -> discord.calls().stream().filter(ShardingTest::isAnswer).count() >= 2, WAIT);
    assertTrue(
        discord.calls().stream()
            .filter(ShardingTest::isAnswer)
            .allMatch(c -> c.json().get("content").getAsString().contains("/offer")));
  }

  private static boolean isAnswer(DiscordCall call) {
    return call.method().equals("PATCH") && call.path().startsWith("webhooks/");
  }
}
