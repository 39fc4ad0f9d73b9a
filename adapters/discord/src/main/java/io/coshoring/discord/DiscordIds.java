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

  private static final String IN_THREAD = "@";

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

  /**
   * A message in a thread as the bridge records it, {@code message@thread}: a webhook needs both to
   * edit it.
   */
  static String inThread(String messageId, String threadId) {
    return messageId + IN_THREAD + threadId;
  }

  /** The message of an id recorded with {@link #inThread} or not. */
  static String messageOf(String recorded) {
    int at = recorded.indexOf(IN_THREAD);
    return at < 0 ? recorded : recorded.substring(0, at);
  }

  /** The thread of an id recorded with {@link #inThread}, or null. */
  static String threadOf(String recorded) {
    int at = recorded.indexOf(IN_THREAD);
    return at < 0 ? null : recorded.substring(at + 1);
  }

  private static String ours(String platform, String local, String what) {
    if (!PLATFORM.equals(platform)) {
      throw new IllegalArgumentException(
          "'" + platform + ":" + local + "' is not a Discord " + what);
    }
    return local;
  }
}
