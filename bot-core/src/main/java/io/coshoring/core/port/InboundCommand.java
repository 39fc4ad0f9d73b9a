package io.coshoring.core.port;

/**
 * A slash command a member typed: {@code /offer}, {@code /demand} or {@code /coshore}, with the
 * rest of the line as {@code text}. Ids are opaque and prefixed by platform ({@code slack:T1},
 * {@code slack:T1:U9}), so ids of two platforms never collide. {@code channelId} is where it was
 * typed, or null when it came from elsewhere (a form, a home tab).
 */
public record InboundCommand(
    String spaceId,
    String spaceName,
    String memberId,
    String displayName,
    boolean isSpaceAdmin,
    String command,
    String text,
    String channelId) {}
