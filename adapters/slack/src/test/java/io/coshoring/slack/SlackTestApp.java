package io.coshoring.slack;

import io.coshoring.core.CoreSettings;
import io.coshoring.core.CoshoringCore;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.SkillTaxonomy;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The application as the deployment wires it for Slack: core on a real SQLite file, the Slack
 * adapter, and its routes on a Javalin server on 127.0.0.1. Started again on the same folder, it is
 * the same deployment after a restart.
 */
public final class SlackTestApp implements AutoCloseable {

  public static final String SIGNING_SECRET = "test-signing-secret";

  /** The key OAuth installs are encrypted with, unless a test gives its own. */
  public static final TokenKeys KEYS = TokenKeys.of(new byte[TokenKeys.KEY_BYTES], null);

  private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();

  public final Database database;
  public final SlackAdapter slack;
  private final CoshoringCore core;
  private final Javalin server;

  private SlackTestApp(Path folder, SlackSettings settings) {
    Clock clock = Clock.systemUTC();
    database = Database.sqlite(folder);
    core =
        CoshoringCore.builder(database, MatchingEngine.inMemory(TAXONOMY, clock))
            .clock(clock)
            .settings(new CoreSettings(5, Duration.ofDays(30), 1_000, Duration.ofMillis(200)))
            .adapter(context -> new SlackAdapter(settings, context))
            .build();
    try {
      core.start();
    } catch (RuntimeException e) {
      core.close();
      throw e;
    }
    slack = core.adapter(SlackAdapter.class);
    server =
        settings.transport() == SlackSettings.Transport.HTTP
            ? Javalin.create(config -> slack.mount(config)).start("127.0.0.1", 0)
            : null;
  }

  /** Serves every workspace that installs the app through OAuth. */
  public static SlackTestApp withOAuth(Path folder, String apiUrl) {
    return withOAuth(folder, apiUrl, KEYS);
  }

  /** Serves every workspace that installs the app through OAuth, its tokens under these keys. */
  public static SlackTestApp withOAuth(Path folder, String apiUrl, TokenKeys keys) {
    return new SlackTestApp(
        folder,
        new SlackSettings(
            SlackSettings.Transport.HTTP,
            SIGNING_SECRET,
            null,
            null,
            "client-id",
            "client-secret",
            "https://coshoring.example",
            apiUrl,
            keys));
  }

  /** Serves one workspace with a bot token. */
  public static SlackTestApp withBotToken(Path folder, String apiUrl, String botToken) {
    return new SlackTestApp(
        folder,
        new SlackSettings(
            SlackSettings.Transport.HTTP,
            SIGNING_SECRET,
            botToken,
            null,
            null,
            null,
            null,
            apiUrl,
            null));
  }

  /** One workspace, its requests coming over Socket Mode. */
  public static SlackTestApp overSocketMode(
      Path folder, String apiUrl, String botToken, String appToken) {
    return new SlackTestApp(
        folder,
        new SlackSettings(
            SlackSettings.Transport.SOCKET_MODE,
            SIGNING_SECRET,
            botToken,
            appToken,
            null,
            null,
            null,
            apiUrl,
            null));
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  public String eventsUrl() {
    return baseUrl() + SlackAdapter.EVENTS_PATH;
  }

  /** How many posts the database holds, open or not. */
  public int postCount() {
    return rows("posts");
  }

  /** How many rows a table holds: what waits, what failed, what was kept. */
  public int rows(String table) {
    return database.read(
        handle -> handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop();
    }
    core.close();
  }
}
