package io.coshoring.deploy;

import io.coshoring.core.AdapterFailure;
import io.coshoring.core.CoreBuilder;
import io.coshoring.core.CoshoringCore;
import io.coshoring.core.api.AdapterFactory;
import io.coshoring.discord.DiscordAdapter;
import io.coshoring.slack.SlackAdapter;
import io.coshoring.slack.TokenKeyException;
import io.coshoring.web.WallSite;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

  private static final String SLACK_HINT =
      "Check SLACK_BOT_TOKEN (or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET) and that Slack is"
          + " reachable.";
  private static final String KEYS_HINT =
      "Check COSHORING_SECRET_KEY, and COSHORING_SECRET_KEY_PREVIOUS while moving to a new key"
          + " (README, Tokens at rest).";
  private static final String DISCORD_HINT =
      "Check DISCORD_TOKEN (Bot, Reset Token, in the developer portal) and that Discord is"
          + " reachable.";

  private final CoshoringCore core;
  private final Path dataFolder;
  private final Health health = new Health();
  private final List<String> serving = new ArrayList<>();
  private final Javalin http;
  private WallSite wall;
  private final int openPosts;
  private final LocalDate ratesOf;

  private PlatformServer(Settings settings, Path data) throws StartFailure {
    this.dataFolder = data;
    this.ratesOf = settings.exchangeRates().date();
    CoreBuilder builder = Deployment.core(data, settings.core(), settings.exchangeRates());
    settings
        .slack()
        .ifPresent(slack -> builder.adapter(named("slack", c -> new SlackAdapter(slack, c))));
    settings
        .discord()
        .ifPresent(
            discord -> builder.adapter(named("discord", c -> new DiscordAdapter(discord, c))));
    try {
      core = builder.build();
    } catch (AdapterFailure e) {
      throw withHint(e);
    }
    // Health answers from the start, "not ready" while the posts load and the platforms connect.
    http =
        Javalin.create(
                config -> {
                  health.mount(config, SlackAdapter.PATHS_PREFIX);
                  if (settings.slack().isPresent()) {
                    core.adapter(SlackAdapter.class).mount(config);
                  }
                  wall = WallSite.mount(config, core, Clock.systemUTC(), settings.wall());
                })
            .start(settings.http().host(), settings.http().port());
    try {
      openPosts = core.start();
    } catch (AdapterFailure e) {
      close();
      throw withHint(e);
    }
    health.ready(true);
    settings
        .slack()
        .ifPresent(
            slack ->
                serving.add("Slack (" + slack.transport().name().toLowerCase(Locale.ROOT) + ")"));
    settings.discord().ifPresent(discord -> serving.add("Discord"));
  }

  private static StartFailure withHint(AdapterFailure e) {
    String hint;
    if (e.getCause() instanceof TokenKeyException) {
      hint = KEYS_HINT;
    } else {
      hint = "slack".equals(e.platform()) ? SLACK_HINT : DISCORD_HINT;
    }
    return new StartFailure(e.getMessage() + ". " + hint, e);
  }

  static PlatformServer start(Settings settings, Path data) throws StartFailure {
    return new PlatformServer(settings, data);
  }

  String describe() {
    return "coshoring serves "
        + String.join(" and ", serving)
        + "; HTTP on port "
        + http.port()
        + " (the wall at /, "
        + Health.READY
        + "); data in "
        + dataFolder.toAbsolutePath()
        + " ("
        + openPosts
        + " open posts); exchange rates of "
        + ratesOf
        + ".";
  }

  /** An adapter whose building fails says which platform it was for. */
  private static AdapterFactory named(String platform, AdapterFactory factory) {
    return context -> {
      try {
        return factory.create(context);
      } catch (RuntimeException e) {
        throw new AdapterFailure(platform, e);
      }
    };
  }

  /**
   * Stops taking traffic first, then lets the adapters finish the work they took (for a bounded
   * while) before the core goes.
   */
  @Override
  public void close() {
    health.ready(false);
    wall.close();
    http.stop();
    core.close();
  }
}
