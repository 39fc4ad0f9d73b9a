package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.Explanation;
import io.coshoring.core.adapter.Explanation.Kind;
import io.coshoring.slack.testing.FakeSlack;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slack's refusals, as the SDK gets them from the fake Slack, become failures the dispatchers act
 * on: the ones no retry can mend at once, in words a workspace admin can act on; a rate limit after
 * its Retry-After.
 */
class SlackRefusalsTest {

  private FakeSlack slack;
  private SlackApi api;

  @BeforeEach
  void start() {
    slack = FakeSlack.start();
    slack.addWorkspace("T1", "xoxb-one");
    slack.inviteBot("T1", "C1");
    api = new SlackApi(new SlackClients(slack.apiUrl()), new BotTokens("xoxb-one", null));
  }

  @AfterEach
  void stop() {
    slack.close();
  }

  @Test
  void anArchivedChannel() {
    slack.archive("T1", "C1");

    DeliveryException refusal = refusal(post("C1", "hello"));

    assertTrue(refusal.getMessage().contains("unarchive it"));
    assertEquals(Explanation.of(Kind.SLACK_CHANNEL_ARCHIVED), refusal.explanation());
  }

  @Test
  void aChannelTheAppIsNotIn() {
    DeliveryException refusal = refusal(post("C2", "hello"));

    assertTrue(refusal.getMessage().contains("/invite @coshoring"));
    assertEquals(Explanation.of(Kind.SLACK_NOT_IN_CHANNEL), refusal.explanation());
  }

  @Test
  void aPrivateChannelTheAppCannotSee() {
    slack.addPrivateChannel("T1", "G1");

    DeliveryException refusal = refusal(post("G1", "hello"));

    assertTrue(refusal.getMessage().contains("it is private and the app was removed"));
    assertEquals(Explanation.of(Kind.SLACK_CHANNEL_HIDDEN), refusal.explanation());
  }

  @Test
  void aPermissionTheWorkspaceHasNotGiven() {
    slack.withhold("xoxb-one", "chat:write.customize");

    DeliveryException refusal =
        refusal(
            client ->
                client.chatPostMessage(r -> r.channel("C1").text("hello").username("amelie")));

    String words = refusal.getMessage();
    assertTrue(words.contains("`chat:write.customize` permission"), words);
    assertTrue(words.contains("reinstall the app"), words);
    assertEquals(
        Explanation.of(Kind.SLACK_SCOPE_MISSING, "scope", "chat:write.customize"),
        refusal.explanation());
  }

  @Test
  void blocksSlackRefuses() {
    String header = "[{'type':'header','text':{'type':'mrkdwn','text':'hi'}}]".replace('\'', '"');

    DeliveryException refusal =
        refusal(
            client ->
                client.chatPostMessage(r -> r.channel("C1").text("hello").blocksAsString(header)));

    String words = refusal.getMessage();
    assertTrue(words.contains("a bug in coshoring, please report it (invalid_blocks)"), words);
    assertEquals(Explanation.of(Kind.MESSAGE_REFUSED, "platform", "Slack"), refusal.explanation());
  }

  @Test
  void aMessageTooLongOrEmpty() {
    DeliveryException tooLong = refusal(post("C1", "x".repeat(40_001)));
    DeliveryException empty = refusal(post("C1", ""));

    assertTrue(tooLong.getMessage().contains("(msg_too_long)"));
    assertEquals(Kind.MESSAGE_REFUSED, tooLong.explanation().kind());
    assertTrue(empty.getMessage().contains("(no_text)"));
    assertEquals(Kind.MESSAGE_EMPTY, empty.explanation().kind());
  }

  @Test
  void aRateLimitIsTriedAgainAfterItsRetryAfter() {
    slack.rateLimitNext("chat.postMessage", 1, 7);

    DeliveryException limited =
        assertThrows(DeliveryException.class, () -> api.call("T1", post("C1", "hello")));

    assertTrue(limited.retryable());
    assertEquals(Optional.of(Duration.ofSeconds(7)), limited.retryAfter());
  }

  private static SlackApi.SlackCall<ChatPostMessageResponse> post(String channel, String text) {
    return client -> client.chatPostMessage(r -> r.channel(channel).text(text));
  }

  /** A refusal that no retry mends. */
  private DeliveryException refusal(SlackApi.SlackCall<? extends SlackApiTextResponse> call) {
    DeliveryException refusal = assertThrows(DeliveryException.class, () -> api.call("T1", call));
    assertFalse(refusal.retryable(), refusal.getMessage());
    return refusal;
  }
}
