package io.coshoring.discord;

import io.coshoring.core.CoreSettings;
import io.coshoring.core.CoshoringCore;
import io.coshoring.core.storage.Database;
import io.coshoring.discord.testing.FakeDiscord;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.SkillTaxonomy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** The application as the deployment builds it for Discord, on a real SQLite file. */
public final class DiscordTestApp implements AutoCloseable {

  private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();

  public final Database database;
  public final CoshoringCore core;
  public final DiscordAdapter discord;

  /** Started at once, over one gateway connection. */
  public DiscordTestApp(Path folder, FakeDiscord fake) {
    this(folder, fake, 1);
    start();
  }

  /** Built, not started: the test adds servers to the fake first, then calls {@link #start}. */
  public DiscordTestApp(Path folder, FakeDiscord fake, int shards) {
    Clock clock = Clock.systemUTC();
    DiscordSettings settings =
        new DiscordSettings(FakeDiscord.TOKEN, fake.restUrl(), fake.gateway().url(), shards);
    database = Database.sqlite(folder);
    core =
        CoshoringCore.builder(database, MatchingEngine.inMemory(TAXONOMY, clock))
            .clock(clock)
            .settings(new CoreSettings(5, Duration.ofDays(30), 1_000, Duration.ofMillis(200)))
            .adapter(context -> new DiscordAdapter(settings, context))
            .build();
    discord = core.adapter(DiscordAdapter.class);
  }

  /** One of the Discord adapter's abilities, as the core finds it. */
  public <T> T ability(Class<T> type) {
    return discord.abilities().stream()
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow();
  }

  /** Loads the posts, connects to the fake Discord, and starts delivery. */
  public void start() {
    core.start();
  }

  /** Closes the core, and Discord with it. */
  @Override
  public void close() {
    core.close();
  }
}
