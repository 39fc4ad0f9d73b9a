package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.slack.testing.FakeSlack;
import io.coshoring.slack.testing.SlackCall;
import io.coshoring.slack.testing.SlackRequests;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two workspaces install the app through OAuth; a member of each posts, one an offer and one a
 * demand that match; both get a DM with buttons, both click "I'm interested", both get the
 * introduction. Everything goes over real HTTP: signed requests into our route, and the Slack SDK
 * calling a fake Web API.
 */
class SlackMatchEndToEndTest {

  private static final Duration WAIT = Duration.ofSeconds(15);

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
  }

  @AfterEach
  void stop() {
    app.close();
    slack.close();
  }

  @Test
  void membersOfTwoWorkspacesAreMatchedAndIntroduced() throws Exception {
    OAuthInstalls.installBoth(requests, slack);

    HttpResponse<String> offer =
        amelieOffers(
            "I build React and TypeScript front-ends, 6 years. Remote. #react #typescript");
    assertEquals(200, offer.statusCode());
    SlackCall offerReply = slack.awaitCall("response:offer", call -> true, WAIT);
    assertTrue(offerReply.params().get("text").contains("is posted"), offerReply.toString());

    noaDemands("Need a React developer with TypeScript for 3 weeks, remote");
    slack.awaitCall("response:demand", call -> true, WAIT);

    SlackCall toAmelie = awaitDm("xoxb-paris", "U1", "match:interested:");
    SlackCall toNoa = awaitDm("xoxb-telaviv", "U2", "match:interested:");

    click("T1", "U1", toAmelie);
    click("T2", "U2", toNoa);

    SlackCall introToAmelie = awaitDmText("xoxb-paris", "U1", "It's a match!");
    SlackCall introToNoa = awaitDmText("xoxb-telaviv", "U2", "It's a match!");
    assertTrue(introToAmelie.params().get("blocks").contains("noa"), introToAmelie.toString());
    assertTrue(introToNoa.params().get("blocks").contains("amelie"), introToNoa.toString());

    // The clicked DMs were updated in place: the buttons gave way to the answer.
    SlackCall updated =
        slack.awaitCall(
            "chat.update",
            call ->
                call.token().equals("xoxb-paris") && call.params().get("ts").equals(ts(toAmelie)),
            WAIT);
    assertTrue(updated.actionIds().isEmpty(), "buttons are gone: " + updated);
  }

  @Test
  void whatAMemberWroteReachesTheOtherAsTextOnly() throws Exception {
    OAuthInstalls.installBoth(requests, slack);
    amelieOffers(
        "*Cheapest* React dev <!channel> _today_ `rm` > me <https://evil.example|slack.com> #react");
    slack.awaitCall("response:offer", call -> true, WAIT);
    noaDemands("Need a React developer, remote");

    SlackCall toNoa = awaitDm("xoxb-telaviv", "U2", "match:interested:");

    for (String written : List.of(String.join("\n", toNoa.sectionTexts()), toNoa.param("text"))) {
      assertTrue(written.contains("\u2217Cheapest\u2217 React dev"), written);
      assertTrue(written.contains("\u02CDtoday\u02CD \u02CBrm\u02CB &gt; me"), written);
      assertTrue(written.contains("&lt;!channel&gt;"), written);
      assertFalse(written.contains("<!channel>"), written);
      assertFalse(written.contains("<https://evil.example"), written);
    }
  }

  /** Amélie, in the Paris workspace, runs /offer. */
  private HttpResponse<String> amelieOffers(String text) throws Exception {
    return requests.slashCommand(
        "T1", "paris", "U1", "amelie", "/offer", text, slack.responseUrl("offer"), "trigger-1");
  }

  /** Noa, in the Tel Aviv workspace, runs /demand. */
  private void noaDemands(String text) throws Exception {
    requests.slashCommand(
        "T2", "telaviv", "U2", "noa", "/demand", text, slack.responseUrl("demand"), "trigger-2");
  }

  private SlackCall awaitDm(String token, String user, String actionPrefix) {
    return slack.awaitCall(
        "chat.postMessage",
        call ->
            call.token().equals(token)
                && user.equals(call.params().get("channel"))
                && call.actionIds().stream().anyMatch(id -> id.startsWith(actionPrefix)),
        WAIT);
  }

  private SlackCall awaitDmText(String token, String user, String text) {
    return slack.awaitCall(
        "chat.postMessage",
        call ->
            call.token().equals(token)
                && user.equals(call.params().get("channel"))
                && Optional.ofNullable(call.params().get("text")).orElse("").contains(text),
        WAIT);
  }

  private void click(String team, String user, SlackCall dm) throws Exception {
    String interested =
        dm.actionIds().stream()
            .filter(id -> id.startsWith("match:interested:"))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> clicked =
        requests.blockAction(
            team, user, interested, "D" + user, ts(dm), slack.responseUrl("click"));
    assertEquals(200, clicked.statusCode(), clicked.body());
  }

  private static String ts(SlackCall dm) {
    return dm.answer().get("ts").getAsString();
  }
}
