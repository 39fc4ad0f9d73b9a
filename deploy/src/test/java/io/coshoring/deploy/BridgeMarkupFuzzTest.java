package io.coshoring.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coshoring.discord.DiscordMarkdown;
import io.coshoring.slack.SlackMrkdwn;
import java.util.List;

/**
 * Any message a member writes on one side reaches the other as parts the platform takes: none over
 * its length limit, none with half a surrogate pair, none that pings, and no exception on the way.
 * The names platforms give for ids are hostile too ("everyone" is a possible display name). Inputs
 * the fuzzer kept are replayed by every build from {@code BridgeMarkupFuzzTestInputs}.
 */
class BridgeMarkupFuzzTest {

  private static final SlackMrkdwn.Names SLACK_NAMES =
      new SlackMrkdwn.Names() {
        @Override
        public String user(String id) {
          return id;
        }

        @Override
        public String channel(String id) {
          return id;
        }
      };

  private static final DiscordMarkdown.Names DISCORD_NAMES =
      new DiscordMarkdown.Names() {
        @Override
        public String user(String id) {
          return id;
        }

        @Override
        public String role(String id) {
          return id;
        }

        @Override
        public String channel(String id) {
          return id;
        }
      };

  @FuzzTest(maxDuration = "2m")
  void slackMessagesCrossToDiscordSafely(FuzzedDataProvider data) {
    String slack = message(data);
    List<String> parts = DiscordMarkdown.split(SlackMrkdwn.read(slack, SLACK_NAMES));
    for (String part : parts) {
      assertFits(part, DiscordMarkdown.MESSAGE_LIMIT);
      assertFalse(Pings.onDiscord(part), () -> "pings on Discord: " + part);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void discordMessagesCrossToSlackSafely(FuzzedDataProvider data) {
    String discord = message(data);
    List<String> parts = SlackMrkdwn.split(DiscordMarkdown.read(discord, DISCORD_NAMES));
    for (String part : parts) {
      assertFits(part, SlackMrkdwn.MESSAGE_LIMIT);
      assertFalse(Pings.onSlack(part), () -> "pings on Slack: " + part);
    }
  }

  /** A fragment repeated, so that inputs of a few kilobytes still reach Slack's 39,000 limit. */
  private static String message(FuzzedDataProvider data) {
    int times = data.consumeInt(1, 40);
    return data.consumeRemainingAsString().repeat(times);
  }

  private static void assertFits(String part, int limit) {
    assertTrue(part.length() <= limit, () -> "a part of " + part.length() + " chars");
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              ? i + 1 < part.length() && Character.isLowSurrogate(part.charAt(++i))
              : !Character.isLowSurrogate(c);
      assertTrue(paired, "half a surrogate pair at " + i);
    }
  }
}
