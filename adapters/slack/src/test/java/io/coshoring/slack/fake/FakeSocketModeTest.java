package io.coshoring.slack.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.response.AckResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK's Socket Mode client finds the fake through apps.connections.open and acks it. */
class FakeSocketModeTest {

  private static final Duration WAIT = Duration.ofSeconds(3);

  private FakeSlack fake;
  private FakeSocketMode socket;
  private Slack slack;
  private SocketModeClient client;

  @BeforeEach
  void start() throws Exception {
    fake = FakeSlack.start();
    socket = FakeSocketMode.start();
    fake.attachSocketMode(socket);
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fake.apiUrl());
    slack = Slack.getInstance(config);
    client = slack.socketMode("xapp-1", SocketModeClient.Backend.JavaWebSocket);
    client.addSlashCommandsEnvelopeListener(
        envelope -> client.sendSocketModeResponse(new AckResponse(envelope.getEnvelopeId())));
    client.connect();
    socket.awaitConnected(WAIT);
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    slack.close();
    socket.close();
    fake.close();
  }

  @Test
  void theClientConnectsWithTheAppTokenAndAcksAnEnvelope() {
    String envelopeId = socket.send("slash_commands", command("/offer"), true, 0);

    JsonObject ack = socket.awaitAck(envelopeId, WAIT);

    assertEquals(envelopeId, ack.get("envelope_id").getAsString());
    assertEquals("xapp-1", fake.awaitCall("apps.connections.open", WAIT).token());
  }

  @Test
  void askedToReconnectTheClientOpensANewConnectionThatStillAcks() {
    socket.requestReconnect();
    socket.awaitOpenedConnections(2, WAIT);

    String envelopeId = socket.send("slash_commands", command("/demand"), true, 0);

    assertEquals(envelopeId, socket.awaitAck(envelopeId, WAIT).get("envelope_id").getAsString());
    assertEquals(2, fake.calls("apps.connections.open").size());
  }

  @Test
  void afterADropNothingCanBeSentUntilTheClientComesBack() {
    socket.disconnectAll();

    assertThrows(
        IllegalStateException.class, () -> socket.send("events_api", new JsonObject(), false, 0));
  }

  @Test
  void onlyAnAppTokenOpensAConnection() throws Exception {
    String error = slack.methods("xoxb-1").appsConnectionsOpen(r -> r).getError();

    assertEquals("not_allowed_token_type", error);
  }

  private static JsonObject command(String command) {
    JsonObject payload = new JsonObject();
    payload.addProperty("team_id", "T1");
    payload.addProperty("user_id", "U1");
    payload.addProperty("command", command);
    payload.addProperty("text", "help");
    return payload;
  }
}
