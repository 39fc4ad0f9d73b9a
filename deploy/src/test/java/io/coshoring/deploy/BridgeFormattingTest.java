package io.coshoring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.text.RichText;
import io.coshoring.discord.DiscordMarkdown;
import io.coshoring.slack.SlackMrkdwn;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Messages crossing a bridge between Slack and Discord: formatting converted through the neutral
 * form, mentions turned into names, mass mentions and mention syntax disarmed, long messages split
 * without breaking a code fence.
 */
class BridgeFormattingTest {

  private static final SlackMrkdwn.Names SLACK_NAMES =
      new SlackMrkdwn.Names() {
        @Override
        public String user(String id) {
          return id.equals("U1") ? "amelie" : "someone";
        }

        @Override
        public String channel(String id) {
          return "general";
        }
      };

  private static final DiscordMarkdown.Names DISCORD_NAMES =
      new DiscordMarkdown.Names() {
        @Override
        public String user(String id) {
          return id.equals("123") ? "noa" : "someone";
        }

        @Override
        public String role(String id) {
          return "team";
        }

        @Override
        public String channel(String id) {
          return "general";
        }
      };

  @Test
  void slackFormattingReadsAsDiscordFormatting() {
    String slack =
        "*bold* _italic_ ~strike~ `code` <https://x.io/a?b=1&amp;c=2|the site> <@U1> <#C1|general>"
            + " <!here>\n&gt; quoted\n• item\n1. first\n```\nlet x = a * b;\n```";

    String discord = DiscordMarkdown.write(SlackMrkdwn.read(slack, SLACK_NAMES));

    assertEquals(
        "**bold** *italic* ~~strike~~ `code` [the site](<https://x.io/a?b=1&c=2>) @amelie"
            + " \\#general @\u200Bhere\n> quoted\n- item\n1. first\n```\nlet x = a * b;\n```",
        discord);
  }

  @Test
  void discordFormattingReadsAsSlackFormatting() {
    String discord =
        "**bold** *italic* __under__ ~~strike~~ `code` [docs](https://d.io) <@123> <#456> <@&789>"
            + " @everyone \\*not bold\\*\n> quote\n- item\n```js\nif (a < b) {}\n```";

    String slack = SlackMrkdwn.write(DiscordMarkdown.read(discord, DISCORD_NAMES));

    assertEquals(
        "*bold* _italic_ _under_ ~strike~ `code` <https://d.io|docs> @noa #general @team"
            + " @\u2060everyone *not bold*\n> quote\n• item\n```js\nif (a &lt; b) {}\n```",
        slack);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "@everyone",
        "@here",
        "hey @EVERYONE look",
        "@@everyone",
        "<!channel>",
        "<!here>",
        "<!everyone>",
        "<!subteam^S123|@devs>",
        "<@U12345>",
        "<@U12345|forged>",
        "<@123456789012345678>",
        "<@!123456789012345678>",
        "<@&123456789012345678>",
        "&lt;!channel&gt;",
        "&lt;@U1&gt;",
        "@\u200Beveryone",
        "@\u2060here",
        "\uFF20everyone",
        "`@everyone <!here>`",
        "```\n<!channel> @here\n```",
        "[click](https://evil.example)@everyone",
        "*@everyone*",
        "_@here_",
        "@every\u200Done",
        "\\@everyone",
        "<https://x.io|@everyone>"
      })
  void noInjectedMentionPingsAcrossTheBridge(String hostile) {
    RichText fromSlack = SlackMrkdwn.read(hostile, SLACK_NAMES);
    RichText fromDiscord = DiscordMarkdown.read(hostile, DISCORD_NAMES);

    for (String discord : DiscordMarkdown.split(fromSlack)) {
      assertFalse(Pings.onDiscord(discord), () -> "pings on Discord: " + discord);
    }
    String slack = SlackMrkdwn.write(fromDiscord);
    assertFalse(Pings.onSlack(slack), () -> "pings on Slack: " + slack);
    String slackAgain = SlackMrkdwn.write(fromSlack);
    assertFalse(Pings.onSlack(slackAgain), () -> "pings on Slack: " + slackAgain);
  }

  @Test
  void aLongMessageIsSplitAtBoundariesNeverInsideACodeFence() {
    StringBuilder slack = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      slack.append("Paragraph ").append(i).append(": ").append("words ".repeat(15)).append('\n');
    }
    slack.append("```\n");
    for (int i = 0; i < 80; i++) {
      slack.append("line ").append(i).append(" of a long stack trace at some.Class.method\n");
    }
    slack.append("```\nThe end.");

    List<String> parts = DiscordMarkdown.split(SlackMrkdwn.read(slack.toString(), SLACK_NAMES));

    assertTrue(parts.size() >= 3, "split into " + parts.size());
    for (String part : parts) {
      assertTrue(part.length() <= DiscordMarkdown.MESSAGE_LIMIT, "part of " + part.length());
      assertEquals(0, count(part, "```") % 2, () -> "a fence left open in:\n" + part);
    }
    String joined = String.join("\n", parts);
    assertTrue(joined.contains("line 0 of") && joined.contains("line 79 of"));
    assertTrue(joined.endsWith("The end."));
  }

  /**
   * A code span longer than a message is closed and opened again: its mention syntax stays code.
   */
  @Test
  void aLongCodeSpanIsCodeInEveryPart() {
    String slack = "see `" + "<@123456789012345678> @everyone ".repeat(100) + "` done";

    List<String> parts = DiscordMarkdown.split(SlackMrkdwn.read(slack, SLACK_NAMES));

    assertTrue(parts.size() >= 2, "split into " + parts.size());
    for (String part : parts) {
      assertTrue(part.length() <= DiscordMarkdown.MESSAGE_LIMIT, "part of " + part.length());
      assertFalse(Pings.onDiscord(part), () -> "pings on Discord: " + part);
    }
  }

  /** Wherever a long run of escaped mention syntax is cut, no part starts with what it escaped. */
  @Test
  void aCutNeverSeparatesABackslashFromWhatItEscapes() {
    for (int shift = 0; shift < 24; shift++) {
      String slack = "x".repeat(shift) + "&lt;@123456789012345678&gt;".repeat(200);
      for (String part : DiscordMarkdown.split(SlackMrkdwn.read(slack, SLACK_NAMES))) {
        assertFalse(Pings.onDiscord(part), () -> "pings on Discord: " + part);
      }
    }
  }

  /**
   * A long run of emoji sequences with no space to cut at, in text and in code: every part ends
   * between two whole characters as a reader sees them, never in a surrogate pair or inside a
   * sequence joined by ZWJ or a skin tone.
   */
  @Test
  void aLongRunOfEmojiIsSplitBetweenWholeCharacters() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // 👨‍👩‍👧
    String thumb = "\uD83D\uDC4D\uD83C\uDFFD"; // 👍🏽
    String run = (family + thumb + "é").repeat(400);
    for (String slack : List.of(run, "```\n" + run + "\n```")) {
      List<String> parts = DiscordMarkdown.split(SlackMrkdwn.read(slack, SLACK_NAMES));

      assertTrue(parts.size() >= 2, "split into " + parts.size());
      for (String part : parts) {
        assertTrue(part.length() <= DiscordMarkdown.MESSAGE_LIMIT, "part of " + part.length());
        String text = part.replace("```", "").strip();
        assertTrue(
            text.matches("(" + Pattern.quote(family) + "|" + Pattern.quote(thumb) + "|é)+"),
            () ->
                "a part cut inside a character: ..."
                    + text.substring(Math.max(0, text.length() - 12)));
      }
    }
  }

  /**
   * A link whose label names another address than its target shows the target instead, both ways; a
   * label that is words, or the target's own domain, is kept.
   */
  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "<https://evil.example/login|paypal.com> => https://evil.example/login",
        "<https://evil.example|https://slack.com/signin> => https://evil.example",
        "<https://www.x.io/docs|x.io> => [x.io](<https://www.x.io/docs>)",
        "<https://x.io/plan|the plan> => [the plan](<https://x.io/plan>)"
      })
  void aLinkLabelledWithAnotherAddressShowsItsRealTarget(String slack, String discord) {
    assertEquals(discord, DiscordMarkdown.write(SlackMrkdwn.read(slack, SLACK_NAMES)));
  }

  @Test
  void aDiscordMaskedLinkToAnotherAddressShowsItsRealTargetOnSlack() {
    assertEquals(
        "<https://evil.example>",
        SlackMrkdwn.write(
            DiscordMarkdown.read("[slack.com](https://evil.example)", DISCORD_NAMES)));
  }

  @Test
  void unbalancedMarkupIsKeptAsText() {
    assertEquals(
        "2 \\* 3 = 6, and \\*this",
        DiscordMarkdown.write(SlackMrkdwn.read("2 * 3 = 6, and *this", SLACK_NAMES)));
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }
}
