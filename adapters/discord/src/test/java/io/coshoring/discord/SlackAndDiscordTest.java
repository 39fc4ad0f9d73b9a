package io.coshoring.discord;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.CoreSettings;
import io.coshoring.core.CoshoringCore;
import io.coshoring.core.port.ChatPorts;
import io.coshoring.core.space.Platform;
import io.coshoring.core.storage.Database;
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
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One network, two platforms: an entrepreneur in Paris on Slack and a developer in Tel Aviv on
 * Discord are matched, say yes, and are introduced, each on their own platform.
 */
class SlackAndDiscordTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path folder;

  private FakeSlack slack;
  private FakeDiscord discord;
  private CoshoringCore core;
  private SlackAdapter slackAdapter;
  private DiscordAdapter discordAdapter;
  private Javalin server;

  @BeforeEach
  void start() {
    slack = FakeSlack.start();
    slack.addWorkspace("T1", "xoxb-paris");
    slack.addUser("T1", "U1", "amelie", "Europe/Paris", false);
    discord = FakeDiscord.start();
    Clock clock = Clock.systemUTC();
    Database database = Database.sqlite(folder);
    ChatPorts ports = new ChatPorts();
    core =
        new CoshoringCore(
            database,
            MatchingEngine.inMemory(SkillTaxonomy.standard(), clock),
            ports,
            clock,
            new CoreSettings(5, Duration.ofDays(30), 100, Duration.ofMillis(200)));
    slackAdapter =
        new SlackAdapter(
            new SlackSettings(
                SlackSettings.Transport.HTTP,
                "secret",
                "xoxb-paris",
                null,
                null,
                null,
                null,
                slack.apiUrl()),
            core,
            database,
            clock);
    discordAdapter =
        new DiscordAdapter(
            new DiscordSettings(FakeDiscord.TOKEN, discord.restUrl(), discord.gateway().url(), 1),
            core,
            database);
    ports.register(Platform.SLACK, slackAdapter.chatPort());
    ports.register(Platform.DISCORD, discordAdapter.chatPort());
    core.start();
    slackAdapter.start();
    server = Javalin.create(config -> slackAdapter.mount(config)).start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    server.stop();
    discordAdapter.close();
    slackAdapter.close();
    core.close();
    discord.close();
    slack.close();
  }

  @Test
  void aSlackMemberAndADiscordMemberAreIntroduced() {
    String channel = discord.addGuild("200", "Tel Aviv Devs");
    Interactions.Where telAviv =
        new Interactions.Where("200", channel, discord.addUser("302", "noa"), false);
    discordAdapter.start();
    SlackRequests requests =
        new SlackRequests("http://127.0.0.1:" + server.port() + SlackAdapter.EVENTS_PATH, "secret");
    Interactions interactions = new Interactions(discord);

    requests.slashCommand(
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
            interactions.slashCommand(
                telAviv,
                "offer",
                null,
                Map.of("text", "I build React and TypeScript front-ends, 6 years, remote")));

    SlackCall toAmelie =
        slack.awaitCall(
            "chat.postMessage",
            c ->
                c.param("channel").equals("U1")
                    && c.actionIds().stream().anyMatch(id -> id.startsWith("match:interested:")),
            WAIT);
    DiscordCall toNoa =
        discord.awaitCall(
            c ->
                c.path().equals("channels/" + discord.dmChannelOf("302") + "/messages")
                    && DiscordMatchEndToEndTest.buttonIds(c).stream()
                        .anyMatch(id -> id.startsWith("match:interested:")),
            WAIT);

    String slackAction =
        toAmelie.actionIds().stream()
            .filter(id -> id.startsWith("match:interested:"))
            .findFirst()
            .orElseThrow();
    requests.blockAction(
        "T1",
        "U1",
        slackAction,
        "DU1",
        toAmelie.answer().get("ts").getAsString(),
        slack.responseUrl("click"));
    DiscordMatchEndToEndTest.clickInDm(discord, interactions, telAviv.user(), toNoa);

    SlackCall slackIntro =
        slack.awaitCall(
            "chat.postMessage",
            c -> c.param("channel").equals("U1") && c.param("text").contains("It's a match!"),
            WAIT);
    assertTrue(slackIntro.param("blocks").contains("noa"), slackIntro.toString());
    assertTrue(slackIntro.param("blocks").contains("Discord"), slackIntro.toString());
    DiscordCall discordIntro =
        discord.awaitCall(
            c ->
                c.path().equals("channels/" + discord.dmChannelOf("302") + "/messages")
                    && c.body().toString().contains("It's a match!"),
            WAIT);
    assertTrue(discordIntro.body().toString().contains("Slack"), discordIntro.body().toString());
  }
}
