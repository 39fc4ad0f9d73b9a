package io.coshoring.core.api;

/**
 * A member's request as an adapter hands it to {@link Coshoring#receive} before acknowledging it:
 * what to run, the platform's key for it (the same when the platform delivers it again), and where
 * the answer goes, which only the adapter reads (a Slack response URL, a Discord interaction
 * token).
 *
 * @param form the posting form submitted, or null for a command typed
 */
public record Request(String key, InboundCommand command, PostForm form, String replyTo) {

  public static Request command(String key, InboundCommand command, String replyTo) {
    return new Request(key, command, null, replyTo);
  }

  public static Request form(String key, InboundCommand who, PostForm form, String replyTo) {
    return new Request(key, who, form, replyTo);
  }
}
