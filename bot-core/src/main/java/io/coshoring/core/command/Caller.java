package io.coshoring.core.command;

import io.coshoring.core.space.Member;
import io.coshoring.core.space.Space;
import java.time.ZoneId;

/**
 * Who runs a command: the member, their space, whether the platform says they are its admin, and
 * the id of the channel it was typed in (null when it came from elsewhere).
 */
public record Caller(Member member, Space space, boolean isPlatformAdmin, String channelId) {

  /** Admins are the platform's admins of the space and those the space lists. */
  public boolean isSpaceAdmin() {
    return isPlatformAdmin || space.isAdmin(member.id());
  }

  public ZoneId zone() {
    return member.zoneIn(space);
  }
}
