package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.coshoring.slack.testing.FakeSlack;
import io.coshoring.slack.testing.SlackCall;
import io.coshoring.slack.testing.SlackRequests;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /offer} alone opens a form; what is wrong in it is shown on its field. */
class PostModalTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path folder;

  private FakeSlack slack;
  private SlackTestApp app;
  private SlackRequests requests;

  @BeforeEach
  void start() {
    slack = FakeSlack.start();
    slack.addWorkspace("T1", "xoxb-one");
    slack.addUser("T1", "U1", "amelie", "Europe/Paris", false);
    app = SlackTestApp.withBotToken(folder, slack.apiUrl(), "xoxb-one");
    requests = new SlackRequests(app.eventsUrl(), SlackTestApp.SIGNING_SECRET);
  }

  @AfterEach
  void stop() {
    app.close();
    slack.close();
  }

  @Test
  void offerWithoutTextOpensTheModal() {
    HttpResponse<String> ack =
        requests.slashCommand(
            "T1", "paris", "U1", "amelie", "/offer", "", slack.responseUrl("offer"), "trigger-9");
    assertEquals(200, ack.statusCode());
    SlackCall opened = slack.awaitCall("views.open", call -> true, WAIT);
    assertTrue(opened.answer().get("ok").getAsBoolean(), "Slack took it: " + opened.answer());
    assertEquals("trigger-9", opened.param("trigger_id"));
    JsonObject view = JsonParser.parseString(opened.param("view")).getAsJsonObject();
    assertEquals(PostModal.CALLBACK_ID, view.get("callback_id").getAsString());
    assertEquals("OFFER", view.get("private_metadata").getAsString());
  }

  @Test
  void wrongFieldsAreShownWhereTheyAre() {
    Map<String, Map<String, JsonObject>> values = filled("I edit promo videos, FR/EN");
    values.put("price", value(SlackRequests.plainTextValue("sixty *an* hour")));
    values.put("until", value(SlackRequests.datePickerValue("2020-01-01")));

    HttpResponse<String> answer =
        requests.viewSubmission("T1", "U1", PostModal.CALLBACK_ID, "OFFER", values);

    assertEquals(200, answer.statusCode());
    JsonObject body = JsonParser.parseString(answer.body()).getAsJsonObject();
    assertEquals("errors", body.get("response_action").getAsString());
    JsonObject errors = body.getAsJsonObject("errors");
    assertEquals(2, errors.size(), errors.toString());
    // A modal's errors are plain text: what was typed is shown as typed, with no escapes.
    assertTrue(
        errors.get("price").getAsString().startsWith("'sixty *an* hour' is not a price"),
        errors.toString());
    assertTrue(errors.get("until").getAsString().contains("past"), errors.toString());
    assertEquals(0, app.postCount(), "nothing stored");
  }

  @Test
  void anEmptyDescriptionIsAskedFor() {
    HttpResponse<String> answer =
        requests.viewSubmission("T1", "U1", PostModal.CALLBACK_ID, "DEMAND", filled("  "));
    JsonObject errors =
        JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonObject("errors");
    assertTrue(errors.get("description").getAsString().contains("describe"), errors.toString());
  }

  @Test
  void aGoodFormIsPostedAndConfirmedByDm() {
    Map<String, Map<String, JsonObject>> values = filled("I edit promo videos, FR/EN");
    values.put("skills", value(SlackRequests.plainTextValue("video editing, premiere pro")));
    values.put("price", value(SlackRequests.plainTextValue("400 EUR/day")));
    values.put("place", value(SlackRequests.staticSelectValue("either")));
    values.put("city", value(SlackRequests.plainTextValue("Paris")));
    values.put("overlap", value(SlackRequests.staticSelectValue("async")));

    HttpResponse<String> answer =
        requests.viewSubmission("T1", "U1", PostModal.CALLBACK_ID, "OFFER", values);

    assertEquals(200, answer.statusCode());
    assertTrue(answer.body().isEmpty(), "the modal closes: " + answer.body());
    SlackCall confirmation =
        slack.awaitCall("chat.postMessage", call -> call.param("channel").equals("U1"), WAIT);
    assertTrue(confirmation.param("text").contains("is posted"), confirmation.toString());
    assertTrue(confirmation.param("text").contains("video-editing"), confirmation.toString());
    assertEquals(1, app.postCount());
    assertEquals(
        "ASYNC",
        app.database.read(
            handle -> handle.createQuery("SELECT overlap FROM posts").mapTo(String.class).one()),
        "the work is said to be done apart");
  }

  private static Map<String, Map<String, JsonObject>> filled(String description) {
    Map<String, Map<String, JsonObject>> values = new LinkedHashMap<>();
    values.put("description", value(SlackRequests.plainTextValue(description)));
    values.put("place", value(SlackRequests.staticSelectValue("remote")));
    values.put("visibility", value(SlackRequests.staticSelectValue("network")));
    return values;
  }

  private static Map<String, JsonObject> value(JsonObject element) {
    return Map.of(PostModal.VALUE, element);
  }
}
