package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.coshoring.slack.testing.FakeSlack;
import io.coshoring.slack.testing.SlackCall;
import io.coshoring.slack.testing.SlackRequests;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Slack refuses or slows down in a bridged channel: an archived channel's copies are given up
 * at once, with words, and hold up nothing; Slack saying it archived one pauses it; a channel Slack
 * rate limits still gets every copy once, in order; a message longer than Slack takes crosses in
 * parts it takes.
 */
class SlackBridgeRefusalsTest {

  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir Path folder;

  private FakeSlack slack;
  private SlackTestApp app;
  private SlackRequests requests;
  private BridgedChannels bridged;

  @BeforeEach
  void start() {
    slack = FakeSlack.start();
    OAuthInstalls.parisAndTelAviv(slack, true);
    app = SlackTestApp.withOAuth(folder, slack.apiUrl());
    requests = new SlackRequests(app.eventsUrl(), SlackTestApp.SIGNING_SECRET);
    OAuthInstalls.installBoth(requests, slack);
    bridged = new BridgedChannels(slack);
    bridged.bridge(requests);
  }

  @AfterEach
  void stop() {
    app.close();
    slack.close();
  }

  /** Slack's archive event may come late, or not at all: the refusal alone is enough. */
  @Test
  void copiesIntoAnArchivedChannelAreGivenUpAtOnceWithWhy() {
    slack.archive("T2", "C2");

    write("T1", "C1", "U1", "into the archive", "600.1");
    write("T1", "C1", "U1", "and again", "600.2");
    awaitRows("relay_dead_letters", 2);

    for (String text : List.of("into the archive", "and again")) {
      List<SlackCall> tries =
          slack.calls("chat.postMessage").stream()
              .filter(c -> c.param("channel").equals("C2") && c.param("text").contains(text))
              .toList();
      assertEquals(1, tries.size(), "tried once: " + tries);
      assertEquals("is_archived", tries.get(0).answer().get("error").getAsString());
    }
    assertEquals(0, app.rows("relay_queue"), "nothing waits for the archived channel");
    String status = status();
    assertTrue(status.contains("2 not delivered"), status);
    assertTrue(status.contains("that channel is archived in Slack"), status);
    assertTrue(status.contains("`/coshore bridge resume`"), status);
  }

  @ParameterizedTest
  @ValueSource(strings = {"channel_archive", "group_archive"})
  void aChannelSlackSaysWasArchivedIsPaused(String type) {
    JsonObject archived = new JsonObject();
    archived.addProperty("type", type);
    archived.addProperty("channel", "C2");
    archived.addProperty("user", "U2");
    assertEquals(200, requests.event("T2", "EvArchived", archived, null).statusCode());

    write("T1", "C1", "U1", "anyone there?", "700.1");
    String status = status();

    assertTrue(status.contains("a channel in telaviv: paused"), status);
    assertEquals(0, app.rows("relay_queue"), "nothing queued for the paused channel");
    assertTrue(
        slack.calls("chat.postMessage").stream()
            .noneMatch(c -> c.param("text").contains("anyone there?")));
  }

  /**
   * Slack here allows one post every 2 seconds into C2, less than the relay's one a second: it
   * answers the others 429, and the relay waits their Retry-After before it goes on.
   */
  @Test
  void aRateLimitedChannelGetsEveryCopyOnceAndInOrder() {
    slack.limitRate("chat.postMessage", 1, Duration.ofSeconds(2));
    List<String> texts = List.of("one", "two", "three", "four");
    for (int i = 0; i < texts.size(); i++) {
      write("T1", "C1", "U1", texts.get(i), "800." + (i + 1));
    }

    slack.awaitCall(
        "chat.postMessage",
        c -> c.param("text").equals("four") && c.answer() != null,
        Duration.ofSeconds(60));

    List<SlackCall> intoC2 =
        slack.calls("chat.postMessage").stream()
            .filter(c -> c.param("channel").equals("C2"))
            .toList();
    assertEquals(
        texts,
        intoC2.stream().filter(c -> c.answer() != null).map(c -> c.param("text")).toList(),
        "once each, in order");
    assertFalse(
        intoC2.stream().allMatch(c -> c.answer() != null), "Slack did limit the relay: " + intoC2);
    assertEquals(0, app.rows("relay_dead_letters"));
  }

  /**
   * Slack's events carry up to 40,000 characters; written back with every mass mention typed in
   * them disarmed (a character longer), they pass Slack's limit for a post, and cross in parts.
   */
  @Test
  void aMessageLongerThanSlackTakesCrossesInParts() {
    String line = "R&amp;D for @here @channel &amp; @everyone\n";
    write("T1", "C1", "U1", line.repeat(40_000 / line.length()), "900.1");
    write("T1", "C1", "U1", "after the long one", "900.2");

    bridged.awaitPost("xoxb-telaviv", "C2", "after the long one");
    List<SlackCall> parts =
        slack.calls("chat.postMessage").stream()
            .filter(c -> c.param("channel").equals("C2") && c.param("text").contains("R&amp;D"))
            .toList();
    assertTrue(parts.size() > 1, "in parts: " + parts.size());
    assertTrue(parts.stream().allMatch(c -> c.answer().get("ok").getAsBoolean()), "all taken");
  }

  private void write(String team, String channel, String user, String text, String ts) {
    requests.message(team, "Ev" + UUID.randomUUID(), channel, user, text, ts, null);
  }

  /** What {@code /coshore bridge status} tells Amélie in C1. */
  private String status() {
    String name = "status-" + UUID.randomUUID();
    requests.slashCommandIn(
        "C1", "T1", "paris", "U1", "amelie", "/coshore", "bridge status", slack.responseUrl(name));
    return slack.awaitCall("response:" + name, c -> true, WAIT).param("text");
  }

  private void awaitRows(String table, int count) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (app.rows(table) < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(table + " holds " + app.rows(table) + " rows, not " + count);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }
}
