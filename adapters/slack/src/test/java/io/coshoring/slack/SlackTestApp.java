package io.coshoring.slack;

import io.coshoring.core.CoreSettings;
import io.coshoring.core.CoshoringCore;
import io.coshoring.core.port.ChatPorts;
import io.coshoring.core.space.Platform;
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

  private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();

  public final CoshoringCore core;
  public final SlackAdapter slack;
  private final Javalin server;

  private SlackTestApp(Path folder, SlackSettings settings, boolean deliver) {
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
    slack = new SlackAdapter(settings, core, database, clock);
    ports.register(Platform.SLACK, slack.chatPort());
    if (deliver) {
      core.start();
    } else {
      core.loadOpenPosts();
    }
    slack.start();
    server =
        settings.transport() == SlackSettings.Transport.HTTP
            ? Javalin.create(config -> slack.mount(config)).start("127.0.0.1", 0)
            : null;
  }

  /** Serves every workspace that installs the app through OAuth. */
  public static SlackTestApp withOAuth(Path folder, String apiUrl) {
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
            apiUrl),
        true);
  }

  /** Serves one workspace with a bot token. */
  public static SlackTestApp withBotToken(Path folder, String apiUrl, String botToken) {
    return new SlackTestApp(
        folder,
        new SlackSettings(
            SlackSettings.Transport.HTTP, SIGNING_SECRET, botToken, null, null, null, null, apiUrl),
        true);
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
            apiUrl),
        true);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  public String eventsUrl() {
    return baseUrl() + SlackAdapter.EVENTS_PATH;
  }

  /** How many posts the database holds, open or not. */
  public int postCount() {
    return core.database()
        .read(
            handle -> handle.createQuery("SELECT COUNT(*) FROM posts").mapTo(Integer.class).one());
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop();
    }
    slack.close();
    core.close();
  }
}
