package io.coshoring.deploy;

import io.coshoring.core.CoshoringCore;
import io.coshoring.core.port.ChatPorts;
import io.coshoring.core.space.Platform;
import io.coshoring.core.storage.Database;
import io.coshoring.discord.DiscordAdapter;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.SkillTaxonomy;
import io.coshoring.slack.SlackAdapter;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The deployment serving real platforms: the core, the Slack adapter with its HTTP server, the
 * Discord adapter, whichever the settings name; one network across all of them.
 */
final class PlatformServer implements AutoCloseable {

  /** A platform could not start; the message says which and what to check. */
  static final class StartFailure extends Exception {
    private static final long serialVersionUID = 1L;

    StartFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final CoshoringCore core;
  private final Path dataFolder;
  private final List<AutoCloseable> parts = new ArrayList<>();
  private final List<String> serving = new ArrayList<>();
  private final int openPosts;

  private PlatformServer(Settings settings, Path data) throws StartFailure {
    this.dataFolder = data;
    Clock clock = Clock.systemUTC();
    Database database = Database.sqlite(data);
    ChatPorts ports = new ChatPorts();
    core =
        new CoshoringCore(
            database,
            MatchingEngine.inFolder(data.resolve("index"), SkillTaxonomy.standard(), clock),
            ports,
            clock,
            settings.core());
    try {
      if (settings.slack().isPresent()) {
        SlackAdapter slack =
            start(
                "Slack",
                () -> {
                  SlackAdapter adapter =
                      new SlackAdapter(settings.slack().get(), core, database, clock);
                  adapter.start();
                  return adapter;
                },
                "Check SLACK_BOT_TOKEN (or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET) and that"
                    + " Slack is reachable.");
        parts.add(slack);
        ports.register(Platform.SLACK, slack.chatPort());
        Javalin http =
            Javalin.create(config -> slack.mount(config))
                .start(settings.http().host(), settings.http().port());
        parts.add(0, http::stop);
        serving.add(
            "Slack ("
                + settings.slack().get().transport().name().toLowerCase(Locale.ROOT)
                + ", HTTP on port "
                + http.port()
                + ")");
      }
      if (settings.discord().isPresent()) {
        DiscordAdapter discord =
            start(
                "Discord",
                () -> {
                  DiscordAdapter adapter =
                      new DiscordAdapter(settings.discord().get(), core, database);
                  adapter.start();
                  return adapter;
                },
                "Check DISCORD_TOKEN (Bot, Reset Token, in the developer portal) and that"
                    + " Discord is reachable.");
        parts.add(discord);
        ports.register(Platform.DISCORD, discord.chatPort());
        serving.add("Discord");
      }
    } catch (StartFailure e) {
      close();
      throw e;
    }
    openPosts = core.start();
  }

  static PlatformServer start(Settings settings, Path data) throws StartFailure {
    return new PlatformServer(settings, data);
  }

  String describe() {
    return "coshoring serves "
        + String.join(" and ", serving)
        + "; data in "
        + dataFolder.toAbsolutePath()
        + " ("
        + openPosts
        + " open posts).";
  }

  private static <T> T start(String platform, Supplier<T> start, String hint) throws StartFailure {
    try {
      return start.get();
    } catch (RuntimeException e) {
      throw new StartFailure(platform + " could not start: " + e.getMessage() + ". " + hint, e);
    }
  }

  @Override
  public void close() {
    for (AutoCloseable part : parts) {
      try {
        part.close();
      } catch (Exception e) {
        System.err.println("coshoring: stopping failed: " + e.getMessage());
      }
    }
    core.close();
  }
}
