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
 * A slash command Slack was acked for is never lost, however the process dies after the ack: Slack
 * never sends a command again, so it is committed before the ack, and run, and answered, after a
 * restart.
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

  private void awaitRunOnce() {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (app.database.read(
            h ->
                h.createQuery("SELECT COUNT(*) FROM inbox WHERE attempts > 0")
                    .mapTo(Integer.class)
                    .one())
        == 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the command did not run");
      }
      Thread.onSpinWait();
    }
  }
}
