package io.coshoring.core.space;

import java.time.ZoneId;

/** A member together with their space: what it takes to put their posts into the engine. */
public record Author(Member member, Space space) {

  public ZoneId zone() {
    return member.zoneIn(space);
  }
}
