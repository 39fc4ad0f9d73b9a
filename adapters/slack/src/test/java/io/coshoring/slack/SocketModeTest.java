package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.coshoring.slack.testing.FakeSlack;
import io.coshoring.slack.testing.FakeSocketMode;
import io.coshoring.slack.testing.SlackCall;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over Socket Mode the app connects out to Slack: no public URL. Commands arrive as envelopes, are
 * acked by envelope id, and are answered as over HTTP; a redelivered event is handled once.
 */
class SocketModeTest {

  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir Path folder;

  private FakeSlack slack;
  private FakeSocketMode socket;
  private SlackTestApp app;

  @BeforeEach
  void start() {
    slack = FakeSlack.start();
    slack.addWorkspace("T1", "xoxb-one");
    slack.addUser("T1", "U1", "amelie", "Europe/Paris", true);
    socket = FakeSocketMode.start(slack);
    app = SlackTestApp.overSocketMode(folder, slack.apiUrl(), "xoxb-one", "xapp-1-test");
    socket.awaitConnected(WAIT);
  }

  @AfterEach
  void stop() {
    app.close();
    socket.close();
    slack.close();
  }

  @Test
  void aSlashCommandOverSocketModeIsAckedAndAnswered() {
    JsonObject command = new JsonObject();
    command.addProperty("token", "verification-token");
    command.addProperty("team_id", "T1");
    command.addProperty("team_domain", "paris");
    command.addProperty("channel_id", "C1");
    command.addProperty("user_id", "U1");
    command.addProperty("user_name", "amelie");
    command.addProperty("command", "/coshore");
    command.addProperty("text", "setup city:Paris tz:Europe/Paris");
    command.addProperty("api_app_id", "A1");
    command.addProperty("response_url", slack.responseUrl("setup"));
    command.addProperty("trigger_id", "t1");

    String envelope = socket.send("slash_commands", command, 0);

    socket.awaitAck(envelope, WAIT);
    SlackCall reply = slack.awaitCall("response:setup", call -> true, WAIT);
    assertTrue(reply.param("text").contains("Paris"), reply.toString());
    assertEquals(
        "Paris",
        app.database.read(
            handle ->
                handle
                    .createQuery("SELECT city FROM spaces WHERE id = 'slack:T1'")
                    .mapTo(String.class)
                    .one()),
        "the admin, known from users.info, set the space up");
  }

  @Test
  void aRedeliveredEventIsHandledOnce() throws Exception {
    JsonObject event = new JsonObject();
    event.addProperty("type", "app_home_opened");
    event.addProperty("user", "U1");
    event.addProperty("channel", "D1");
    event.addProperty("tab", "home");
    event.addProperty("event_ts", "1700000000.000001");
    JsonObject payload = new JsonObject();
    payload.addProperty("token", "verification-token");
    payload.addProperty("team_id", "T1");
    payload.addProperty("api_app_id", "A1");
    payload.add("event", event);
    payload.addProperty("type", "event_callback");
    payload.addProperty("event_id", "EvSocket1");
    payload.addProperty("event_time", 1700000000);

    socket.awaitAck(socket.send("events_api", payload, 0), WAIT);
    socket.awaitAck(socket.send("events_api", payload, 1), WAIT);

    slack.awaitCall("views.publish", call -> true, WAIT);
    Thread.sleep(500);
    assertEquals(1, slack.calls("views.publish").size());
  }
}
