package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.slack.testing.FakeSlack;
import io.coshoring.slack.testing.SlackRequests;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only requests Slack signed, and signed lately, are handled; the rest change nothing. */
class SlackRequestSecurityTest {

  @TempDir Path folder;

  private FakeSlack slack;
  private SlackTestApp app;
  private SlackRequests requests;
  private String body;

  @BeforeEach
  void start() {
    slack = FakeSlack.start();
    slack.addWorkspace("T1", "xoxb-one");
    app = SlackTestApp.withBotToken(folder, slack.apiUrl(), "xoxb-one");
    requests = new SlackRequests(app.eventsUrl(), SlackTestApp.SIGNING_SECRET);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("team_id", "T1");
    form.put("team_domain", "paris");
    form.put("user_id", "U1");
    form.put("user_name", "amelie");
    form.put("command", "/offer");
    form.put("text", "I edit promo videos, FR/EN #video-editing");
    form.put("response_url", slack.responseUrl("offer"));
    form.put("trigger_id", "t1");
    body = SlackRequests.form(form);
  }

  @AfterEach
  void stop() {
    app.close();
    slack.close();
  }

  @Test
  void aForgedSignatureIsRefused() {
    long now = SlackRequests.now();
    String forged = new SlackRequests(app.eventsUrl(), "another-secret").sign(now, body);
    assertRefused(
        requests.sendWithSignature(
            body, "application/x-www-form-urlencoded", Long.toString(now), forged));
  }

  @Test
  void missingHeadersAreRefused() {
    assertRefused(
        requests.sendWithSignature(body, "application/x-www-form-urlencoded", null, null));
    long now = SlackRequests.now();
    assertRefused(
        requests.sendWithSignature(
            body, "application/x-www-form-urlencoded", Long.toString(now), null));
  }

  @Test
  void aStaleTimestampIsRefusedEvenWellSigned() {
    long tenMinutesAgo = SlackRequests.now() - 600;
    assertRefused(
        requests.sendWithSignature(
            body,
            "application/x-www-form-urlencoded",
            Long.toString(tenMinutesAgo),
            requests.sign(tenMinutesAgo, body)));
  }

  @Test
  void aTimestampAheadOfNowIsRefusedEvenWellSigned() {
    long tenMinutesAhead = SlackRequests.now() + 600;
    assertRefused(
        requests.sendWithSignature(
            body,
            "application/x-www-form-urlencoded",
            Long.toString(tenMinutesAhead),
            requests.sign(tenMinutesAhead, body)));
  }

  /**
   * Broken percent-encoding, a payload that is not JSON, a body Bolt does not know: unsigned, a 401
   * before anything reads them; signed, a 400. Never a 5xx.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "text=%E0%A4%A&command=%2",
        "payload=%7B%22type%22%3A%22block_actions%22",
        "payload=not-json-at-all",
        "nothing Slack would send\r\nINFO forged log line",
        "{\"type\":\"event_callback\",\"event\":"
      })
  void aBodyThatCannotBeReadIsRefusedBeforeItIsParsed(String unreadable) {
    long now = SlackRequests.now();
    String type =
        unreadable.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded";

    HttpResponse<String> unsigned =
        requests.sendWithSignature(unreadable, type, Long.toString(now), "v0=00");
    HttpResponse<String> signed =
        requests.sendWithSignature(
            unreadable, type, Long.toString(now), requests.sign(now, unreadable));

    assertEquals(401, unsigned.statusCode(), unsigned.body());
    assertEquals(400, signed.statusCode(), signed.body());
  }

  @Test
  void aBodyLargerThanSlackSendsIsRefusedUnread() {
    String huge = "text=" + "a".repeat(SlackHttpRoute.MAX_BODY);
    long now = SlackRequests.now();
    HttpResponse<String> response =
        requests.sendWithSignature(
            huge,
            "application/x-www-form-urlencoded",
            Long.toString(now),
            requests.sign(now, huge));
    assertEquals(413, response.statusCode(), response.body());
  }

  @Test
  void aBodyChangedAfterSigningIsRefused() {
    long now = SlackRequests.now();
    String signature = requests.sign(now, body);
    assertRefused(
        requests.sendWithSignature(
            body.replace("promo", "promos"),
            "application/x-www-form-urlencoded",
            Long.toString(now),
            signature));
  }

  @Test
  void slacksUrlVerificationGetsItsChallengeBack() {
    HttpResponse<String> response = requests.urlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY");
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("3eZbrw1aBm2rZgRNFdxV2595E9CY"), response.body());
  }

  @Test
  void theSameCommandSignedIsHandled() {
    long now = SlackRequests.now();
    HttpResponse<String> response =
        requests.sendWithSignature(
            body,
            "application/x-www-form-urlencoded",
            Long.toString(now),
            requests.sign(now, body));
    assertEquals(200, response.statusCode());
    slack.awaitCall("response:offer", call -> true, java.time.Duration.ofSeconds(10));
    assertEquals(1, app.postCount());
  }

  private void assertRefused(HttpResponse<String> response) {
    assertEquals(401, response.statusCode(), response.body());
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertEquals(0, app.postCount(), "nothing stored");
    assertTrue(slack.calls("response:offer").isEmpty(), "nothing answered");
  }
}
