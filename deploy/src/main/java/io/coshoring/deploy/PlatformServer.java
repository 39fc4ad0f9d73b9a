package io.coshoring.deploy;

import io.coshoring.core.AdapterFailure;
import io.coshoring.core.CoreBuilder;
import io.coshoring.core.CoshoringCore;
import io.coshoring.core.api.AdapterFactory;
import io.coshoring.discord.DiscordAdapter;
import io.coshoring.slack.SlackAdapter;
import io.javalin.Javalin;
import java.nio.file.Path;
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
  private static final String DISCORD_HINT =
      "Check DISCORD_TOKEN (Bot, Reset Token, in the developer portal) and that Discord is"
          + " reachable.";

  private final CoshoringCore core;
  private final Path dataFolder;
  private final List<String> serving = new ArrayList<>();
  private final int openPosts;
  private Javalin http;

  private PlatformServer(Settings settings, Path data) throws StartFailure {
    this.dataFolder = data;
    CoreBuilder builder = Deployment.core(data, settings.core());
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
    try {
      openPosts = core.start();
      if (settings.slack().isPresent()) {
        SlackAdapter slack = core.adapter(SlackAdapter.class);
        http = Javalin.create(slack::mount).start(settings.http().host(), settings.http().port());
        serving.add(
            "Slack ("
                + settings.slack().get().transport().name().toLowerCase(Locale.ROOT)
                + ", HTTP on port "
                + http.port()
                + ")");
      }
      settings.discord().ifPresent(discord -> serving.add("Discord"));
    } catch (AdapterFailure e) {
      close();
      throw withHint(e);
    }
  }

  private static StartFailure withHint(AdapterFailure e) {
    return new StartFailure(
        e.getMessage() + ". " + ("slack".equals(e.platform()) ? SLACK_HINT : DISCORD_HINT), e);
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

  @Override
  public void close() {
    if (http != null) {
      http.stop();
    }
    core.close();
  }
}
