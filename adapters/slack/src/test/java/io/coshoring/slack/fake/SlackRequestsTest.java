package io.coshoring.slack.fake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.model.event.AppMentionEvent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link SlackRequests} sends is what Bolt expects from Slack: signed so Bolt's verification
 * passes, and shaped so Bolt's handlers read every field a test sets.
 */
class SlackRequestsTest {

  private static final String SECRET = "fake-signing-secret";

  private final Map<String, String> seen = new ConcurrentHashMap<>();
  private FakeSlack fake;
  private Slack slack;
  private HttpServer server;
  private SlackRequests requests;

  @BeforeEach
  void start() throws IOException {
    fake = FakeSlack.start();
    fake.addWorkspace("T1", "Paris Hub", "xoxb-1");
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fake.apiUrl());
    slack = Slack.getInstance(config);
    App app = boltApp();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    SlackRequestParser parser = new SlackRequestParser(app.config());
    server.createContext("/slack/events", exchange -> runBolt(app, parser, exchange));
    server.createContext("/slack/install", SlackRequestsTest::redirectToSlack);
    server.start();
    requests =
        new SlackRequests(
            "http://127.0.0.1:" + server.getAddress().getPort() + "/slack/events", SECRET);
  }

  @AfterEach
  void stop() throws Exception {
    server.stop(0);
    slack.close();
    fake.close();
  }

  @Test
  void aSlashCommandReachesItsHandler() {
    HttpResponse<String> answer =
        requests.slashCommand(
            "T1", "paris", "U1", "amelie", "/offer", "I edit videos, FR/EN", "http://r/1", "t1");

    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals("I edit videos, FR/EN|http://r/1|U1", seen.get("command"));
  }

  @Test
  void aButtonClickReachesItsHandler() {
    HttpResponse<String> answer =
        requests.blockAction("T1", "U1", "match_yes", "m42", "C1", "1700000000.000100", "http://r");

    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals("m42|1700000000.000100|C1", seen.get("action"));
  }

  @Test
  void aModalSubmissionReachesItsHandlerWithItsValues() {
    HttpResponse<String> answer =
        requests.viewSubmission(
            "T1",
            "U1",
            "post",
            "{\"space\":\"paris\"}",
            Map.of(
                "b_text", Map.of("a_text", SlackRequests.plainTextValue("Video editing")),
                "b_kind", Map.of("a_kind", SlackRequests.staticSelectValue("offer"))));

    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals("Video editing|offer|{\"space\":\"paris\"}", seen.get("view"));
  }

  @Test
  void anEventAndItsRetryReachTheirHandler() {
    JsonObject mention = new JsonObject();
    mention.addProperty("type", "app_mention");
    mention.addProperty("user", "U1");
    mention.addProperty("text", "<@UBOT> hello");
    mention.addProperty("channel", "C1");
    mention.addProperty("ts", "1700000000.000200");

    assertEquals(200, requests.event("T1", "Ev1", mention, null).statusCode());
    assertEquals("<@UBOT> hello|null", seen.get("event"));
    assertEquals(200, requests.event("T1", "Ev1", mention, 1).statusCode());
    assertEquals("<@UBOT> hello|1", seen.get("event"));
  }

  @Test
  void theUrlChallengeIsAnswered() {
    HttpResponse<String> answer = requests.urlVerification("c-123");

    assertEquals(200, answer.statusCode());
    assertTrue(answer.body().contains("c-123"), answer.body());
  }

  @Test
  void forgedStaleOrMissingSignaturesAreRefused() {
    String body = "token=x&team_id=T1&command=%2Foffer&text=x";
    String form = "application/x-www-form-urlencoded";
    long now = SlackRequests.now();
    String forged = new SlackRequests("http://unused/", "another").sign(now, body);

    assertEquals(
        401, requests.sendWithSignature(body, form, Long.toString(now), forged).statusCode());
    assertEquals(401, requests.sendSignedAt(now - 6 * 60, body, form).statusCode());
    assertEquals(401, requests.sendWithSignature(body, form, null, null).statusCode());
  }

  @Test
  void aGetIsSentToTheSameHostAndItsRedirectIsNotFollowed() {
    HttpResponse<String> answer = requests.get("/slack/install?from=test", Map.of("X-Test", "1"));

    assertEquals(302, answer.statusCode());
    assertEquals(
        "https://slack.com/oauth/v2/authorize?query=from=test&header=1",
        answer.headers().firstValue("Location").orElseThrow());
  }

  private App boltApp() {
    App app =
        new App(
            AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken("xoxb-1")
                .signingSecret(SECRET)
                .build());
    app.command(
        "/offer",
        (req, ctx) -> {
          var command = req.getPayload();
          seen.put(
              "command",
              command.getText() + "|" + command.getResponseUrl() + "|" + command.getUserId());
          return ctx.ack();
        });
    app.blockAction(
        "match_yes",
        (req, ctx) -> {
          var click = req.getPayload();
          seen.put(
              "action",
              click.getActions().get(0).getValue()
                  + "|"
                  + click.getContainer().getMessageTs()
                  + "|"
                  + click.getChannel().getId());
          return ctx.ack();
        });
    app.viewSubmission(
        "post",
        (req, ctx) -> {
          var view = req.getPayload().getView();
          var values = view.getState().getValues();
          seen.put(
              "view",
              values.get("b_text").get("a_text").getValue()
                  + "|"
                  + values.get("b_kind").get("a_kind").getSelectedOption().getValue()
                  + "|"
                  + view.getPrivateMetadata());
          return ctx.ack();
        });
    app.event(
        AppMentionEvent.class,
        (req, ctx) -> {
          seen.put("event", req.getEvent().getText() + "|" + ctx.getRetryNum());
          return ctx.ack();
        });
    return app;
  }

  private static void redirectToSlack(HttpExchange exchange) throws IOException {
    try (exchange) {
      String location =
          "https://slack.com/oauth/v2/authorize?query="
              + exchange.getRequestURI().getQuery()
              + "&header="
              + exchange.getRequestHeaders().getFirst("X-Test");
      exchange.getResponseHeaders().set("Location", location);
      exchange.sendResponseHeaders(302, -1);
    }
  }

  /** The least a web server does to hand a request to Bolt and its answer back. */
  private static void runBolt(App app, SlackRequestParser parser, HttpExchange exchange)
      throws IOException {
    try (exchange) {
      Map<String, List<String>> headers = new HashMap<>(exchange.getRequestHeaders());
      Request<?> request =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
                  .requestUri(exchange.getRequestURI().getPath())
                  .queryString(Map.of())
                  .headers(new RequestHeaders(headers))
                  .requestBody(new String(exchange.getRequestBody().readAllBytes(), UTF_8))
                  .remoteAddress("127.0.0.1")
                  .build());
      Response response = app.run(request);
      byte[] body = response.getBody() == null ? new byte[0] : response.getBody().getBytes(UTF_8);
      exchange.getResponseHeaders().set("Content-Type", response.getContentType());
      exchange.sendResponseHeaders(response.getStatusCode(), body.length == 0 ? -1 : body.length);
      exchange.getResponseBody().write(body);
    } catch (Exception e) {
      throw new IOException(e);
    }
  }
}
