package io.coshoring.core.api;

import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.SpaceRef;
import io.coshoring.core.text.MemberText;

/**
 * A slash command a member typed: {@code /offer}, {@code /demand} or {@code /coshore}, with the
 * rest of the line as {@code text}.
 *
 * @param spaceName the space's name on its platform, for a space the network has not seen yet
 * @param isSpaceAdmin whether the platform says the member administers the space
 * @param channel where it was typed, or null when it came from elsewhere (a form, a home tab)
 */
public record InboundCommand(
    MemberRef member,
    String displayName,
    String spaceName,
    boolean isSpaceAdmin,
    String command,
    String text,
    ChannelRef channel) {

  /** What the member and their platform wrote passes the core's guard here, as it enters. */
  public InboundCommand {
    displayName = MemberText.clean(displayName);
    spaceName = MemberText.clean(spaceName);
    text = MemberText.clean(text);
  }

  public SpaceRef space() {
    return member.space();
  }

  /** The same command, its sender as their platform names them once looked up. */
  public InboundCommand withCaller(String name, boolean admin) {
    return new InboundCommand(member, name, spaceName, admin, command, text, channel);
  }
}
