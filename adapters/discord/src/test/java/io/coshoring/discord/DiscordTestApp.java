package io.coshoring.discord;

import io.coshoring.core.CoreSettings;
import io.coshoring.core.CoshoringCore;
import io.coshoring.core.port.ChatPorts;
import io.coshoring.core.space.Platform;
import io.coshoring.core.storage.Database;
import io.coshoring.discord.testing.FakeDiscord;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.SkillTaxonomy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** The application as the deployment wires it for Discord, on a real SQLite file. */
public final class DiscordTestApp implements AutoCloseable {

  private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();

  public final CoshoringCore core;
  public final DiscordAdapter discord;

  /** Connected at once, over one gateway connection. */
  public DiscordTestApp(Path folder, FakeDiscord fake) {
    this(folder, fake, 1);
    discord.start();
  }

  /** Not connected yet: the test adds servers to the fake first, then calls {@code start}. */
  public DiscordTestApp(Path folder, FakeDiscord fake, int shards) {
    Clock clock = Clock.systemUTC();
    Database database = Database.sqlite(folder);
    ChatPorts ports = new ChatPorts();
    core =
        new CoshoringCore(
            database,
            MatchingEngine.inMemory(TAXONOMY, clock),
            ports,
            clock,
            new CoreSettings(5, Duration.ofDays(30), 1_000, Duration.ofMillis(200)));
    discord =
        new DiscordAdapter(
            new DiscordSettings(FakeDiscord.TOKEN, fake.restUrl(), fake.gateway().url(), shards),
            core,
            database);
    ports.register(Platform.DISCORD, discord.chatPort());
    core.start();
  }

  @Override
  public void close() {
    discord.close();
    core.close();
  }
}
