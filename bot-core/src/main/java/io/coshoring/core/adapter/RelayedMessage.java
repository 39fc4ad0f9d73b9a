package io.coshoring.core.adapter;

import io.coshoring.core.text.RichText;

/**
 * A message as it crosses a bridge: who wrote it, shown natively on the other side (name, space,
 * avatar), and its text in neutral form.
 *
 * @param spaceName null to let the relay name the channel's space
 * @param avatarUrl may be null
 * @param replyTo the source message it replies to, in the same source channel, or null
 */
public record RelayedMessage(
    String authorName, String spaceName, String avatarUrl, RichText text, String replyTo) {

  /** The name shown on the other side: the author and their space. */
  public String displayName() {
    return authorName + " (" + spaceName + ")";
  }
}
