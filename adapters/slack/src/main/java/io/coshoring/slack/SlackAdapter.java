package io.coshoring.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.coshoring.core.CoshoringCore;
import io.coshoring.core.port.Adapter;
import io.coshoring.core.adapter.WorkQueue;
import io.coshoring.core.space.Platform;
import io.coshoring.core.storage.Database;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * coshoring as a Slack app: one Bolt app serving one workspace (a bot token) or every workspace
 * that installs it (OAuth), over HTTP routes mounted on the deployment's Javalin server or over
 * Socket Mode. The core sees Slack only through {@link #chatPort()} and the commands and clicks
 * this adapter hands it.
 */
public final class SlackAdapter implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);

  public static final String EVENTS_PATH = "/slack/events";
  public static final String INSTALL_PATH = "/slack/install";
  public static final String REDIRECT_PATH = "/slack/oauth_redirect";

  private final SlackSettings settings;
  private final App app;
  private final SlackChatPort chatPort;
  private final WorkQueue work = new WorkQueue("slack");
  private SocketModeApp socketMode;

  public SlackAdapter(SlackSettings settings, CoshoringCore core, Database database, Clock clock) {
    this.settings = settings;
    database.migrateModule("slack");
    SlackClients clients = new SlackClients(settings.apiUrl());
    SlackInstallations installations = new SlackInstallations(database, clock);
    BotTokens tokens =
        new BotTokens(settings.singleWorkspace() ? settings.botToken() : null, installations);
    SlackApi api = new SlackApi(clients, tokens);
    this.chatPort = new SlackChatPort(api);
    this.app = new App(config(settings, clients));
    if (!settings.singleWorkspace()) {
      app.asOAuthApp(true);
      app.service(installations);
      app.service(new SlackOAuthStates(database, clock));
    }
    app.use(new EventDeduplication(core.seenEvents()));
    SlackMembers members = new SlackMembers(clients, tokens);
    SlackCallers callers = new SlackCallers(members);
    core.bridging().ports().register(Platform.SLACK, new SlackBridgePort(api));
    new SlackMessages(core.bridging().relay(), core.bridging().store(), members, work)
        .register(app);
    PostModal modal = new PostModal(core.commands(), callers, work);
    modal.register(app);
    new SlashCommands(core.commands(), callers, modal, work).register(app);
    new MatchButtons(core.buttons(), work).register(app);
    new AppHome(core.commands(), callers, work).register(app);
  }

  /** The port the core's dispatcher sends Slack messages through. */
  public Adapter chatPort() {
    return chatPort;
  }

  /** Adds the Slack routes to the deployment's HTTP server; for the HTTP transport. */
  public void mount(JavalinConfig config) {
    SlackHttpRoute route = new SlackHttpRoute(app);
    config.routes.post(EVENTS_PATH, route);
    if (!settings.singleWorkspace()) {
      config.routes.get(INSTALL_PATH, route);
      config.routes.get(REDIRECT_PATH, route);
    }
  }

  /** Starts the app: connects to Slack in Socket Mode, or gets ready to take HTTP requests. */
  public void start() {
    try {
      if (settings.transport() == SlackSettings.Transport.SOCKET_MODE) {
        socketMode =
            new SocketModeApp(settings.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
        socketMode.startAsync();
        log.info("Slack: connected in Socket Mode");
      } else {
        app.start();
        log.info("Slack: taking requests on {}", EVENTS_PATH);
      }
    } catch (Exception e) {
      throw new IllegalStateException("Slack could not start: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      if (socketMode != null) {
        socketMode.close();
      } else {
        app.stop();
      }
    } catch (Exception e) {
      log.warn("Slack: stopping failed: {}", e.getMessage());
    }
    work.close();
  }

  private static AppConfig config(SlackSettings settings, SlackClients clients) {
    AppConfig.AppConfigBuilder config =
        AppConfig.builder().slack(clients.slack()).signingSecret(settings.signingSecret());
    if (settings.singleWorkspace()) {
      config.singleTeamBotToken(settings.botToken());
    } else {
      config
          .clientId(settings.clientId())
          .clientSecret(settings.clientSecret())
          .scope(SlackSettings.BOT_SCOPES)
          .userScope("")
          .oauthInstallPath(INSTALL_PATH)
          .oauthRedirectUriPath(REDIRECT_PATH)
          .redirectUri(settings.publicUrl() == null ? null : settings.publicUrl() + REDIRECT_PATH)
          // Bolt would otherwise read Slack's variables from the environment behind our back.
          .singleTeamBotToken(null);
    }
    return config.build();
  }
}
