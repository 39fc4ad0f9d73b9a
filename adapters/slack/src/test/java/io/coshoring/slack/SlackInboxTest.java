package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.slack.testing.FakeSlack;
import io.coshoring.slack.testing.SlackCall;
import io.coshoring.slack.testing.SlackRequests;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slash command or a click Slack was acked for is never lost, however the process dies after the
 * ack: Slack never sends either again, so it is committed before the ack, and run, and answered,
 * after a restart.
 */
class SlackInboxTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path folder;

  private FakeSlack slack;
  private SlackTestApp app;

  @BeforeEach
  void start() {
    slack = FakeSlack.start();
    OAuthInstalls.parisAndTelAviv(slack, false);
    app = SlackTestApp.withOAuth(folder, slack.apiUrl());
    OAuthInstalls.installBoth(
        new SlackRequests(app.eventsUrl(), SlackTestApp.SIGNING_SECRET), slack);
  }

  @AfterEach
  void stop() {
    app.close();
    slack.close();
  }

  @Test
  void aCommandAckedJustBeforeACrashIsAnsweredOnceAfterTheRestart() {
    // The crash point: after the ack, before the post can be stored.
    app.database.write(
        h ->
            h.execute(
                "CREATE TRIGGER crash_point BEFORE INSERT ON posts"
                    + " BEGIN SELECT RAISE(ABORT, 'crash after the ack'); END"));
    SlackRequests requests = new SlackRequests(app.eventsUrl(), SlackTestApp.SIGNING_SECRET);
    assertEquals(
        200,
        requests
            .slashCommand(
                "T1",
                "paris",
                "U1",
                "amelie",
                "/offer",
                "I edit promo videos, Premiere Pro, FR/EN #video-editing",
                slack.responseUrl("offer"),
                "trigger-crash")
            .statusCode(),
        "acked");
    awaitRunOnce();

    app.close();
    app = SlackTestApp.withOAuth(folder, slack.apiUrl());
    app.database.write(h -> h.execute("DROP TRIGGER crash_point"));

    SlackCall answer = slack.awaitCall("response:offer", c -> true, WAIT);
    assertTrue(answer.param("text").contains("is posted"), answer.toString());
    assertEquals(1, app.postCount());
    assertEquals(1, slack.calls("response:offer").size(), "answered once");
  }

  @Test
  void aClickAckedJustBeforeACrashIsAnsweredInPlaceOnceAfterTheRestart() {
    SlackCall toAmelie = matchAmelieAndNoa();
    // The crash point: after the ack, before Amélie's answer to the match is stored.
    app.database.write(
        h ->
            h.execute(
                "CREATE TRIGGER crash_point BEFORE UPDATE ON matches"
                    + " BEGIN SELECT RAISE(ABORT, 'crash after the ack'); END"));
    assertEquals(200, clickInterested(toAmelie).statusCode(), "acked");
    awaitRunOnce();

    app.close();
    app = SlackTestApp.withOAuth(folder, slack.apiUrl());
    app.database.write(h -> h.execute("DROP TRIGGER crash_point"));

    SlackCall updated =
        slack.awaitCall("chat.update", c -> c.param("ts").equals(ts(toAmelie)), WAIT);
    assertTrue(updated.actionIds().isEmpty(), "the buttons gave way: " + updated);
    assertTrue(updated.param("blocks").contains("interested"), updated.toString());
    awaitAnswered();
    assertEquals(1, slack.calls("chat.update").size(), "answered once");
    assertTrue(slack.calls("response:click").isEmpty(), "in place, not at the response URL");
  }

  @Test
  void aClickInAWorkspaceThatCannotReadItsDmsIsAnsweredAtTheResponseUrl() {
    SlackCall toAmelie = matchAmelieAndNoa();
    slack.withhold("xoxb-paris", "im:history");

    assertEquals(200, clickInterested(toAmelie).statusCode());

    SlackCall answer = slack.awaitCall("response:click", c -> true, WAIT);
    assertTrue(answer.param("text").contains("interested"), answer.toString());
    assertTrue(slack.calls("chat.update").isEmpty(), "the buttons stay: the message is unread");
  }

  /** Amélie in Paris offers, Noa in Tel Aviv asks; Amélie's match DM, with its buttons. */
  private SlackCall matchAmelieAndNoa() {
    SlackRequests requests = new SlackRequests(app.eventsUrl(), SlackTestApp.SIGNING_SECRET);
    requests.slashCommand(
        "T1",
        "paris",
        "U1",
        "amelie",
        "/offer",
        "I build React and TypeScript front-ends, 6 years. Remote. #react #typescript",
        slack.responseUrl("offer"),
        "trigger-offer");
    requests.slashCommand(
        "T2",
        "telaviv",
        "U2",
        "noa",
        "/demand",
        "Need a React developer with TypeScript for 3 weeks, remote",
        slack.responseUrl("demand"),
        "trigger-demand");
    return slack.awaitCall(
        "chat.postMessage",
        c ->
            "U1".equals(c.param("channel"))
                && c.actionIds().stream().anyMatch(id -> id.startsWith("match:interested:")),
        WAIT);
  }

  private HttpResponse<String> clickInterested(SlackCall dm) {
    String interested =
        dm.actionIds().stream()
            .filter(id -> id.startsWith("match:interested:"))
            .findFirst()
            .orElseThrow();
    return new SlackRequests(app.eventsUrl(), SlackTestApp.SIGNING_SECRET)
        .blockAction("T1", "U1", interested, "DU1", ts(dm), slack.responseUrl("click"));
  }

  private static String ts(SlackCall dm) {
    return dm.answer().get("ts").getAsString();
  }

  private void awaitAnswered() {
    awaitUntil(
        "SELECT COUNT(*) = 0 FROM inbox WHERE state = 'PENDING'", "the click was not answered");
  }

  private void awaitRunOnce() {
    awaitUntil("SELECT COUNT(*) > 0 FROM inbox WHERE attempts > 0", "the command did not run");
  }

  private void awaitUntil(String condition, String failure) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!app.database.read(h -> h.createQuery(condition).mapTo(Boolean.class).one())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(failure);
      }
      Thread.onSpinWait();
    }
  }
}
