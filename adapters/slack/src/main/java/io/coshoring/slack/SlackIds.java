package io.coshoring.slack;

import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.SpaceRef;

/**
 * Slack's ids as the core's references, and back; the one place that reads a reference's parts. A
 * workspace is the space {@code slack:T1}, its member {@code slack:T1:U9}; a channel is {@code
 * slack:T1:C5}, since Slack's channel ids are per workspace. The team travels in every reference,
 * so a message out can always find the workspace's token.
 */
final class SlackIds {

  static final String PLATFORM = "slack";

  private SlackIds() {}

  static SpaceRef space(String teamId) {
    return new SpaceRef(PLATFORM, teamId);
  }

  static MemberRef member(String teamId, String userId) {
    return space(teamId).member(userId);
  }

  static ChannelRef channel(String teamId, String channelId) {
    return new ChannelRef(PLATFORM, teamId + ":" + channelId);
  }

  /**
   * The key the core remembers a Slack event or request by (an event id, a command's trigger id),
   * the same on each of Slack's resends.
   */
  static String key(String eventId) {
    return PLATFORM + ":" + eventId;
  }

  static String teamOf(SpaceRef space) {
    checkSlack(space.platform(), space);
    return space.local();
  }

  static String teamOf(MemberRef member) {
    return teamOf(member.space());
  }

  static String userOf(MemberRef member) {
    checkSlack(member.platform(), member);
    return member.local();
  }

  static String teamOf(ChannelRef channel) {
    return parts(channel)[0];
  }

  static String channelOf(ChannelRef channel) {
    return parts(channel)[1];
  }

  private static String[] parts(ChannelRef channel) {
    checkSlack(channel.platform(), channel);
    String[] parts = channel.local().split(":", 2);
    if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new IllegalArgumentException("'" + channel + "' names no Slack workspace and channel");
    }
    return parts;
  }

  /** A reference of another platform here is a routing bug: it must not reach Slack's API. */
  private static void checkSlack(String platform, Object ref) {
    if (!PLATFORM.equals(platform)) {
      throw new IllegalArgumentException("'" + ref + "' is not a Slack reference");
    }
  }
}
