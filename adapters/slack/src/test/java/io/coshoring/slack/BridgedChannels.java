package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.slack.testing.FakeSlack;
import io.coshoring.slack.testing.SlackCall;
import io.coshoring.slack.testing.SlackRequests;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Amélie's C1 in Paris and Noa's C2 in Tel Aviv, bridged by them, and what crosses between. */
final class BridgedChannels {

  private static final Duration WAIT = Duration.ofSeconds(15);

  private final FakeSlack slack;

  BridgedChannels(FakeSlack slack) {
    this.slack = slack;
  }

  /** Amélie bridges C1 in Paris, Noa joins C2 in Tel Aviv to it: both are admins. */
  void bridge(SlackRequests requests) {
    requests.slashCommandIn(
        "C1",
        "T1",
        "paris",
        "U1",
        "amelie",
        "/coshore",
        "bridge create makers",
        slack.responseUrl("create"));
    Matcher code =
        Pattern.compile("bridge join ([A-Z0-9]{4}-[A-Z0-9]{4})")
            .matcher(slack.awaitCall("response:create", c -> true, WAIT).param("text"));
    assertTrue(code.find());
    requests.slashCommandIn(
        "C2",
        "T2",
        "telaviv",
        "U2",
        "noa",
        "/coshore",
        "bridge join " + code.group(1),
        slack.responseUrl("join"));
    assertTrue(
        slack.awaitCall("response:join", c -> true, WAIT).param("text").contains("now in bridge"));
  }

  /** The post of a copy Slack took, into {@code channel} with the token of its workspace. */
  SlackCall awaitPost(String token, String channel, String text) {
    return slack.awaitCall(
        "chat.postMessage",
        c ->
            c.token().equals(token)
                && c.param("channel").equals(channel)
                && c.param("text").contains(text)
                && c.answer() != null
                && c.answer().get("ok").getAsBoolean(),
        WAIT);
  }
}
