package io.coshoring.slack;

/**
 * Core ids for Slack things: a workspace is the space {@code slack:T1}, its member {@code
 * slack:T1:U9}; a channel is {@code slack:T1:C5}. The team id travels in every id, so a reply can
 * always find the workspace's token.
 */
final class SlackIds {

  private static final String PREFIX = "slack:";

  private SlackIds() {}

  static String space(String teamId) {
    return PREFIX + teamId;
  }

  static String member(String teamId, String userId) {
    return PREFIX + teamId + ":" + userId;
  }

  static String channel(String teamId, String channelId) {
    return PREFIX + teamId + ":" + channelId;
  }

  /** The team of a member or channel id. */
  static String teamOf(String id) {
    return parts(id)[1];
  }

  /** The user or channel part of a member or channel id. */
  static String localPartOf(String id) {
    String[] parts = parts(id);
    if (parts.length < 3) {
      throw new IllegalArgumentException("'" + id + "' names a workspace, not a user or channel");
    }
    return parts[2];
  }

  private static String[] parts(String id) {
    String[] parts = id.split(":", 3);
    if (parts.length < 2 || !id.startsWith(PREFIX)) {
      throw new IllegalArgumentException("'" + id + "' is not a Slack id");
    }
    return parts;
  }
}
