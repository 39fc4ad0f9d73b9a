package io.coshoring.deploy;

import io.coshoring.core.CoreSettings;
import io.coshoring.core.CoshoringCore;
import io.coshoring.core.storage.Database;
import io.coshoring.discord.DiscordAdapter;
import io.coshoring.discord.DiscordSettings;
import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.discord.testing.FakeDiscord;
import io.coshoring.discord.testing.Interactions;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.SkillTaxonomy;
import io.coshoring.slack.SlackAdapter;
import io.coshoring.slack.SlackSettings;
import io.coshoring.slack.testing.FakeSlack;
import io.coshoring.slack.testing.SlackCall;
import io.coshoring.slack.testing.SlackRequests;
import io.coshoring.web.SignInSettings;
import io.coshoring.web.WallSettings;
import io.coshoring.web.WallSite;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * One deployment on both platforms, as {@code deploy/} wires it: workspace T1 on the fake Slack
 * (its member U1, Amélie, an admin), and servers on the fake Discord that the test adds before
 * {@link #start()}.
 */
final class MixedNetwork implements AutoCloseable {

  static final String SLACK_SECRET = "secret";

  private static final Duration WAIT = Duration.ofSeconds(20);

  private static final String INTERESTED = "match:interested:";

  final FakeSlack slack;
  final FakeDiscord discord;
  final CoshoringCore core;
  final Database database;
  final SlackRequests slackRequests;
  private final Javalin server;
  private final WallSite wall;
  private final Function<String, SignInSettings> signIn;

  MixedNetwork(Path folder) {
    this(folder, publicUrl -> SignInSettings.NONE);
  }

  /** The deployment with signing in to its wall, as the settings made for its address say. */
  MixedNetwork(Path folder, Function<String, SignInSettings> signIn) {
    this(folder, parisOnSlack(), FakeDiscord.start(), signIn);
  }

  private static FakeSlack parisOnSlack() {
    FakeSlack slack = FakeSlack.start();
    slack.addWorkspace("T1", "xoxb-paris");
    slack.addUser("T1", "U1", "amelie", "Europe/Paris", true);
    return slack;
  }

  /** The deployment again, on the same data and the same fakes: a restart. */
  MixedNetwork restart(Path folder) {
    return restart(folder, () -> {});
  }

  /** A restart, with what happens on the platforms while the deployment is stopped. */
  MixedNetwork restart(Path folder, Runnable whileStopped) {
    stopApp();
    whileStopped.run();
    MixedNetwork again = new MixedNetwork(folder, slack, discord, signIn);
    again.start();
    return again;
  }

  private MixedNetwork(
      Path folder, FakeSlack slack, FakeDiscord discord, Function<String, SignInSettings> signIn) {
    this.slack = slack;
    this.discord = discord;
    this.signIn = signIn;
    Clock clock = Clock.systemUTC();
    SlackSettings slackSettings =
        new SlackSettings(
            SlackSettings.Transport.HTTP,
            SLACK_SECRET,
            "xoxb-paris",
            null,
            null,
            null,
            null,
            slack.apiUrl(),
            null);
    DiscordSettings discordSettings =
        new DiscordSettings(FakeDiscord.TOKEN, discord.restUrl(), discord.gateway().url(), 1);
    database = Database.sqlite(folder);
    core =
        CoshoringCore.builder(database, MatchingEngine.inMemory(SkillTaxonomy.standard(), clock))
            .clock(clock)
            .settings(new CoreSettings(5, Duration.ofDays(30), 100, Duration.ofMillis(200)))
            .adapter(context -> new SlackAdapter(slackSettings, context))
            .adapter(context -> new DiscordAdapter(discordSettings, context))
            .build();
    WallSite[] mounted = new WallSite[1];
    // The port is chosen first: the sign-in's settings name the wall's address.
    int port = freePort();
    server =
        Javalin.create(
                config -> {
                  core.adapter(SlackAdapter.class).mount(config);
                  mounted[0] =
                      WallSite.mount(
                          config,
                          core,
                          clock,
                          new WallSettings(
                              WallSettings.Access.PUBLIC,
                              signIn.apply("http://127.0.0.1:" + port)));
                })
            .start("127.0.0.1", port);
    wall = mounted[0];
    slackRequests =
        new SlackRequests(
            "http://127.0.0.1:" + server.port() + SlackAdapter.EVENTS_PATH, SLACK_SECRET);
  }

  /** What Amélie, on Slack, and Noa, on Discord, were each proposed: the same match. */
  record Proposals(SlackCall toAmelie, DiscordCall toNoa) {}

  /**
   * Amélie posts a React demand on Slack, then Noa (in {@code telAviv}) a React offer on Discord;
   * returns the proposal each received.
   */
  Proposals amelieDemandsWhatNoaOffers(Interactions.Where telAviv) {
    slackRequests.slashCommand(
        "T1",
        "paris",
        "U1",
        "amelie",
        "/demand",
        "Need a React developer with TypeScript for 3 weeks, remote #react #typescript",
        slack.responseUrl("demand"),
        "t1");
    slack.awaitCall("response:demand", call -> true, WAIT);
    discord
        .gateway()
        .dispatch(
            "INTERACTION_CREATE",
            new Interactions(discord)
                .slashCommand(
                    telAviv,
                    "offer",
                    null,
                    Map.of("text", "I build React and TypeScript front-ends, 6 years, remote")));
    SlackCall toAmelie =
        slack.awaitCall(
            "chat.postMessage",
            c ->
                c.param("channel").equals("U1")
                    && c.actionIds().stream().anyMatch(id -> id.startsWith(INTERESTED)),
            WAIT);
    DiscordCall toNoa =
        discord.awaitCall(
            c ->
                c.path()
                        .equals(
                            "channels/"
                                + discord.dmChannelOf(telAviv.user().get("id").getAsString())
                                + "/messages")
                    && c.buttonIds().stream().anyMatch(id -> id.startsWith(INTERESTED)),
            WAIT);
    return new Proposals(toAmelie, toNoa);
  }

  /** Amélie clicks "I'm interested" on the proposal she received on Slack. */
  void amelieIsInterested(Proposals proposals) {
    String action =
        proposals.toAmelie().actionIds().stream()
            .filter(id -> id.startsWith(INTERESTED))
            .findFirst()
            .orElseThrow();
    slackRequests.blockAction(
        "T1",
        "U1",
        action,
        "DU1",
        proposals.toAmelie().answer().get("ts").getAsString(),
        slack.responseUrl("click"));
  }

  /** Noa clicks "I'm interested" on the proposal she received on Discord. */
  void noaIsInterested(Proposals proposals, Interactions.Where telAviv) {
    discord
        .gateway()
        .dispatch(
            "INTERACTION_CREATE",
            new Interactions(discord).clickInDm(telAviv.user(), proposals.toNoa(), INTERESTED));
  }

  /** The wall's address on this deployment's server. */
  String wallUrl() {
    return "http://127.0.0.1:" + server.port() + "/";
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the deployment: the core, Slack, and Discord on the servers the fake has now. */
  void start() {
    core.start();
  }

  private void stopApp() {
    wall.close();
    server.stop();
    core.close();
  }

  @Override
  public void close() {
    stopApp();
    discord.close();
    slack.close();
  }
}
