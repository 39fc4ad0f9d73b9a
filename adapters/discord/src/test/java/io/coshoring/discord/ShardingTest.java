package io.coshoring.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.CoreSettings;
import io.coshoring.core.CoshoringCore;
import io.coshoring.core.port.ChatPorts;
import io.coshoring.core.space.Platform;
import io.coshoring.core.storage.Database;
import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.discord.testing.FakeDiscord;
import io.coshoring.discord.testing.Interactions;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.SkillTaxonomy;
import java.nio.file.Path;
import java.time.Clock;
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
  private CoshoringCore core;
  private DiscordAdapter adapter;

  @BeforeEach
  void start() {
    discord = FakeDiscord.start();
    Clock clock = Clock.systemUTC();
    Database database = Database.sqlite(folder);
    ChatPorts ports = new ChatPorts();
    core =
        new CoshoringCore(
            database,
            MatchingEngine.inMemory(SkillTaxonomy.standard(), clock),
            ports,
            clock,
            new CoreSettings(5, Duration.ofDays(30), 100, Duration.ofMillis(200)));
    adapter =
        new DiscordAdapter(
            new DiscordSettings(FakeDiscord.TOKEN, discord.restUrl(), discord.gateway().url(), 2),
            core,
            database);
    ports.register(Platform.DISCORD, adapter.chatPort());
    core.start();
  }

  @AfterEach
  void stop() {
    adapter.close();
    core.close();
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
    adapter.start();
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
