package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The bot answers each Slack member in the language their Slack runs in, which Slack tells only to
 * whoever asks {@code users.info} with {@code include_locale}: signed slash commands in, the
 * answers the fake Slack received at their response URLs out.
 */
class SlackLanguagesTest {

  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir Path folder;

  private FakeSlack slack;
  private SlackTestApp app;
  private SlackRequests requests;

  @BeforeEach
  void start() {
    slack = FakeSlack.start();
    slack.addWorkspace("T1", "xoxb-one");
    slack.addUser("T1", "U1", "amelie", "Europe/Paris", false).setLocale("T1", "U1", "fr-FR");
    slack.addUser("T1", "U2", "noa", "Asia/Jerusalem", false).setLocale("T1", "U2", "he-IL");
    slack.addUser("T1", "U3", "sam", "America/New_York", false);
    app = SlackTestApp.withBotToken(folder, slack.apiUrl(), "xoxb-one");
    requests = new SlackRequests(app.eventsUrl(), SlackTestApp.SIGNING_SECRET);
  }

  @AfterEach
  void stop() {
    app.close();
    slack.close();
  }

  @Test
  void aMemberWhoseSlackIsInFrenchReadsTheBotInFrench() {
    String answer = profileOf("U1", "amelie");

    assertTrue(answer.startsWith("*Votre profil*\n"), answer);
    assertTrue(answer.contains("\nJe vous écris en : Français\n"), answer);
  }

  @Test
  void aMemberWhoseSlackIsInHebrewReadsTheBotInHebrew() {
    String answer = profileOf("U2", "noa");

    assertTrue(answer.startsWith("*הפרופיל שלך*\n"), answer);
    assertTrue(answer.contains("\nשפת ההודעות שלי אליך: \u2068עברית\u2069\n"), answer);
  }

  @Test
  void aMemberWhoseSlackIsInAmericanEnglishReadsTheBotInEnglish() {
    String answer = profileOf("U3", "sam");

    assertTrue(answer.startsWith("*Your profile*\n"), answer);
    assertTrue(answer.contains("\nI write to you in: English\n"), answer);
  }

  @Test
  void slackIsAskedForTheLocaleAsItMustBe() {
    profileOf("U1", "amelie");

    SlackCall asked = slack.awaitCall("users.info", call -> "U1".equals(call.param("user")), WAIT);
    assertEquals("1", asked.param("include_locale"), asked.toString());
  }

  /**
   * GIVEN a member of T1, WHEN they run {@code /coshore profile}, THEN what the bot answered, as
   * Slack shows it: the mrkdwn of the answer's section.
   */
  private String profileOf(String userId, String userName) {
    String name = "profile-" + userId;
    assertEquals(
        200,
        requests
            .slashCommand(
                "T1",
                "paris",
                userId,
                userName,
                "/coshore",
                "profile",
                slack.responseUrl(name),
                "trigger-" + userId)
            .statusCode());
    SlackCall answer = slack.awaitCall("response:" + name, call -> true, WAIT);
    return String.join("\n", answer.sectionTexts());
  }
}
