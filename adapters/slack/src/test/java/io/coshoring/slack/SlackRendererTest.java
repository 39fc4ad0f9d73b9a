package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.coshoring.core.adapter.LightMarkup;
import io.coshoring.core.adapter.OutgoingMessage;
import org.junit.jupiter.api.Test;

/**
 * The plain-text fallback Slack shows in notifications reads mention and link syntax as mrkdwn
 * does: what a member wrote in a post cannot ping or link from it.
 */
class SlackRendererTest {

  @Test
  void theFallbackTextEscapesMentionsAndLinks() {
    String fallback =
        SlackRenderer.fallback(
            OutgoingMessage.text(
                "**New match**: <!channel> call <@U0ADMIN> at <https://evil.example|slack.com> & co"));

    assertEquals(
        "New match: &lt;!channel&gt; call &lt;@U0ADMIN&gt; at"
            + " &lt;https://evil.example|slack.com&gt; &amp; co",
        fallback);
  }

  @Test
  void whatAMemberWroteInsideTheBotsMessageStaysText() {
    String text =
        "**New match**: " + LightMarkup.literal("**cheap** <!here> & <https://x.io|paypal.com>");

    assertEquals(
        "*New match*: **cheap** &lt;!here&gt; &amp; &lt;https://x.io|paypal.com&gt;",
        SlackRenderer.mrkdwn(text));
  }

  @Test
  void aLongFallbackIsCutBetweenWholeCharacters() {
    String fallback = SlackRenderer.fallback(OutgoingMessage.text("👍".repeat(2_000)));

    assertFalse(Character.isHighSurrogate(fallback.charAt(fallback.length() - 2)));
    assertEquals('…', fallback.charAt(fallback.length() - 1));
  }
}
