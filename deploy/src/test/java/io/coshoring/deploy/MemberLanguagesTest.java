package io.coshoring.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.discord.testing.FakeDiscord;
import io.coshoring.discord.testing.Interactions;
import io.coshoring.slack.testing.FakeSlack;
import io.coshoring.slack.testing.SlackCall;
import io.coshoring.slack.testing.SlackRequests;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One match, two languages: a member in Paris who reads the bot in French, on Slack, and one in Tel
 * Aviv who reads it in Hebrew, on Discord, each get the proposal and the introduction in their own
 * language, whoever's action sent it; the posts themselves are shown as their authors wrote them.
 */
class MemberLanguagesTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String ISOLATE = "\u2068";
  private static final String END_ISOLATE = "\u2069";

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
  void aFrenchMemberAndAHebrewMemberReadTheSameMatchEachInTheirLanguage() {
    String channel = discord.addGuild("200", "Tel Aviv Devs");
    Interactions.Where telAviv =
        new Interactions.Where("200", channel, discord.addUser("302", "noa"), false);
    network.start();
    SlackRequests requests = network.slackRequests;
    Interactions interactions = new Interactions(discord);

    requests.slashCommand(
        "T1",
        "paris",
        "U1",
        "amelie",
        "/coshore",
        "profile lang:fr,en",
        slack.responseUrl("profile"),
        "t0");
    SlackCall profile = slack.awaitCall("response:profile", call -> true, WAIT);
    assertTrue(profile.toString().contains("Votre profil"), profile.toString());
    discord
        .gateway()
        .dispatch(
            "INTERACTION_CREATE",
            interactions.slashCommand(telAviv, "coshore", "profile", Map.of("lang", "he,en")));
    DiscordCall hebrewProfile =
        discord.awaitCall(
            c -> c.body() != null && c.body().toString().contains("הפרופיל שלך"), WAIT);
    assertTrue(hebrewProfile.body().toString().contains("עברית"), hebrewProfile.toString());

    MixedNetwork.Proposals proposals = network.amelieDemandsWhatNoaOffers(telAviv);
    String french = proposals.toAmelie().param("text") + proposals.toAmelie().param("blocks");
    assertTrue(french.contains("Nouvelle mise en relation"), french);
    assertTrue(french.contains("Ça m’intéresse"), "the buttons too: " + french);
    assertTrue(french.contains("I build React and TypeScript"), "the post is not translated");
    // The reasons too, in the reader's words; the skills are the engine's names for them.
    assertTrue(french.contains("compétences en commun : react, typescript"), french);
    String hebrew = proposals.toNoa().body().toString();
    assertTrue(hebrew.contains("התאמה חדשה"), hebrew);
    assertTrue(hebrew.contains("מעניין אותי"), "the buttons too: " + hebrew);
    assertTrue(hebrew.contains("Need a React developer"), "the post is not translated");
    assertTrue(
        hebrew.contains("כישורים משותפים: " + ISOLATE + "react, typescript" + END_ISOLATE), hebrew);
    // A Latin name in a right-to-left text is set apart, so that it keeps its own direction.
    assertTrue(hebrew.contains(ISOLATE + "amelie" + END_ISOLATE), hebrew);

    network.amelieIsInterested(proposals);
    // The answer takes the buttons' place, in French too.
    slack.awaitCall("chat.update", c -> c.param("blocks").contains("C’est noté"), WAIT);
    network.noaIsInterested(proposals, telAviv);

    SlackCall frenchIntro =
        slack.awaitCall(
            "chat.postMessage",
            c -> c.param("channel").equals("U1") && c.param("text").contains("C’est un match"),
            WAIT);
    assertTrue(frenchIntro.param("blocks").contains("noa"), frenchIntro.toString());
    assertTrue(
        frenchIntro.param("blocks").contains("Ouvrir un salon de projet"), frenchIntro.toString());
    DiscordCall hebrewIntro =
        discord.awaitCall(
            c ->
                c.path().equals("channels/" + discord.dmChannelOf("302") + "/messages")
                    && c.body().toString().contains("יש התאמה"),
            WAIT);
    assertTrue(
        hebrewIntro.body().toString().contains("פתיחת חדר פרויקט"), hebrewIntro.body().toString());
  }
}
