package io.coshoring.discord;

import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.SpaceRef;

/**
 * The one place Discord's ids become the core's references and back: a server is the space {@code
 * discord:G}, its member {@code discord:G:U}; a channel is {@code discord:C}, since Discord's
 * channel and user ids are global.
 */
final class DiscordIds {

  static final String PLATFORM = "discord";

  private DiscordIds() {}

  static SpaceRef space(String guildId) {
    return new SpaceRef(PLATFORM, guildId);
  }

  static MemberRef member(String guildId, String userId) {
    return space(guildId).member(userId);
  }

  static ChannelRef channel(String channelId) {
    return new ChannelRef(PLATFORM, channelId);
  }

  /** The Discord server of a space. */
  static String guildOf(SpaceRef space) {
    return ours(space.platform(), space.local(), "space");
  }

  /** The Discord user of a member. */
  static String userOf(MemberRef member) {
    return ours(member.platform(), member.local(), "member");
  }

  /** The Discord channel of a channel. */
  static String channelOf(ChannelRef channel) {
    return ours(channel.platform(), channel.local(), "channel");
  }

  private static String ours(String platform, String local, String what) {
    if (!PLATFORM.equals(platform)) {
      throw new IllegalArgumentException(
          "'" + platform + ":" + local + "' is not a Discord " + what);
    }
    return local;
  }
}
