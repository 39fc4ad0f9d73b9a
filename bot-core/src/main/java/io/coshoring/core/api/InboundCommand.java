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
 * @param locale the locale the member's platform runs in ({@code fr}, {@code he-IL}), or null when
 *     it does not say
 * @param spaceLocale the locale the space prefers, as its platform says (a Discord server's), or
 *     null when it does not say
 */
public record InboundCommand(
    MemberRef member,
    String displayName,
    String spaceName,
    boolean isSpaceAdmin,
    String command,
    String text,
    ChannelRef channel,
    String locale,
    String spaceLocale) {

  /** What the member and their platform wrote passes the core's guard here, as it enters. */
  public InboundCommand {
    displayName = MemberText.clean(displayName);
    spaceName = MemberText.clean(spaceName);
    text = MemberText.clean(text);
  }

  /** A command from a platform that does not say the member's locale. */
  public InboundCommand(
      MemberRef member,
      String displayName,
      String spaceName,
      boolean isSpaceAdmin,
      String command,
      String text,
      ChannelRef channel) {
    this(member, displayName, spaceName, isSpaceAdmin, command, text, channel, null, null);
  }

  public SpaceRef space() {
    return member.space();
  }

  /** The same command, its sender as their platform describes them once looked up. */
  public InboundCommand withCaller(String name, boolean admin, String platformLocale) {
    return new InboundCommand(
        member,
        name,
        spaceName,
        admin,
        command,
        text,
        channel,
        platformLocale == null ? locale : platformLocale,
        spaceLocale);
  }
}
