package io.coshoring.core.adapter;

import io.coshoring.core.text.MemberText;
import io.coshoring.core.text.RichText;
import java.util.List;

/**
 * A message as it crosses a bridge: who wrote it, shown natively on the other side (name, space,
 * avatar), its text in neutral form, and the files attached to it.
 *
 * @param spaceName null to let the relay name the channel's space
 * @param avatarUrl may be null
 * @param replyTo the source message it replies to, in the same source channel, or null
 */
public record RelayedMessage(
    String authorName,
    String spaceName,
    String avatarUrl,
    RichText text,
    String replyTo,
    List<Attachment> attachments) {

  /** Names pass the core's guard here; the text's spans do as a {@link RichText} is built. */
  public RelayedMessage {
    authorName = MemberText.clean(authorName);
    spaceName = MemberText.clean(spaceName);
    // Messages queued before files crossed carry none.
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public RelayedMessage(
      String authorName, String spaceName, String avatarUrl, RichText text, String replyTo) {
    this(authorName, spaceName, avatarUrl, text, replyTo, List.of());
  }

  /** The name shown on the other side: the author and their space. */
  public String displayName() {
    return authorName + " (" + spaceName + ")";
  }

  /** Nothing to show: no text and no file. */
  public boolean showsNothing() {
    return MemberText.isBlank(text.plain()) && attachments.isEmpty();
  }

  public RelayedMessage withSpaceName(String name) {
    return new RelayedMessage(authorName, name, avatarUrl, text, replyTo, attachments);
  }
}
