package io.coshoring.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.coshoring.core.adapter.Adapter;
import io.coshoring.core.adapter.AdapterTables;
import io.coshoring.core.adapter.Delivery;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.MessageRef;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.adapter.WorkQueue;
import io.coshoring.core.api.AdapterContext;
import io.coshoring.core.api.Coshoring;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * coshoring as a Slack app: one Bolt app serving one workspace (a bot token) or every workspace
 * that installs it (OAuth), over HTTP routes mounted on the deployment's Javalin server or over
 * Socket Mode. It hands the core what members do, through {@link Coshoring}; the core reaches Slack
 * through the adapter contract: direct messages, and as abilities the bridged channels ({@link
 * SlackChannelWriter}), project rooms ({@link SlackRooms}), answers to commands ({@link
 * SlackReplies}) and who sent a command ({@link SlackCallers}).
 */
public final class SlackAdapter implements Adapter {

  private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);

  /** Every Slack route starts with it. */
  public static final String PATHS_PREFIX = "/slack/";

  public static final String EVENTS_PATH = PATHS_PREFIX + "events";
  public static final String INSTALL_PATH = PATHS_PREFIX + "install";
  public static final String REDIRECT_PATH = PATHS_PREFIX + "oauth_redirect";

  private final SlackSettings settings;
  private final Clock clock;
  private final App app;
  private final SlackDirectMessages directMessages;
  private final SlackChannelWriter channels;
  private final SlackFiles files;
  private final SlackRooms rooms;
  private final SlackReplies replies;
  private final SlackCallers callers;
  private final TokenResealing resealing;
  private final WorkQueue work = new WorkQueue(SlackIds.PLATFORM);
  private SocketModeApp socketMode;

  public SlackAdapter(SlackSettings settings, AdapterContext context) {
    this.settings = settings;
    this.clock = context.clock();
    Coshoring core = context.core();
    AdapterTables tables = context.tablesOf("slack");
    SlackClients clients = new SlackClients(settings.apiUrl());
    TokenCipher cipher = new TokenCipher(settings.tokenKeys());
    SlackInstallationStore installations =
        new SlackInstallationStore(tables, context.clock(), cipher);
    this.resealing = new TokenResealing(installations, settings.tokenKeys(), cipher);
    BotTokens tokens =
        new BotTokens(settings.singleWorkspace() ? settings.botToken() : null, installations);
    SlackApi api = new SlackApi(clients, tokens);
    this.directMessages = new SlackDirectMessages(api);
    this.files = new SlackFiles(api, settings.apiUrl());
    this.channels = new SlackChannelWriter(api, files);
    this.rooms = new SlackRooms(api);
    this.app = new App(config(settings, clients));
    if (!settings.singleWorkspace()) {
      app.asOAuthApp(true);
      app.service(installations);
      app.service(new SlackOAuthStateStore(tables, context.clock()));
    }
    app.use(new EventDeduplication(core));
    SlackMembers members = new SlackMembers(clients, tokens);
    this.callers = new SlackCallers(members);
    ButtonClicks buttons = new ButtonClicks(core, api);
    this.replies = new SlackReplies(clients, buttons);
    new ChannelMessages(core, members, work).register(app);
    new ChannelReactions(core, work).register(app);
    new Uninstalls(core, tokens).register(app);
    new ArchivedChannels(core).register(app);
    PostModal modal = new PostModal(core, callers, work);
    modal.register(app);
    new SlashCommands(core, callers, modal, work).register(app);
    buttons.register(app);
    new AppHome(core, callers, work).register(app);
  }

  @Override
  public String platform() {
    return SlackIds.PLATFORM;
  }

  @Override
  public MessageRef sendDirect(MemberRef member, OutgoingMessage message, Delivery delivery)
      throws DeliveryException {
    return directMessages.send(member, message, delivery);
  }

  /**
   * Writes into bridged channels, reads the files members post there, opens project rooms as
   * private channels, answers commands at their response URLs, and looks up who sent them.
   */
  @Override
  public List<Object> abilities() {
    return List.of(channels, files, rooms, replies, callers);
  }

  /** Adds the Slack routes to the deployment's HTTP server; for the HTTP transport. */
  public void mount(JavalinConfig config) {
    SlackHttpRoute route = new SlackHttpRoute(app, settings.signingSecret(), clock);
    config.routes.post(EVENTS_PATH, route);
    if (!settings.singleWorkspace()) {
      config.routes.get(INSTALL_PATH, route);
      config.routes.get(REDIRECT_PATH, route);
    }
  }

  /**
   * Starts the app: encrypts with the current key any stored token that is not, then connects to
   * Slack in Socket Mode, or gets ready to take HTTP requests.
   *
   * @throws TokenKeyException when tokens are or would be stored and the keys do not fit them
   */
  @Override
  public void start() {
    resealing.run(!settings.singleWorkspace());
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
        AppConfig.builder()
            .slack(clients.slack())
            .signingSecret(settings.signingSecret())
            // Members joining, topics set and the like are nothing to relay; unanswered, Slack
            // would send each three times more.
            .subtypedMessageEventsAutoAckEnabled(true);
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
