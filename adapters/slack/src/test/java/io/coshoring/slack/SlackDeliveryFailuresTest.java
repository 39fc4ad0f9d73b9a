package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.gson.JsonObject;
import io.coshoring.slack.testing.FakeSlack;
import io.coshoring.slack.testing.SlackCall;
import io.coshoring.slack.testing.SlackRequests;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * What Slack's failures do to direct messages (answers to commands aside): a 429 is retried after
 * its Retry-After through the outbox; a revoked workspace is marked inactive while the others are
 * served; an event Slack resends is handled once; and no token is ever written to the logs.
 */
class SlackDeliveryFailuresTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String OFFER =
      "I build React and TypeScript front-ends, 6 years. Remote. #react #typescript";
  private static final String DEMAND = "Need a React developer with TypeScript for 3 weeks, remote";

  @TempDir Path folder;

  private FakeSlack slack;
  private SlackTestApp app;
  private SlackRequests requests;
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private Level rootLevel;

  @BeforeEach
  void start() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    rootLevel = root.getLevel();
    root.setLevel(Level.INFO);
    logs.start();
    root.addAppender(logs);
    slack = FakeSlack.start();
    OAuthInstalls.parisAndTelAviv(slack, false);
    app = SlackTestApp.withOAuth(folder, slack.apiUrl());
    requests = new SlackRequests(app.eventsUrl(), SlackTestApp.SIGNING_SECRET);
    OAuthInstalls.installBoth(requests, slack);
  }

  @AfterEach
  void stop() {
    app.close();
    slack.close();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.detachAppender(logs);
    root.setLevel(rootLevel);
    for (ILoggingEvent event : logs.list) {
      String line = event.getFormattedMessage() + " " + event.getThrowableProxy();
      assertFalse(
          line.contains("xoxb-") || line.contains("xapp-") || line.contains("client-secret"),
          "a secret in the logs: " + line);
    }
  }

  @Test
  void aRateLimitedDirectMessageArrivesAfterRetryAfter() {
    slack.rateLimitNext("chat.postMessage", 1, 1);
    postMatchingPair();

    SlackCall dm =
        slack.awaitCall(
            "chat.postMessage",
            call -> call.answer() != null && call.param("channel").equals("U1"),
            WAIT);
    assertTrue(dm.param("blocks").contains("match:interested:"), dm.toString());
    long refused = slack.calls("chat.postMessage").stream().filter(c -> c.answer() == null).count();
    assertEquals(1, refused, "one 429");
    awaitOutboxState("slack:T1:U1", "SENT");
    awaitOutboxState("slack:T2:U2", "SENT");
    assertEquals(
        2,
        slack.calls("chat.postMessage").stream().filter(c -> c.answer() != null).count(),
        "each match message delivered once");
  }

  @Test
  void aDirectMessageSlackFailsWithA500IsRetriedUntilItArrives() {
    slack.serverErrorNext("chat.postMessage", 2);
    postMatchingPair();

    awaitOutboxState("slack:T1:U1", "SENT");
    awaitOutboxState("slack:T2:U2", "SENT");
    assertEquals(
        2,
        slack.calls("chat.postMessage").stream().filter(c -> c.answer() != null).count(),
        "each match message delivered once after the 500s");
  }

  /**
   * The crash point between Slack taking a DM and the outbox recording it (a trigger refuses the
   * record once): the next attempt reads the DM back, finds the message by the key in its metadata,
   * and does not post it again.
   */
  @Test
  void aDirectMessageSentButNotRecordedIsReadBackNotSentAgain() {
    sendUnrecordedThenRecover();

    assertEquals(
        1,
        slack.calls("chat.postMessage").stream()
            .filter(c -> c.param("channel").equals("U1"))
            .count(),
        "posted once");
    SlackCall readBack =
        slack.awaitCall("conversations.history", c -> c.param("channel").equals("DU1"), WAIT);
    assertTrue(
        Set.of("1", "true").contains(readBack.param("include_all_metadata")),
        "with the metadata: " + readBack);
  }

  /** A workspace installed before {@code im:history} was asked for cannot be read back. */
  @Test
  void aWorkspaceThatCannotBeReadBackGetsTheMessageAgainAndTheLogSaysWhy() {
    slack.withhold("xoxb-paris", "im:history");

    sendUnrecordedThenRecover();

    assertEquals(
        2,
        slack.calls("chat.postMessage").stream()
            .filter(c -> c.param("channel").equals("U1"))
            .count(),
        "sent again");
    assertTrue(
        logs.list.stream()
            .anyMatch(e -> e.getFormattedMessage().contains("could not read back the DM")),
        "the log says why");
  }

  /**
   * The crash point between Slack taking a DM and the outbox recording it (a trigger refuses the
   * record once), then the next attempt.
   */
  private void sendUnrecordedThenRecover() {
    app.database.write(
        h ->
            h.execute(
                "CREATE TRIGGER crash_point BEFORE UPDATE OF state ON outbox"
                    + " WHEN NEW.state = 'SENT' AND NEW.recipient_id = 'slack:T1:U1'"
                    + " AND NEW.kind <> 'REPLY'"
                    + " BEGIN SELECT RAISE(ABORT, 'crash after sending'); END"));
    postMatchingPair();
    slack.awaitCall("chat.postMessage", call -> call.param("channel").equals("U1"), WAIT);
    awaitOutbox("slack:T1:U1", "attempts > 0 AND state = 'PENDING'");
    app.database.write(h -> h.execute("DROP TRIGGER crash_point"));
    awaitOutboxState("slack:T1:U1", "SENT");
  }

  @Test
  void aSlowSlackDoesNotHoldUpTheAck() {
    slack.slowDown("users.info", Duration.ofSeconds(2));
    assertEquals(
        200,
        requests
            .slashCommand(
                "T1", "paris", "U1", "amelie", "/coshore", "help", slack.responseUrl("help"), "t")
            .statusCode());
    assertTrue(
        slack.calls("response:help").isEmpty(), "acked before the work, which waits on users.info");
    slack.awaitCall("response:help", call -> true, WAIT);
  }

  @Test
  void aRevokedWorkspaceIsMarkedInactiveAndTheOthersGoOn() {
    postOffer();
    slack.revoke("xoxb-paris");
    postDemand();

    slack.awaitCall(
        "chat.postMessage",
        call -> call.token().equals("xoxb-telaviv") && call.param("channel").equals("U2"),
        WAIT);
    awaitOutboxState("slack:T1:U1", "UNDELIVERABLE");
    assertTrue(
        logs.list.stream().anyMatch(e -> e.getFormattedMessage().contains("marked inactive")),
        "the deactivation is logged (and the logs are checked for tokens)");
    assertEquals(
        Map.of("active", false, "deactivated_for", "account_inactive"),
        app.database.read(
            handle ->
                handle
                    .createQuery(
                        "SELECT active, deactivated_for FROM slack_installations"
                            + " WHERE team_id = 'T1'")
                    .map(
                        (rs, ctx) ->
                            Map.<String, Object>of(
                                "active", rs.getBoolean("active"),
                                "deactivated_for", rs.getString("deactivated_for")))
                    .one()));
  }

  @Test
  void anEventSlackSendsAgainIsHandledOnce() throws Exception {
    JsonObject opened = new JsonObject();
    opened.addProperty("type", "app_home_opened");
    opened.addProperty("user", "U1");
    opened.addProperty("channel", "D1");
    opened.addProperty("tab", "home");
    opened.addProperty("event_ts", "1700000000.000001");

    assertEquals(200, requests.event("T1", "Ev1", opened, null).statusCode());
    assertEquals(200, requests.event("T1", "Ev1", opened, 1).statusCode());
    assertEquals(200, requests.event("T1", "Ev1", opened, 2).statusCode());
    SlackCall home = slack.awaitCall("views.publish", call -> true, WAIT);
    assertTrue(home.param("view").contains("\"type\":\"home\""), home.toString());
    assertTrue(
        home.param("view").contains("Your open posts")
            || home.param("view").contains("no open posts"),
        home.toString());

    assertEquals(200, requests.event("T1", "Ev2", opened, null).statusCode());
    slack.awaitCall("views.publish", call -> slack.calls("views.publish").size() >= 2, WAIT);
    Thread.sleep(500);
    assertEquals(2, slack.calls("views.publish").size(), "Ev1 once, Ev2 once");
  }

  private void postMatchingPair() {
    postOffer();
    postDemand();
  }

  private void postOffer() {
    requests.slashCommand(
        "T1", "paris", "U1", "amelie", "/offer", OFFER, slack.responseUrl("offer"), "t1");
    slack.awaitCall("response:offer", call -> true, WAIT);
  }

  private void postDemand() {
    requests.slashCommand(
        "T2", "telaviv", "U2", "noa", "/demand", DEMAND, slack.responseUrl("demand"), "t2");
    slack.awaitCall("response:demand", call -> true, WAIT);
  }

  private void awaitOutbox(String recipient, String condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (app.database.read(
            h ->
                h.createQuery(
                        "SELECT COUNT(*) FROM outbox WHERE recipient_id = :r AND kind <> 'REPLY'"
                            + " AND "
                            + condition)
                    .bind("r", recipient)
                    .mapTo(Integer.class)
                    .one())
        == 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no outbox row for " + recipient + " where " + condition);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void awaitOutboxState(String recipient, String state) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    String seen = null;
    while (System.nanoTime() < deadline) {
      seen =
          app.database.read(
              handle ->
                  handle
                      .createQuery(
                          "SELECT state FROM outbox WHERE recipient_id = :r AND kind <> 'REPLY'")
                      .bind("r", recipient)
                      .mapTo(String.class)
                      .findOne()
                      .orElse(null));
      if (state.equals(seen)) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("outbox for " + recipient + " is " + seen + ", not " + state);
  }
}
