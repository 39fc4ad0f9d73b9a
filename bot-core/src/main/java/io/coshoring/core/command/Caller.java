package io.coshoring.core.command;

import io.coshoring.core.space.Member;
import io.coshoring.core.space.Space;

/**
 * Who runs a command: the member, their space, and whether the platform says they are its admin.
 */
public record Caller(Member member, Space space, boolean isPlatformAdmin, String channelId) {

  /** Admins are the platform's admins of the space and those the space lists. */
  public boolean isSpaceAdmin() {
    return isPlatformAdmin || space.isAdmin(member.id());
  }
}
