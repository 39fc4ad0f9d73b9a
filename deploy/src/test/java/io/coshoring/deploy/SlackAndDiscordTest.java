package io.coshoring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.discord.testing.FakeDiscord;
import io.coshoring.discord.testing.Interactions;
import io.coshoring.slack.testing.FakeSlack;
import io.coshoring.slack.testing.SlackCall;
import io.coshoring.slack.testing.SlackRequests;
import java.nio.file.Path;
import java.time.Duration;
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

  private MixedNetwork network;
  private FakeSlack slack;
  private FakeDiscord discord;

  @BeforeEach
  void start() {
    network = new MixedNetwork(folder);
    slack = network.slack;
    discord = network.discord;
  }

  @AfterEach
  void stop() {
    network.close();
  }

  @Test
  void aSlackMemberAndADiscordMemberAreIntroduced() {
    String channel = discord.addGuild("200", "Tel Aviv Devs");
    Interactions.Where telAviv =
        new Interactions.Where("200", channel, discord.addUser("302", "noa"), false);
    network.start();
    SlackRequests requests = network.slackRequests;

    MixedNetwork.Proposals proposals = network.amelieDemandsWhatNoaOffers(telAviv);
    network.amelieIsInterested(proposals);
    network.noaIsInterested(proposals, telAviv);

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

    // Either of them opens a project room: a private channel on each side, bridged. Discord
    // refuses the first try: the Slack side opened, and the button stays for another try.
    String openRoom =
        slackIntro.actionIds().stream()
            .filter(id -> id.startsWith("room:open:"))
            .findFirst()
            .orElseThrow();
    discord.failNext("guilds/200/channels", 1, 403, 0);
    requests.blockAction(
        "T1",
        "U1",
        openRoom,
        "DU1",
        slackIntro.answer().get("ts").getAsString(),
        slack.responseUrl("room"));
    SlackCall refused =
        slack.awaitCall("chat.update", c -> c.param("blocks").contains("couldn"), WAIT);
    assertTrue(refused.actionIds().contains(openRoom), "the button stays: " + refused);
    requests.blockAction(
        "T1",
        "U1",
        openRoom,
        "DU1",
        slackIntro.answer().get("ts").getAsString(),
        slack.responseUrl("room-again"));
    SlackCall created =
        slack.awaitCall("conversations.create", c -> c.param("name").startsWith("project-"), WAIT);
    assertTrue(created.param("is_private").matches("1|true"), "a private channel");
    String slackRoom = created.answer().getAsJsonObject("channel").get("id").getAsString();
    assertEquals(
        "U1",
        slack
            .awaitCall("conversations.invite", c -> c.param("channel").equals(slackRoom), WAIT)
            .param("users"));
    DiscordCall discordRoom =
        discord.awaitCall(
            c -> c.method().equals("POST") && c.path().equals("guilds/200/channels"), WAIT);
    assertTrue(
        discordRoom.body().toString().contains("302"), "Noa is let in: " + discordRoom.body());
    slack.awaitCall(
        "chat.postMessage",
        c -> c.param("channel").equals(slackRoom) && c.param("text").contains("Welcome"),
        WAIT);
    discord.awaitCall(
        c ->
            c.path().startsWith("webhooks/")
                && c.body() != null
                && c.body().toString().contains("Welcome"),
        WAIT);
    assertTrue(
        slack
            .awaitCall("chat.update", c -> c.param("blocks").contains("project room"), WAIT)
            .param("blocks")
            .contains("is open"));
    assertEquals(1, slack.calls("conversations.create").size(), "the Slack side opened once");
  }
}
