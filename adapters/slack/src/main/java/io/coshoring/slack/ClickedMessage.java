package io.coshoring.slack;

import java.util.Optional;

/**
 * Where the answer to a click goes, as the core keeps it with the click: the message clicked, to
 * update in place, and the click's response URL, for when the message cannot be read.
 */
record ClickedMessage(String channel, String ts, String responseUrl) {

  private static final String PREFIX = "clicked ";

  /** The click's answer address, or empty when {@code replyTo} answers a command. */
  static Optional<ClickedMessage> from(String replyTo) {
    if (!replyTo.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = replyTo.substring(PREFIX.length()).split(" ", 3);
    return parts.length == 3
        ? Optional.of(new ClickedMessage(parts[0], parts[1], parts[2]))
        : Optional.empty();
  }

  /** As the core keeps it; Slack's channel ids, timestamps and URLs hold no space. */
  String replyTo() {
    return PREFIX + channel + " " + ts + " " + responseUrl;
  }
}
