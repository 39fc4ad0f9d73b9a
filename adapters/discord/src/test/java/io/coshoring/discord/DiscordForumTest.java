package io.coshoring.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.discord.testing.FakeDiscord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A forum written by the bridge: every message there is in a post, so a copy opens one through the
 * forum's webhook, titled with its first line, and a reply goes into its parent's post.
 */
class DiscordForumTest {

  private static final Duration WAIT = Duration.ofSeconds(5);

  @TempDir Path folder;

  private FakeDiscord discord;
  private DiscordTestApp app;

  @BeforeEach
  void start() {
    discord = FakeDiscord.start();
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
    discord.close();
  }

  @Test
  void aCopyOpensAPostTitledWithItsFirstLineAndAReplyGoesIntoIt() throws DeliveryException {
    ChannelCopies copies = forum();
    copies.ensureWritable();

    List<String> copy = copies.post("  A mural for the lobby  \nwho paints?");

    DiscordCall opened = discord.awaitCall(c -> c.json().has("thread_name"), WAIT);
    assertEquals("A mural for the lobby", opened.json().get("thread_name").getAsString());
    assertFalse(opened.query().contains("thread_id"), opened.query());
    String post = opened.answeredMessageId();
    assertEquals(List.of(post + "@" + post), copy, "a post has its starter's id");

    List<String> reply = copies.reply(copy.get(0), "me!");

    DiscordCall replied = discord.awaitCall(c -> c.json().toString().contains("me!"), WAIT);
    assertTrue(replied.query().contains("thread_id=" + post), "into the parent's post");
    assertFalse(replied.json().has("thread_name"), "no new post for a reply");
    assertEquals(List.of(replied.answeredMessageId() + "@" + post), reply);

    copies.edit(copy, "A mural for the hall");
    DiscordCall edited = discord.awaitCall(c -> c.method().equals("PATCH"), WAIT);
    assertEquals(200, edited.status(), edited.answer());
    assertTrue(edited.query().contains("thread_id=" + post), edited.query());
  }

  @Test
  void aForumWhereTheBotMayNotWriteInPostsIsNotBridgedAndTheAdminIsToldWhy() {
    discord.withholdFromBot(Permission.MESSAGE_SEND_IN_THREADS);
    ChannelCopies copies = forum();

    DeliveryException refused = assertThrows(DeliveryException.class, copies::ensureWritable);

    assertFalse(refused.retryable());
    assertTrue(refused.getMessage().contains("Send Messages in Threads"), refused.getMessage());
    assertTrue(refused.getMessage().contains("server admin"), refused.getMessage());
  }

  /** A server with a forum, and the bot connected to it. */
  private ChannelCopies forum() {
    discord.addGuild("100", "Paris Makers");
    String forum = discord.addForum("100", "projects");
    app = new DiscordTestApp(folder, discord, 1);
    app.start();
    return new ChannelCopies(app, forum);
  }
}
