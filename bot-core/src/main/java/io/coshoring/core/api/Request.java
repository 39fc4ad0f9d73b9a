package io.coshoring.core.api;

import io.coshoring.core.adapter.MemberRef;

/**
 * A member's request as an adapter hands it to {@link Coshoring#receive} before acknowledging it:
 * what to run, the platform's key for it (the same when the platform delivers it again), and where
 * the answer goes, which only the adapter reads (a Slack response URL, a Discord interaction
 * token). Exactly one of {@code command} (with {@code form} when a form was submitted) and {@code
 * click} is set.
 *
 * @param form the posting form submitted, or null for a command typed
 * @param click the button clicked, or null for a command or form
 */
public record Request(
    String key, InboundCommand command, PostForm form, ButtonClick click, String replyTo) {

  public static Request command(String key, InboundCommand command, String replyTo) {
    return new Request(key, command, null, null, replyTo);
  }

  public static Request form(String key, InboundCommand who, PostForm form, String replyTo) {
    return new Request(key, who, form, null, replyTo);
  }

  /** A click; the answer replaces the buttons of the message clicked, wherever replyTo says. */
  public static Request click(String key, ButtonClick click, String replyTo) {
    return new Request(key, null, null, click, replyTo);
  }

  /** Who asked. */
  public MemberRef member() {
    return click != null ? click.member() : command.member();
  }

  /** What kind of request it is, as the inbox files it. */
  public String kind() {
    return click != null ? "CLICK" : form != null ? "FORM" : "COMMAND";
  }
}
