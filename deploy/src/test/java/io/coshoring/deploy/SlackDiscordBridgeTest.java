package io.coshoring.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.discord.testing.Interactions;
import io.coshoring.slack.testing.SlackCall;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Slack channel in Paris bridged with a Discord channel in Tel Aviv: a Slack message becomes a
 * Discord webhook message with the author's name, avatar and converted text, and no mention
 * allowed; a Discord message, its edit and its deletion come back to Slack.
 */
class SlackDiscordBridgeTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path folder;

  private MixedNetwork network;
  private Interactions.Where telAviv;
  private String forum;

  @BeforeEach
  void start() {
    network = new MixedNetwork(folder);
    // The server prefers French; its members' own Discord runs in English.
    String channel = network.discord.addGuild("200", "Tel Aviv Devs", "fr");
    telAviv = new Interactions.Where("200", channel, network.discord.addUser("302", "noa"), true);
    forum = network.discord.addForum("200", "projects");
    network.start();
  }

  @AfterEach
  void stop() {
    network.close();
  }

  @Test
  void messagesCrossBetweenSlackAndDiscord() {
    joinOnDiscord(createOnSlack("C1"));
    Interactions interactions = new Interactions(network.discord);

    network.slackRequests.message(
        "T1", "EvM1", "C1", "U1", "*Shalom* <!here>, see <https://x.io|the plan>", "100.1", null);

    DiscordCall webhook =
        network.discord.awaitCall(
            c ->
                c.method().equals("POST")
                    && c.path().startsWith("webhooks/")
                    && c.json().has("username"),
            WAIT);
    assertEquals("amelie (paris)", webhook.json().get("username").getAsString());
    assertEquals("https://avatars.example/U1.png", webhook.json().get("avatar_url").getAsString());
    assertEquals(
        "**Shalom** @\u200Bhere, see [the plan](<https://x.io>)",
        webhook.json().get("content").getAsString());
    assertEquals(
        0, webhook.json().getAsJsonObject("allowed_mentions").getAsJsonArray("parse").size());

    String copyId = webhook.answeredMessageId();
    // Its first line blank: the thread is named after the first line that is not.
    network.slackRequests.message("T1", "EvM2", "C1", "U1", "\n \nin the thread", "100.2", "100.1");
    DiscordCall thread =
        network.discord.awaitCall(
            c -> c.method().equals("POST") && c.path().endsWith("/messages/" + copyId + "/threads"),
            WAIT);
    assertEquals("in the thread", thread.json().get("name").getAsString());
    DiscordCall inThread =
        network.discord.awaitCall(
            c ->
                c.path().startsWith("webhooks/")
                    && c.body() != null
                    && c.body().toString().contains("in the thread"),
            WAIT);
    assertTrue(inThread.query().contains("thread_id=" + copyId), inThread.query());

    network.slackRequests.messageChanged(
        "T1", "EvM3", "C1", "U1", "in the thread, edited", "100.2");
    DiscordCall editInThread =
        network.discord.awaitCall(
            c ->
                c.method().equals("PATCH")
                    && c.path().startsWith("webhooks/")
                    && c.body().toString().contains("edited"),
            WAIT);
    assertTrue(
        editInThread.path().endsWith("/messages/" + inThread.answeredMessageId())
            && editInThread.query().contains("thread_id=" + copyId),
        editInThread.path() + "?" + editInThread.query());

    network.slackRequests.messageDeleted("T1", "EvM4", "C1", "100.1");
    network.discord.awaitCall(
        c -> c.method().equals("DELETE") && c.path().endsWith("/messages/" + copyId), WAIT);

    network
        .discord
        .gateway()
        .dispatch(
            "MESSAGE_CREATE",
            interactions.message(telAviv, "5000", "**Toda** <@302>! @everyone", telAviv.user()));
    SlackCall toSlack =
        network.slack.awaitCall("chat.postMessage", c -> c.param("text").contains("Toda"), WAIT);
    assertEquals("*Toda* @noa! @\u2060everyone", toSlack.param("text"));
    assertEquals("noa (Tel Aviv Devs)", toSlack.param("username"));

    // A role the server no longer has is named in the server's language, as the message is.
    network
        .discord
        .gateway()
        .dispatch("MESSAGE_CREATE", interactions.message(telAviv, "5001", "Merci <@&999> !"));
    SlackCall unnamed =
        network.slack.awaitCall("chat.postMessage", c -> c.param("text").contains("Merci"), WAIT);
    assertEquals("Merci @un rôle !", unnamed.param("text"));

    network
        .discord
        .gateway()
        .dispatch("MESSAGE_UPDATE", interactions.edited(telAviv, "5000", "**Toda raba**"));
    SlackCall edit =
        network.slack.awaitCall("chat.update", c -> c.param("text").contains("raba"), WAIT);
    assertEquals(toSlack.answer().get("ts").getAsString(), edit.param("ts"));

    network.discord.gateway().dispatch("MESSAGE_DELETE", interactions.deleted(telAviv, "5000"));
    network.slack.awaitCall("chat.delete", c -> c.param("ts").equals(edit.param("ts")), WAIT);
  }

  /**
   * A crash point between posting a copy through the webhook and recording it: webhooks take no
   * nonce, so after the restart the copy is read back from the channel, by the webhook, name and
   * text, recorded, and not posted again; an edit then reaches it.
   */
  @Test
  void aWebhookCopyPostedJustBeforeACrashIsFoundAndNotPostedAgain() {
    joinOnDiscord(createOnSlack("C1"));
    network.database.writeAll(
        h ->
            h.execute(
                "CREATE TRIGGER crash_point BEFORE INSERT ON bridge_copies"
                    + " BEGIN SELECT RAISE(ABORT, 'crash after posting'); END"));
    network.slackRequests.message(
        "T1", "EvCrash", "C1", "U1", "posted just before a crash", "300.1", null);
    network.discord.awaitCall(c -> isWebhookPost(c, "posted just before a crash"), WAIT);

    network = network.restart(folder);
    network.database.writeAll(h -> h.execute("DROP TRIGGER crash_point"));
    network.slackRequests.messageChanged(
        "T1", "EvEdit", "C1", "U1", "posted just before a crash, edited", "300.1");

    network.discord.awaitCall(
        c ->
            c.method().equals("PATCH")
                && c.path().startsWith("webhooks/")
                && c.body().toString().contains("edited"),
        WAIT);
    assertEquals(
        1,
        network.discord.calls().stream()
            .filter(c -> isWebhookPost(c, "posted just before a crash"))
            .count(),
        "posted once");
  }

  /**
   * Discord sends a new session nothing of what was written while the bot was away: the bot reads
   * each bridged channel back from the last message it took, and those messages cross, in order,
   * before the ones written after.
   */
  @Test
  void messagesWrittenOnDiscordWhileTheBotWasAwayCrossWhenItIsBack() {
    joinOnDiscord(createOnSlack("C1"));
    Interactions interactions = new Interactions(network.discord);
    network.discord.memberWrites(interactions.message(telAviv, network.discord.nextId(), "before"));
    network.slack.awaitCall("chat.postMessage", c -> c.param("text").contains("before"), WAIT);

    network =
        network.restart(
            folder,
            () -> {
              for (String text : List.of("while away 1", "while away 2")) {
                network.discord.memberWrites(
                    interactions.message(telAviv, network.discord.nextId(), text));
              }
            });
    network.discord.memberWrites(interactions.message(telAviv, network.discord.nextId(), "after"));

    network.slack.awaitCall("chat.postMessage", c -> c.param("text").contains("after"), WAIT);
    List<String> crossed =
        network.slack.calls("chat.postMessage").stream()
            .map(c -> c.param("text"))
            .filter(t -> t.startsWith("before") || t.startsWith("while") || t.startsWith("after"))
            .toList();
    assertEquals(List.of("before", "while away 1", "while away 2", "after"), crossed);
  }

  /**
   * A reply written in a Discord thread (here the one the bot started under a Slack message's copy)
   * crosses into the Slack thread of that message, though the thread is a channel of its own on
   * Discord.
   */
  @Test
  void aReplyInADiscordThreadReachesTheSlackThread() {
    joinOnDiscord(createOnSlack("C1"));
    network.slackRequests.message("T1", "EvP", "C1", "U1", "the parent", "200.1", null);
    String copyId =
        network.discord.awaitCall(c -> isWebhookPost(c, "the parent"), WAIT).answeredMessageId();
    network.slackRequests.message("T1", "EvR", "C1", "U1", "a reply on Slack", "200.2", "200.1");
    network.discord.awaitCall(c -> isWebhookPost(c, "a reply on Slack"), WAIT);

    JsonObject reply =
        new Interactions(network.discord)
            .message(telAviv, network.discord.nextId(), "a reply on Discord");
    reply.addProperty("channel_id", copyId);
    network.discord.memberWrites(reply);

    SlackCall toSlack =
        network.slack.awaitCall(
            "chat.postMessage", c -> c.param("text").contains("a reply on Discord"), WAIT);
    assertEquals("200.1", toSlack.param("thread_ts"), toSlack.toString());
  }

  /**
   * A Slack channel bridged with a Discord forum, joined from one of its posts (nobody can type in
   * a forum itself): a Slack message opens a post titled with its first line, its thread replies go
   * into the post and the post's replies into its thread; a member's new post arrives in Slack as a
   * message with its title, and the replies in it as its thread replies.
   */
  @Test
  void aForumIsBridgedPostByPostWithSlackThreads() {
    String lobby = network.discord.memberOpensPost(forum, "302", "How we work");
    joinOnDiscord(createOnSlack("C1"), inPost(lobby));
    Interactions interactions = new Interactions(network.discord);

    network.slackRequests.message(
        "T1", "EvF1", "C1", "U1", "Lobby mural\nwho paints?", "300.1", null);
    DiscordCall opened = network.discord.awaitCall(c -> isWebhookPost(c, "who paints?"), WAIT);
    assertEquals("Lobby mural", opened.json().get("thread_name").getAsString());
    String post = opened.answeredMessageId();
    network.slackRequests.message("T1", "EvF2", "C1", "U1", "walls are ready", "300.2", "300.1");
    DiscordCall intoPost =
        network.discord.awaitCall(c -> isWebhookPost(c, "walls are ready"), WAIT);
    assertTrue(intoPost.query().contains("thread_id=" + post), intoPost.query());
    assertFalse(intoPost.json().has("thread_name"), "no post of its own");

    awaitRecorded(post + "@" + post);
    network.discord.memberWrites(
        interactions.message(inPost(post), network.discord.nextId(), "I can paint"));
    SlackCall painter =
        network.slack.awaitCall(
            "chat.postMessage", c -> c.param("text").contains("I can paint"), WAIT);
    assertEquals("300.1", painter.param("thread_ts"), painter.toString());
    network
        .discord
        .gateway()
        .dispatch("MESSAGE_REACTION_ADD", interactions.reaction(inPost(post), post, "🎉"));
    network.slack.awaitCall("reactions.add", c -> c.param("timestamp").equals("300.1"), WAIT);
    network.slackRequests.reaction("T1", "EvF3", true, "C1", "300.1", "U1", "heart");
    network.discord.awaitCall(
        c -> c.method().equals("PUT") && c.path().contains("/reactions/"), WAIT);
    assertEquals(Set.of("❤️"), network.discord.reactionsOn(post, post), "on the post's start");

    String bikes = network.discord.memberOpensPost(forum, "302", "Bike repair day");
    network.discord.memberWrites(interactions.message(inPost(bikes), bikes, "Saturday at 10"));
    SlackCall opening =
        network.slack.awaitCall(
            "chat.postMessage", c -> c.param("text").contains("Saturday at 10"), WAIT);
    assertTrue(opening.param("text").startsWith("*Bike repair day*"), opening.param("text"));
    assertEquals("", opening.param("thread_ts"), "a message of its own");
    network.discord.memberWrites(
        interactions.message(inPost(bikes), network.discord.nextId(), "count me in"));
    SlackCall joining =
        network.slack.awaitCall(
            "chat.postMessage", c -> c.param("text").contains("count me in"), WAIT);
    assertEquals(opening.answer().get("ts").getAsString(), joining.param("thread_ts"));

    network
        .discord
        .gateway()
        .dispatch("MESSAGE_UPDATE", interactions.edited(inPost(bikes), bikes, "Sunday at 10"));
    SlackCall moved =
        network.slack.awaitCall("chat.update", c -> c.param("text").contains("Sunday"), WAIT);
    assertEquals(opening.answer().get("ts").getAsString(), moved.param("ts"));
    assertTrue(moved.param("text").startsWith("*Bike repair day*"), moved.param("text"));
    network
        .discord
        .gateway()
        .dispatch("MESSAGE_DELETE", interactions.deleted(inPost(bikes), bikes));
    network.slack.awaitCall("chat.delete", c -> c.param("ts").equals(moved.param("ts")), WAIT);
  }

  /** Noa, in a post of the forum. */
  private Interactions.Where inPost(String post) {
    return new Interactions.Where("200", post, telAviv.user(), true);
  }

  /**
   * A photo shared on Slack shows on Discord as the file itself, read from Slack with the bot's
   * token; a video over Discord's 10 MiB limit for a bot is named there with its size instead, in
   * the server's language, as everyone in the channel reads it; a file attached on Discord arrives
   * in Slack as an uploaded file.
   */
  @Test
  void filesCrossBothWaysAndOneOverDiscordsLimitIsNamedInstead() {
    joinOnDiscord(createOnSlack("C1"));
    byte[] photo = "a photo of the terrace".getBytes(StandardCharsets.UTF_8);
    JsonObject image =
        network.slack.memberSharesFile("T1", "C1", "U1", "terrace.png", "image/png", photo);
    network.slackRequests.fileShare("T1", "EvF1", "C1", "U1", "our terrace", "300.1", image);

    DiscordCall copy = network.discord.awaitCall(c -> isWebhookPost(c, "our terrace"), WAIT);
    JsonObject attached =
        JsonParser.parseString(copy.answer())
            .getAsJsonObject()
            .getAsJsonArray("attachments")
            .get(0)
            .getAsJsonObject();
    assertEquals("terrace.png", attached.get("filename").getAsString());
    assertArrayEquals(photo, network.discord.attachmentBytes(attached.get("url").getAsString()));

    byte[] video = new byte[11 * 1024 * 1024];
    JsonObject tour =
        network.slack.memberSharesFile("T1", "C1", "U1", "tour.mp4", "video/mp4", video);
    network.slackRequests.fileShare("T1", "EvF2", "C1", "U1", "", "300.2", tour);
    DiscordCall note = network.discord.awaitCall(c -> isWebhookPost(c, "tour.mp4"), WAIT);
    String content = note.json().get("content").getAsString();
    assertTrue(
        content.contains("tour.mp4 (11,5 Mo) dépasse la limite de 10,5 Mo par fichier de Discord"),
        content);
    assertEquals(
        0,
        JsonParser.parseString(note.answer())
            .getAsJsonObject()
            .getAsJsonArray("attachments")
            .size());

    byte[] plan = "the floor plan".getBytes(StandardCharsets.UTF_8);
    JsonObject written =
        new Interactions(network.discord).message(telAviv, network.discord.nextId(), "the plan");
    JsonArray files = new JsonArray();
    files.add(network.discord.attachment("plan.pdf", "application/pdf", plan));
    written.add("attachments", files);
    network.discord.memberWrites(written);

    SlackCall shared =
        network.slack.awaitCall(
            "files.completeUploadExternal", c -> "C1".equals(c.param("channel_id")), WAIT);
    String uploaded =
        shared.answer().getAsJsonArray("files").get(0).getAsJsonObject().get("id").getAsString();
    assertArrayEquals(plan, network.slack.fileBytes(uploaded));
    network.slack.awaitCall("chat.postMessage", c -> c.param("text").contains("the plan"), WAIT);
  }

  /**
   * Noa reacts on Discord to the copy of Amélie's message: the bot reacts so on the original in
   * Slack, and takes it back when Noa does; Amélie's reaction in Slack shows on the Discord copy.
   */
  @Test
  void reactionsCrossBothWays() {
    joinOnDiscord(createOnSlack("C1"));
    network.slackRequests.message("T1", "EvQ", "C1", "U1", "lunch at noon?", "400.1", null);
    String copy =
        network.discord.awaitCall(c -> isWebhookPost(c, "lunch at noon"), WAIT).answeredMessageId();
    awaitRecorded(copy);
    Interactions interactions = new Interactions(network.discord);

    network
        .discord
        .gateway()
        .dispatch("MESSAGE_REACTION_ADD", interactions.reaction(telAviv, copy, "🎉"));
    network.slack.awaitCall("reactions.add", c -> c.param("name").equals("tada"), WAIT);
    assertEquals(Set.of("tada"), network.slack.reactionsOn("T1", "C1", "400.1"));

    network
        .discord
        .gateway()
        .dispatch("MESSAGE_REACTION_REMOVE", interactions.reaction(telAviv, copy, "🎉"));
    network.slack.awaitCall("reactions.remove", c -> c.param("name").equals("tada"), WAIT);
    assertEquals(Set.of(), network.slack.reactionsOn("T1", "C1", "400.1"));

    network.slackRequests.reaction("T1", "EvQ2", true, "C1", "400.1", "U1", "heart");
    network.discord.awaitCall(
        c -> c.method().equals("PUT") && c.path().contains("/reactions/"), WAIT);
    assertEquals(Set.of("❤️"), network.discord.reactionsOn(telAviv.channelId(), copy));
  }

  /**
   * A Tel Aviv admin takes Manage Webhooks from the bot in the bridged channel (Discord has not
   * told the bot): Amélie's message fails there for good, at once, and holds nothing up; Paris's
   * {@code bridge status} says what failed, in words a server admin acts on.
   */
  @Test
  void aMissingPermissionFailsAtOnceAndBridgeStatusSaysWhich() {
    joinOnDiscord(createOnSlack("C1"));
    network.discord.denyInChannel(telAviv.channelId(), Permission.MANAGE_WEBHOOKS);
    network.slackRequests.message("T1", "EvW", "C1", "U1", "can you see this?", "500.1", null);
    network.discord.awaitCall(c -> c.status() == 403, WAIT);

    long deadline = System.nanoTime() + WAIT.toNanos();
    while (deadLetters() == 0 && System.nanoTime() < deadline) {
      sleep(20);
    }
    network.slackRequests.slashCommandIn(
        "C1",
        "T1",
        "paris",
        "U1",
        "amelie",
        "/coshore",
        "bridge status",
        network.slack.responseUrl("status"));
    String status = network.slack.awaitCall("response:status", c -> true, WAIT).param("text");
    assertTrue(status.contains("1 not delivered"), status);
    assertTrue(status.contains("the bot lacks Discord's Manage Webhooks permission"), status);
    assertFalse(status.contains("50013"), "explained to members, not in Discord's codes");
    assertEquals(
        1, network.discord.calls().stream().filter(c -> c.status() == 403).count(), "not retried");
  }

  private int deadLetters() {
    return network.database.read(
        h -> h.createQuery("SELECT COUNT(*) FROM relay_dead_letters").mapTo(Integer.class).one());
  }

  /** A copy is known as one once its post has returned: Noa reacts after that. */
  private void awaitRecorded(String copy) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline
        && network.database.read(
                h ->
                    h.createQuery("SELECT COUNT(*) FROM bridge_copies WHERE target_message = :m")
                        .bind("m", copy)
                        .mapTo(Integer.class)
                        .one())
            == 0) {
      sleep(20);
    }
  }

  private static boolean isWebhookPost(DiscordCall call, String text) {
    return call.method().equals("POST")
        && call.path().startsWith("webhooks/")
        && call.status() == 200
        && call.body() != null
        && call.body().toString().contains(text);
  }

  @Test
  void aThreeWayBridgeDeliversEveryMessageOnceInOrderThroughA429StormAndARestart() {
    String code = createOnSlack("C1");
    joinOnSlack("C3", code);
    joinOnDiscord(codeOnSlack("C1"));

    network.slack.rateLimitNext("chat.postMessage", 4, 1);
    Interactions interactions = new Interactions(network.discord);
    for (int i = 0; i < 3; i++) {
      network
          .discord
          .gateway()
          .dispatch(
              "MESSAGE_CREATE",
              interactions.message(telAviv, Integer.toString(6000 + i), "burst " + i));
    }
    network.slack.awaitCall("chat.postMessage", c -> c.param("text").equals("burst 0"), WAIT);
    network = network.restart(folder);
    for (int i = 3; i < 6; i++) {
      network
          .discord
          .gateway()
          .dispatch(
              "MESSAGE_CREATE",
              interactions.message(telAviv, Integer.toString(6000 + i), "burst " + i));
    }

    List<String> expected =
        List.of("burst 0", "burst 1", "burst 2", "burst 3", "burst 4", "burst 5");
    for (String channel : List.of("C1", "C3")) {
      long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
      while (delivered(channel).size() < expected.size() && System.nanoTime() < deadline) {
        sleep(100);
      }
      assertEquals(expected, delivered(channel), "every message once, in order, in " + channel);
    }
  }

  /** What Slack accepted in a channel, in order: the answered posts, not the refused ones. */
  private List<String> delivered(String channel) {
    return network.slack.calls("chat.postMessage").stream()
        .filter(c -> c.answer() != null && c.param("channel").equals(channel))
        .map(c -> c.param("text"))
        .filter(text -> text.startsWith("burst"))
        .toList();
  }

  private String createOnSlack(String channel) {
    network.slackRequests.slashCommandIn(
        channel,
        "T1",
        "paris",
        "U1",
        "amelie",
        "/coshore",
        "bridge create makers",
        network.slack.responseUrl("create-" + channel));
    return joinCode(network.slack.awaitCall("response:create-" + channel, c -> true, WAIT));
  }

  private String codeOnSlack(String channel) {
    network.slackRequests.slashCommandIn(
        channel,
        "T1",
        "paris",
        "U1",
        "amelie",
        "/coshore",
        "bridge code",
        network.slack.responseUrl("code-" + channel));
    return joinCode(network.slack.awaitCall("response:code-" + channel, c -> true, WAIT));
  }

  private void joinOnSlack(String channel, String code) {
    network.slackRequests.slashCommandIn(
        channel,
        "T1",
        "paris",
        "U1",
        "amelie",
        "/coshore",
        "bridge join " + code,
        network.slack.responseUrl("join-" + channel));
    assertTrue(
        network
            .slack
            .awaitCall("response:join-" + channel, c -> true, WAIT)
            .param("text")
            .contains("now in bridge"));
  }

  private void joinOnDiscord(String code) {
    joinOnDiscord(code, telAviv);
  }

  private void joinOnDiscord(String code, Interactions.Where where) {
    Interactions interactions = new Interactions(network.discord);
    network
        .discord
        .gateway()
        .dispatch(
            "INTERACTION_CREATE",
            interactions.slashCommandInGroup(
                where, "coshore", "bridge", "join", Map.of("code", code)));
    network.discord.awaitCall(
        c -> c.method().equals("PATCH") && c.body().toString().contains("now in bridge"), WAIT);
  }

  private static String joinCode(SlackCall answer) {
    Matcher code = Pattern.compile("([A-Z0-9]{4}-[A-Z0-9]{4})").matcher(answer.param("text"));
    assertTrue(code.find(), answer.toString());
    return code.group(1);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
