package io.coshoring.deploy;

import java.util.regex.Pattern;

/**
 * What would ping someone if a bridge posted it: the one definition the bridge's tests and its fuzz
 * target check against.
 */
final class Pings {

  /** A ping on Discord: a mass mention, or mention syntax that is not escaped. */
  private static final Pattern DISCORD =
      Pattern.compile("@(everyone|here)|(?<!\\\\)<[@#]", Pattern.CASE_INSENSITIVE);

  /** A ping on Slack: special syntax, or a mass mention word. */
  private static final Pattern SLACK =
      Pattern.compile("<[!@#]|@(channel|here|everyone)", Pattern.CASE_INSENSITIVE);

  private Pings() {}

  static boolean onDiscord(String message) {
    return DISCORD.matcher(outsideCode(message)).find();
  }

  static boolean onSlack(String message) {
    return SLACK.matcher(message).find();
  }

  /**
   * The message without its code, fenced or inline, which Discord renders as written. A backtick
   * escaped by a backslash is text, not a delimiter, and an escaped character is kept with its
   * backslash so that an escaped {@code <} stays inert.
   */
  private static String outsideCode(String discord) {
    StringBuilder outside = new StringBuilder(discord.length());
    int i = 0;
    while (i < discord.length()) {
      char c = discord.charAt(i);
      if (c == '\\' && i + 1 < discord.length()) {
        outside.append(c).append(discord.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '`') {
        String delimiter = discord.startsWith("```", i) ? "```" : "`";
        int close = discord.indexOf(delimiter, i + delimiter.length());
        if (close >= 0) {
          i = close + delimiter.length();
          continue;
        }
      }
      outside.append(c);
      i++;
    }
    return outside.toString();
  }
}
