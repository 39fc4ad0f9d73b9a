package io.coshoring.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.Explanation;
import io.coshoring.core.adapter.Explanation.Kind;
import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.discord.testing.FakeDiscord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discord refuses what JDA's cache let through: a server admin changed the channel, and the bot has
 * not heard of it yet. The bridge's copy then fails for good, in words a server admin can act on,
 * and JDA does not try the refused call again.
 */
class DiscordRefusalsTest {

  @TempDir Path folder;

  private FakeDiscord discord;
  private DiscordTestApp app;
  private String channel;
  private ChannelCopies copies;

  @BeforeEach
  void start() {
    discord = FakeDiscord.start();
    channel = discord.addGuild("100", "Paris Makers");
    app = new DiscordTestApp(folder, discord);
    copies = new ChannelCopies(app, channel);
  }

  @AfterEach
  void stop() {
    app.close();
    discord.close();
  }

  @Test
  void aCopyIntoAChannelWhereTheBotLostManageWebhooksFailsForGood() {
    discord.denyInChannel(channel, Permission.MANAGE_WEBHOOKS);

    DeliveryException refused = assertThrows(DeliveryException.class, () -> copies.post("bonjour"));

    assertFalse(refused.retryable(), "no retry grants a permission");
    assertTrue(refused.getMessage().contains("\"Manage Webhooks\""), refused.getMessage());
    assertTrue(refused.getMessage().contains("server admin"), refused.getMessage());
    assertEquals(
        Explanation.of(
            Kind.DISCORD_PERMISSIONS_MISSING,
            "permissions",
            List.of("Manage Webhooks"),
            "count",
            1,
            "where",
            "channel"),
        refused.explanation());
    assertEquals(1, callsTo(c -> c.path().endsWith("/webhooks")), "JDA did not ask again");
  }

  @Test
  void aCopyIntoAChannelTheBotCanNoLongerSeeFailsForGood() {
    discord.denyInChannel(channel, Permission.VIEW_CHANNEL);

    DeliveryException refused = assertThrows(DeliveryException.class, () -> copies.post("bonjour"));

    assertFalse(refused.retryable());
    assertTrue(refused.getMessage().contains("cannot see that channel"), refused.getMessage());
    assertTrue(refused.getMessage().contains("View Channel"), refused.getMessage());
    assertEquals(
        Explanation.of(Kind.DISCORD_CHANNEL_HIDDEN, "permission", "View Channel"),
        refused.explanation());
  }

  @Test
  void aCopyIntoADeletedChannelFailsForGood() {
    discord.deleteChannel(channel);

    DeliveryException refused = assertThrows(DeliveryException.class, () -> copies.post("bonjour"));

    assertFalse(refused.retryable());
    assertTrue(refused.getMessage().contains("no longer exists"), refused.getMessage());
    assertEquals(
        Explanation.of(Kind.CHANNEL_DELETED, "platform", "Discord"), refused.explanation());
  }

  @Test
  void anEditThatWouldLeaveACopyEmptyFailsForGood() throws DeliveryException {
    List<String> copy = copies.post("bonjour");

    DeliveryException refused = assertThrows(DeliveryException.class, () -> copies.edit(copy, ""));

    assertFalse(refused.retryable(), "Discord shows no empty message, however often asked");
    assertTrue(refused.getMessage().contains("empty"), refused.getMessage());
    assertEquals(Kind.MESSAGE_EMPTY, refused.explanation().kind());
    assertEquals(1, callsTo(c -> c.status() == 400), "one refusal, not retried by JDA");
  }

  @Test
  void anEmptyCopyPostsNothingAndAsksDiscordNothing() throws DeliveryException {
    copies.post("bonjour");
    int before = discord.calls().size();

    assertEquals(List.of(), copies.post(""), "nothing to show, so no message");
    assertEquals(before, discord.calls().size(), "Discord would refuse it with 50006");
  }

  @Test
  void aCopyFromSomeoneNamedLikeDiscordShowsANameDiscordTakes() throws DeliveryException {
    copies.postAs("Discord Dan", "bonjour");

    DiscordCall sent = discord.awaitCall(c -> c.json().has("username"), Duration.ofSeconds(5));
    assertEquals(200, sent.status(), sent.answer());
    assertEquals("D1scord Dan (Slack Paris)", sent.json().get("username").getAsString());
  }

  @Test
  void aServerErrorIsWorthAnotherTry() {
    discord.failNext("/webhooks", 1, 500, 0);

    DeliveryException failed = assertThrows(DeliveryException.class, () -> copies.post("bonjour"));

    assertTrue(failed.retryable(), failed.getMessage());
    assertEquals(Kind.NOT_TAKEN_FOR_NOW, failed.explanation().kind());
  }

  private long callsTo(Predicate<DiscordCall> matching) {
    return discord.calls().stream().filter(matching).count();
  }
}
