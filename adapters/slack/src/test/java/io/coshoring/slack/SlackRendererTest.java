package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.coshoring.core.adapter.LightMarkup;
import io.coshoring.core.adapter.OutgoingMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        "*New match*: \u2217\u2217cheap\u2217\u2217 &lt;!here&gt; &amp;"
            + " &lt;https://x.io|paypal.com&gt;",
        SlackRenderer.mrkdwn(text));
  }

  /** ⏎ stands for a new line. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "*free* work | \u2217free\u2217 work",
        "_urgent_ | \u02CDurgent\u02CD",
        "~old~ price | \u223Cold\u223C price",
        "`rm -rf` | \u02CBrm -rf\u02CB",
        "```⏎<!channel>⏎``` | \u02CB\u02CB\u02CB⏎&lt;!channel&gt;⏎\u02CB\u02CB\u02CB",
        "> quoted⏎  > again | \u203A quoted⏎  \u203A again",
        "a > b | a &gt; b",
        "https://example.com/my_page_2 | https://example.com/my_page_2",
        "2*3*4 | 2*3*4"
      })
  void nothingAMemberWroteMakesEmphasisCodeOrAQuote(String written, String shown) {
    String member = LightMarkup.literal(written.replace('⏎', '\n'));
    String expected = shown.replace('⏎', '\n');

    assertEquals("*Post*\n" + expected, SlackRenderer.mrkdwn("**Post**\n" + member));
    assertEquals(
        "Post\n" + expected, SlackRenderer.fallback(OutgoingMessage.text("**Post**\n" + member)));
  }

  @Test
  void aLongFallbackIsCutBetweenWholeCharacters() {
    String fallback = SlackRenderer.fallback(OutgoingMessage.text("👍".repeat(2_000)));

    assertFalse(Character.isHighSurrogate(fallback.charAt(fallback.length() - 2)));
    assertEquals('…', fallback.charAt(fallback.length() - 1));
  }
}
