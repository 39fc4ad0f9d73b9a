package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.coshoring.core.adapter.Button;
import io.coshoring.core.adapter.Delivery;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.slack.testing.FakeSlack;
import io.coshoring.slack.testing.SlackCall;
import io.coshoring.slack.testing.SlackRequests;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest direct messages coshoring renders are ones Slack takes: a match on a post of the
 * longest kind, its answer in place, and a digest of as many matches as a deployment may hold for
 * one. The fake Slack refuses blocks as Slack does ({@code invalid_blocks}).
 */
class SlackLongMessagesTest {

  private static final Duration WAIT = Duration.ofSeconds(15);

  /** A line of characters mrkdwn escapes: it grows as it is rendered for Slack. */
  private static final String ESCAPED_LINE = "R&D <front-end> & <UI> & tests & more\n";

  @TempDir Path folder;

  private FakeSlack slack;
  private SlackTestApp app;
  private SlackRequests requests;

  @BeforeEach
  void start() {
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
  }

  @Test
  void aMatchOnTheLongestPostIsSentAndAnsweredInPlace() {
    String offer = "I build React and TypeScript front-ends, 6 years. Remote. #react #typescript\n";
    offer += ESCAPED_LINE.repeat((4_000 - offer.length()) / ESCAPED_LINE.length());
    requests.slashCommand(
        "T1", "paris", "U1", "amelie", "/offer", offer, slack.responseUrl("offer"), "t1");
    assertTrue(
        slack.awaitCall("response:offer", c -> true, WAIT).param("text").contains("is posted"));
    requests.slashCommand(
        "T2",
        "telaviv",
        "U2",
        "noa",
        "/demand",
        "Need a React developer with TypeScript for 3 weeks, remote",
        slack.responseUrl("demand"),
        "t2");

    SlackCall toNoa =
        slack.awaitCall(
            "chat.postMessage",
            c -> c.param("channel").equals("U2") && c.param("text").contains("R&amp;D"),
            WAIT);
    assertTrue(toNoa.answer().get("ok").getAsBoolean(), toNoa.answer().toString());
    assertTrue(sectionCount(toNoa) > 1, "the post's text takes several sections");

    String interested =
        toNoa.actionIds().stream()
            .filter(id -> id.startsWith("match:interested:"))
            .findFirst()
            .orElseThrow();
    requests.blockAction(
        "T2",
        "U2",
        interested,
        "DU2",
        toNoa.answer().get("ts").getAsString(),
        slack.responseUrl("click"));
    SlackCall answered =
        slack.awaitCall("chat.update", c -> c.param("channel").equals("DU2"), WAIT);
    assertTrue(answered.answer().get("ok").getAsBoolean(), answered.answer().toString());
  }

  /**
   * A deployment may hold up to 100 match messages a day for one member's digest: three buttons
   * each, and texts of up to 4,000 characters. Slack takes 50 blocks and 25 buttons a block.
   */
  @Test
  void aDigestOfTheMostMatchesFitsInOneMessageWithEveryButton() throws Exception {
    StringBuilder text = new StringBuilder("**Your matches of the day**");
    List<Button> buttons = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      text.append("\n\n**#").append(i).append("** ").append(ESCAPED_LINE.repeat(100));
      buttons.add(
          new Button("match:interested:m" + i, "I'm interested #" + i, Button.Style.PRIMARY));
      buttons.add(new Button("match:not-for-me:m" + i, "Not for me #" + i, Button.Style.NEUTRAL));
      buttons.add(new Button("match:mute:m" + i, "Mute similar #" + i, Button.Style.DANGER));
    }

    app.slack.sendDirect(
        SlackIds.member("T1", "U1"),
        new OutgoingMessage(text.toString(), List.of(), buttons),
        new Delivery("digest:U1", false));

    // sendDirect throws what Slack refuses.
    assertEquals(300, slack.calls("chat.postMessage").get(0).actionIds().size(), "every button");
  }

  /** A cut falling just before the blanks a text ends with leaves no empty section behind. */
  @Test
  void aTextEndingInBlanksAfterACutIsSent() throws Exception {
    app.slack.sendDirect(
        SlackIds.member("T1", "U1"),
        OutgoingMessage.text("x".repeat(SlackRenderer.SECTION_LIMIT) + "\n \n"),
        new Delivery("blanks:U1", false));

    assertEquals(1, sectionCount(slack.calls("chat.postMessage").get(0)));
  }

  private static int sectionCount(SlackCall call) {
    int sections = 0;
    for (JsonElement block : JsonParser.parseString(call.param("blocks")).getAsJsonArray()) {
      sections += block.getAsJsonObject().get("type").getAsString().equals("section") ? 1 : 0;
    }
    return sections;
  }
}
