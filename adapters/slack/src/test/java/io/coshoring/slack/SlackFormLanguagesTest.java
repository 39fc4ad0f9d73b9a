package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.coshoring.slack.testing.FakeSlack;
import io.coshoring.slack.testing.SlackCall;
import io.coshoring.slack.testing.SlackRequests;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Slack draws itself, the posting modal and the Home tab, is in the member's language: the
 * views the fake Slack received, which it takes only within Slack's limits.
 */
class SlackFormLanguagesTest {

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
    slack.addUser("T1", "U2", "noa", "Asia/Jerusalem", false);
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
  void aMemberWhoseSlackIsInFrenchGetsTheModalInFrench() {
    types("U1", "amelie", "/coshore", "profile");

    JsonObject view = modalOpenedFor("U1", "amelie", "/offer");

    assertEquals("Publier une offre", title(view));
    assertEquals("Publier", view.getAsJsonObject("submit").get("text").getAsString());
    assertTrue(labels(view).contains("Que proposez-vous ?"), labels(view).toString());
    assertTrue(options(view).contains("Sur place"), options(view).toString());
    assertEquals(0, slack.calls("views.update").size(), "opened in French at once");
  }

  /**
   * GIVEN a French member the bot has never seen, WHEN they type {@code /offer}, THEN the modal
   * opens within the trigger's 3 seconds in the space's language, and is redrawn in French once
   * Slack has said their locale, from the hash Slack gave.
   */
  @Test
  void aModalOpenedBeforeTheLocaleIsKnownIsRedrawnInTheMembersLanguage() {
    JsonObject opened = modalOpenedFor("U1", "amelie", "/demand");
    assertEquals("Post a demand", title(opened));

    SlackCall redrawn = slack.awaitCall("views.update", call -> true, WAIT);
    assertTrue(redrawn.answer().get("ok").getAsBoolean(), "Slack took it: " + redrawn.answer());
    SlackCall open = slack.calls("views.open").get(0);
    JsonObject openedView = open.answer().getAsJsonObject("view");
    assertEquals(openedView.get("id").getAsString(), redrawn.param("view_id"));
    assertEquals(openedView.get("hash").getAsString(), redrawn.param("hash"));
    JsonObject view = JsonParser.parseString(redrawn.param("view")).getAsJsonObject();
    assertEquals("Publier une demande", title(view));
    assertTrue(labels(view).contains("De quoi avez-vous besoin ?"), labels(view).toString());
  }

  @Test
  void aMemberWhoChoseHebrewGetsTheModalInHebrew() {
    types("U2", "noa", "/coshore", "profile lang:he");

    JsonObject view = modalOpenedFor("U2", "noa", "/offer");

    assertEquals("פרסום הצעה", title(view));
    assertTrue(labels(view).contains("מה מוצע?"), labels(view).toString());
    assertTrue(options(view).contains("כל הרשת"), options(view).toString());
  }

  @Test
  void aMemberWhoseSlackIsInEnglishGetsTheModalInEnglish() {
    JsonObject view = modalOpenedFor("U3", "sam", "/offer");

    assertEquals("Post an offer", title(view));
    assertTrue(labels(view).contains("What do you offer?"), labels(view).toString());
    assertTrue(options(view).contains("The whole network"), options(view).toString());
  }

  @Test
  void anOutOfDateFormSaysSoInTheMembersLanguage() {
    types("U1", "amelie", "/coshore", "profile");

    String answer =
        requests
            .viewSubmission("T1", "U1", PostModal.CALLBACK_ID, "SOMETHING_ELSE", Map.of())
            .body();

    JsonObject errors = JsonParser.parseString(answer).getAsJsonObject().getAsJsonObject("errors");
    assertTrue(
        errors.get("description").getAsString().startsWith("Ce formulaire n’est plus à jour"),
        answer);
  }

  @Test
  void theHomeTabEndsInTheMembersLanguage() {
    types("U3", "sam", "/coshore", "profile lang:fr");
    JsonObject opened = new JsonObject();
    opened.addProperty("type", "app_home_opened");
    opened.addProperty("user", "U3");
    opened.addProperty("channel", "D3");
    opened.addProperty("tab", "home");
    opened.addProperty("event_ts", "1700000000.000001");

    assertEquals(200, requests.event("T1", "Ev1", opened, null).statusCode());

    SlackCall home = slack.awaitCall("views.publish", call -> true, WAIT);
    assertTrue(home.answer().get("ok").getAsBoolean(), "Slack took it: " + home.answer());
    JsonArray blocks =
        JsonParser.parseString(home.param("view")).getAsJsonObject().getAsJsonArray("blocks");
    assertEquals(
        "coshoring",
        blocks.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString());
    String closing =
        blocks
            .get(blocks.size() - 1)
            .getAsJsonObject()
            .getAsJsonObject("text")
            .get("text")
            .getAsString();
    assertTrue(closing.startsWith("Publiez avec `/offer` ou `/demand`"), closing);
  }

  /** GIVEN a member of T1, WHEN they type a command, THEN its answer has come back. */
  private void types(String userId, String userName, String command, String text) {
    String name = "answer-" + userId + "-" + slack.calls().size();
    requests.slashCommand(
        "T1", "paris", userId, userName, command, text, slack.responseUrl(name), "t-" + name);
    slack.awaitCall("response:" + name, call -> true, WAIT);
  }

  /** The modal Slack opened when the member typed the command alone, as the bot sent it. */
  private JsonObject modalOpenedFor(String userId, String userName, String command) {
    assertEquals(
        200,
        requests
            .slashCommand(
                "T1",
                "paris",
                userId,
                userName,
                command,
                "",
                slack.responseUrl("form"),
                "trigger-" + userId)
            .statusCode());
    SlackCall opened = slack.awaitCall("views.open", call -> true, WAIT);
    assertTrue(opened.answer().get("ok").getAsBoolean(), "Slack took it: " + opened.answer());
    return JsonParser.parseString(opened.param("view")).getAsJsonObject();
  }

  private static String title(JsonObject view) {
    return view.getAsJsonObject("title").get("text").getAsString();
  }

  private static List<String> labels(JsonObject view) {
    List<String> labels = new ArrayList<>();
    for (JsonElement block : view.getAsJsonArray("blocks")) {
      labels.add(block.getAsJsonObject().getAsJsonObject("label").get("text").getAsString());
    }
    return labels;
  }

  private static List<String> options(JsonObject view) {
    List<String> options = new ArrayList<>();
    for (JsonElement block : view.getAsJsonArray("blocks")) {
      JsonObject element = block.getAsJsonObject().getAsJsonObject("element");
      if (element.has("options")) {
        for (JsonElement option : element.getAsJsonArray("options")) {
          options.add(option.getAsJsonObject().getAsJsonObject("text").get("text").getAsString());
        }
      }
    }
    return options;
  }
}
