package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.coshoring.slack.testing.FakeSlack;
import io.coshoring.slack.testing.SlackCall;
import io.coshoring.slack.testing.SlackRequests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A channel of one workspace bridged with a channel of another, by their admins: messages, edits,
 * deletes and thread replies cross both ways, shown under the author's name and avatar, with
 * nothing able to ping; bots' messages, the bridge's own copies among them, stay put.
 */
class SlackBridgeTest {

  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir Path folder;

  private FakeSlack slack;
  private SlackTestApp app;
  private SlackRequests requests;
  private BridgedChannels bridged;
  private int events;

  @BeforeEach
  void start() {
    slack = FakeSlack.start();
    bridged = new BridgedChannels(slack);
    OAuthInstalls.parisAndTelAviv(slack, true);
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
  void messagesEditsDeletesAndRepliesCrossBothWays() {
    bridged.bridge(requests);

    message(
        "T1", "C1", "U1", "*Hello* from <@U1>! <!channel> see <https://x.io|this>", "100.1", null);
    SlackCall copy = bridged.awaitPost("xoxb-telaviv", "C2", "Hello");
    assertEquals(
        "*Hello* from @amelie! @\u2060channel see <https://x.io|this>", copy.param("text"));
    assertEquals("amelie (paris)", copy.param("username"));
    assertEquals("https://avatars.example/U1.png", copy.param("icon_url"));
    String copyTs = copy.answer().get("ts").getAsString();

    message("T1", "C1", "U1", "a reply", "100.2", "100.1");
    SlackCall reply = bridged.awaitPost("xoxb-telaviv", "C2", "a reply");
    assertEquals(copyTs, reply.param("thread_ts"));

    edit("T1", "C1", "U1", "*Hello* again", "100.1");
    SlackCall edited = slack.awaitCall("chat.update", c -> c.param("text").contains("again"), WAIT);
    assertEquals(copyTs, edited.param("ts"));
    assertEquals("xoxb-telaviv", edited.token());

    delete("T1", "C1", "100.1");
    assertEquals(
        copyTs,
        slack.awaitCall("chat.delete", c -> c.param("channel").equals("C2"), WAIT).param("ts"));

    message("T2", "C2", "U2", "_Shalom_ Paris", "200.1", null);
    SlackCall back = bridged.awaitPost("xoxb-paris", "C1", "Shalom");
    assertEquals("_Shalom_ Paris", back.param("text"));
    assertEquals("noa (telaviv)", back.param("username"));
  }

  /**
   * Slack sends a message with a file, and a thread reply also sent to the channel, as subtypes
   * with events of their own: both cross, and Slack gets its ack (an unhandled event is answered
   * 404, and Slack sends it again).
   */
  @Test
  void aFileShareAndAThreadBroadcastCross() {
    bridged.bridge(requests);
    message("T1", "C1", "U1", "the plan", "300.1", null);
    String parentCopy =
        bridged.awaitPost("xoxb-telaviv", "C2", "the plan").answer().get("ts").getAsString();

    byte[] plan = "the plan, in full".getBytes(StandardCharsets.UTF_8);
    JsonObject file = slack.memberSharesFile("T1", "C1", "U1", "plan.pdf", "application/pdf", plan);
    assertEquals(
        200,
        requests
            .fileShare("T1", "EvFile", "C1", "U1", "here is the file", "300.2", file)
            .statusCode());

    JsonObject broadcast = channelMessage("also to the channel", "300.3");
    broadcast.addProperty("subtype", "thread_broadcast");
    broadcast.addProperty("thread_ts", "300.1");
    assertEquals(200, requests.event("T1", "EvBroadcast", broadcast, null).statusCode());

    bridged.awaitPost("xoxb-telaviv", "C2", "here is the file");
    SlackCall shared =
        slack.awaitCall(
            "files.completeUploadExternal", c -> c.token().equals("xoxb-telaviv"), WAIT);
    assertEquals("C2", shared.param("channel_id"));
    String uploaded =
        shared.answer().getAsJsonArray("files").get(0).getAsJsonObject().get("id").getAsString();
    assertArrayEquals(plan, slack.fileBytes(uploaded), "the file itself, not a link to Paris");
    assertEquals(
        "xoxb-paris", slack.calls("download").get(0).token(), "read from Paris with Paris's token");
    assertEquals(
        parentCopy,
        bridged.awaitPost("xoxb-telaviv", "C2", "also to the channel").param("thread_ts"));
  }

  /**
   * Tel Aviv uninstalls the app: its workspace is inactive at once, its channel paused, Paris's
   * messages no longer queue for it, and Paris sees why in {@code bridge status}.
   */
  @Test
  void anUninstalledWorkspacesChannelsArePausedAndTheOtherSideSeesIt() {
    bridged.bridge(requests);
    JsonObject uninstalled = new JsonObject();
    uninstalled.addProperty("type", "app_uninstalled");
    assertEquals(200, requests.event("T2", "EvGone", uninstalled, null).statusCode());

    message("T1", "C1", "U1", "anyone there?", "400.1", null);
    requests.slashCommandIn(
        "C1",
        "T1",
        "paris",
        "U1",
        "amelie",
        "/coshore",
        "bridge status",
        slack.responseUrl("status"));

    String status = slack.awaitCall("response:status", c -> true, WAIT).param("text");
    assertTrue(status.contains("the bot was removed there"), status);
    assertEquals(0, app.rows("relay_queue"), "nothing queued for the paused channel");
    assertTrue(
        slack.calls("chat.postMessage").stream()
            .noneMatch(c -> c.param("text").contains("anyone there?")));
  }

  /**
   * A channel the bot is not in sends it no events and refuses its posts: a public one it joins by
   * itself when it is bridged; for a private one, hidden from it, the admin is told to invite it.
   */
  @Test
  void theBotJoinsAPublicChannelItBridgesAndAsksToBeInvitedToAPrivateOne() {
    bridged.bridge(requests);
    assertEquals(2, slack.calls("conversations.join").size(), "joined C1 and C2 by itself");

    slack.addPrivateChannel("T1", "G9");
    requests.slashCommandIn(
        "G9",
        "T1",
        "paris",
        "U1",
        "amelie",
        "/coshore",
        "bridge create secret",
        slack.responseUrl("private"));
    String answer = slack.awaitCall("response:private", c -> true, WAIT).param("text");
    assertTrue(answer.contains("/invite @coshoring"), answer);

    slack.inviteBot("T1", "G9");
    requests.slashCommandIn(
        "G9",
        "T1",
        "paris",
        "U1",
        "amelie",
        "/coshore",
        "bridge create secret",
        slack.responseUrl("invited"));
    String created = slack.awaitCall("response:invited", c -> true, WAIT).param("text");
    assertTrue(created.contains("bridge join"), created);
  }

  /**
   * GIVEN Amélie, an admin whose Slack is in French, WHEN she bridges a private channel the bot is
   * not in, THEN she is told in French to invite the bot, and to run the command again.
   */
  @Test
  void anAdminWhoseSlackIsInFrenchIsToldInFrenchToInviteTheBot() {
    slack.setLocale("T1", "U1", "fr-FR");
    slack.addPrivateChannel("T1", "G9");

    requests.slashCommandIn(
        "G9",
        "T1",
        "paris",
        "U1",
        "amelie",
        "/coshore",
        "bridge create secret",
        slack.responseUrl("private"));

    String answer = slack.awaitCall("response:private", c -> true, WAIT).param("text");
    assertTrue(
        answer.startsWith(
            "Désolé, Slack ne montre pas ce canal à coshoring : il a été supprimé, ou il est privé"
                + " et l’application n’y est pas ; s’il est privé, tapez `/invite @coshoring` dans"
                + " ce canal ; relancez ensuite la commande.\n"),
        answer);
  }

  private static JsonObject channelMessage(String text, String ts) {
    JsonObject event = new JsonObject();
    event.addProperty("type", "message");
    event.addProperty("channel", "C1");
    event.addProperty("user", "U1");
    event.addProperty("text", text);
    event.addProperty("ts", ts);
    event.addProperty("event_ts", ts);
    event.addProperty("channel_type", "channel");
    return event;
  }

  /**
   * A message of blank space shows nothing, and Slack would refuse its copy (no_text): it is not
   * relayed, and the next message crosses at once, nothing failed or waiting.
   */
  @Test
  void aBlankMessageIsNotRelayedAndHoldsNothingUp() {
    bridged.bridge(requests);
    message("T1", "C1", "U1", " \n\t ", "360.1", null);
    message("T1", "C1", "U1", "after the blank one", "360.2", null);

    bridged.awaitPost("xoxb-telaviv", "C2", "after the blank one");
    assertEquals(
        1,
        slack.calls("chat.postMessage").stream()
            .filter(c -> c.param("channel").equals("C2"))
            .count());
    assertEquals(0, app.rows("relay_dead_letters"));
  }

  /** Slack would send again, three times, a message event of a kind nobody handles. */
  @Test
  void aMessageSubtypeNotRelayedIsAckedAllTheSame() {
    bridged.bridge(requests);
    JsonObject joined = channelMessage("<@U3> has joined the channel", "350.1");
    joined.addProperty("subtype", "channel_join");

    assertEquals(200, requests.event("T1", "EvJoin", joined, null).statusCode());
    assertTrue(
        slack.calls("chat.postMessage").stream()
            .noneMatch(c -> c.param("text").contains("joined")));
  }

  @Test
  void aBotsMessageIsNotRelayed() throws Exception {
    bridged.bridge(requests);
    JsonObject bot = new JsonObject();
    bot.addProperty("type", "message");
    bot.addProperty("subtype", "bot_message");
    bot.addProperty("channel", "C2");
    bot.addProperty("bot_id", "BBOT");
    bot.addProperty("username", "amelie (paris)");
    bot.addProperty("text", "a copy the bridge posted");
    bot.addProperty("ts", "300.1");
    bot.addProperty("event_ts", "300.1");
    requests.event("T2", "EvBot", bot, null);
    message("T2", "C2", "U2", "a person writes", "300.2", null);

    bridged.awaitPost("xoxb-paris", "C1", "a person writes");
    assertTrue(
        slack.calls("chat.postMessage").stream()
            .noneMatch(c -> c.param("text").contains("a copy the bridge posted")));
  }

  /**
   * A crash point between remembering the event and queueing its copies: the transaction that does
   * both fails there (a trigger aborts it), so Slack is not acked and sends the event again, and
   * the resend crosses, once. Remembering the event on its own first would have dropped the resend.
   */
  @Test
  void aMessageNotQueuedIsNotAckedAndItsResendCrossesOnce() {
    bridged.bridge(requests);
    app.database.write(
        h ->
            h.execute(
                "CREATE TRIGGER crash_point BEFORE INSERT ON relay_queue"
                    + " BEGIN SELECT RAISE(ABORT, 'crash before the copies are queued'); END"));
    JsonObject event = new JsonObject();
    event.addProperty("type", "message");
    event.addProperty("channel", "C1");
    event.addProperty("user", "U1");
    event.addProperty("text", "written just before a crash");
    event.addProperty("ts", "400.1");
    event.addProperty("event_ts", "400.1");
    event.addProperty("channel_type", "channel");

    assertEquals(500, requests.event("T1", "EvCrash", event, null).statusCode());

    app.database.write(h -> h.execute("DROP TRIGGER crash_point"));
    assertEquals(200, requests.event("T1", "EvCrash", event, 1).statusCode());
    assertEquals(200, requests.event("T1", "EvCrash", event, 2).statusCode());
    message("T1", "C1", "U1", "and the next one", "400.2", null);

    bridged.awaitPost("xoxb-telaviv", "C2", "and the next one");
    assertEquals(
        1,
        slack.calls("chat.postMessage").stream()
            .filter(c -> c.param("text").contains("written just before a crash"))
            .count());
  }

  /**
   * A crash point between posting a copy and recording it: after the restart, the copy is found in
   * the channel by the key in its metadata, recorded, and not posted again, in the channel or in a
   * thread; an edit then reaches it.
   */
  @Test
  void aCopyPostedJustBeforeACrashIsFoundAndNotPostedAgain() {
    bridged.bridge(requests);
    app.database.write(
        h ->
            h.execute(
                "CREATE TRIGGER crash_point BEFORE INSERT ON bridge_copies"
                    + " BEGIN SELECT RAISE(ABORT, 'crash after posting'); END"));
    message("T1", "C1", "U1", "posted just before a crash", "500.1", null);
    bridged.awaitPost("xoxb-telaviv", "C2", "posted just before a crash");

    app.close();
    app = SlackTestApp.withOAuth(folder, slack.apiUrl());
    app.database.write(h -> h.execute("DROP TRIGGER crash_point"));
    requests = new SlackRequests(app.eventsUrl(), SlackTestApp.SIGNING_SECRET);
    edit("T1", "C1", "U1", "posted just before a crash, edited", "500.1");

    slack.awaitCall(
        "chat.update",
        c -> c.param("channel").equals("C2") && c.param("text").contains("edited"),
        WAIT);
    assertEquals(
        1,
        slack.calls("chat.postMessage").stream()
            .filter(c -> c.param("text").contains("posted just before a crash"))
            .count(),
        "posted once");
  }

  /**
   * Noa reacts in Tel Aviv on the copy: the bot reacts so on Amélie's original in Paris, and takes
   * its reaction back when Noa does. Its own reactions are not mirrored back, and a custom emoji
   * Paris lacks is left out without a failure.
   */
  @Test
  void reactionsCrossBothWaysAndTheirRemovalToo() {
    bridged.bridge(requests);
    message("T1", "C1", "U1", "who's in for Friday?", "600.1", null);
    String copy =
        bridged.awaitPost("xoxb-telaviv", "C2", "Friday").answer().get("ts").getAsString();

    requests.reaction("T2", "EvR1", true, "C2", copy, "U2", "thumbsup::skin-tone-3");
    slack.awaitCall("reactions.add", c -> c.token().equals("xoxb-paris"), WAIT);
    assertEquals(Set.of("+1::skin-tone-3"), slack.reactionsOn("T1", "C1", "600.1"));

    // Slack tells the bot of its own reaction too: it is not sent back.
    requests.reaction("T1", "EvR2", true, "C1", "600.1", "UBOT", "+1::skin-tone-3");
    requests.reaction("T2", "EvR3", true, "C2", copy, "U2", "partyparrot");
    requests.reaction("T2", "EvR4", false, "C2", copy, "U2", "thumbsup::skin-tone-3");

    slack.awaitCall("reactions.remove", c -> c.token().equals("xoxb-paris"), WAIT);
    assertEquals(Set.of(), slack.reactionsOn("T1", "C1", "600.1"));
    assertTrue(
        slack.calls("reactions.add").stream().noneMatch(c -> c.token().equals("xoxb-telaviv")));
    assertEquals(0, app.rows("relay_dead_letters"), "the custom emoji Paris lacks is no failure");
  }

  private void message(
      String team, String channel, String user, String text, String ts, String thread) {
    requests.message(team, "Ev" + ++events, channel, user, text, ts, thread);
  }

  private void edit(String team, String channel, String user, String text, String ts) {
    requests.messageChanged(team, "Ev" + ++events, channel, user, text, ts);
  }

  private void delete(String team, String channel, String ts) {
    requests.messageDeleted(team, "Ev" + ++events, channel, ts);
  }
}
