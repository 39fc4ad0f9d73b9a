package io.coshoring.deploy;

import java.util.regex.Pattern;

/** What would ping someone in a message as each platform renders it. */
final class Pings {

  /** A mass mention, or mention syntax that is not escaped. */
  private static final Pattern DISCORD =
      Pattern.compile("@(everyone|here)|(?<!\\\\)<[@#]", Pattern.CASE_INSENSITIVE);

  /** Special syntax, or a mass mention word. */
  private static final Pattern SLACK =
      Pattern.compile("<[!@#]|@(channel|here|everyone)", Pattern.CASE_INSENSITIVE);

  private Pings() {}

  /** Discord renders nothing inside code as a mention: only the rest can ping. */
  static boolean onDiscord(String message) {
    String outsideCode = message.replaceAll("(?s)```.*?```", "").replaceAll("`[^`]*`", "");
    return DISCORD.matcher(outsideCode).find();
  }

  static boolean onSlack(String message) {
    return SLACK.matcher(message).find();
  }
}
