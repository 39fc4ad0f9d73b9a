package io.coshoring.discord;

/**
 * Core ids for Discord things: a server is the space {@code discord:G}, its member {@code
 * discord:G:U}; a channel is {@code discord:C}, since Discord's channel and user ids are global.
 */
final class DiscordIds {

  private static final String PREFIX = "discord:";

  private DiscordIds() {}

  static String space(String guildId) {
    return PREFIX + guildId;
  }

  static String member(String guildId, String userId) {
    return PREFIX + guildId + ":" + userId;
  }

  static String channel(String channelId) {
    return PREFIX + channelId;
  }

  /** The Discord user of a member id. */
  static String userOf(String memberId) {
    String[] parts = memberId.split(":");
    if (parts.length != 3 || !memberId.startsWith(PREFIX)) {
      throw new IllegalArgumentException("'" + memberId + "' is not a Discord member id");
    }
    return parts[2];
  }

  /** The Discord channel of a channel id. */
  static String channelOf(String channelId) {
    if (!channelId.startsWith(PREFIX)) {
      throw new IllegalArgumentException("'" + channelId + "' is not a Discord channel id");
    }
    return channelId.substring(PREFIX.length());
  }
}
