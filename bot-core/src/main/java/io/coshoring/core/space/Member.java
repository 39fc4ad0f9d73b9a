package io.coshoring.core.space;

import io.coshoring.matching.WorkingHours;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * A member of a space, with the profile that matching uses. {@code zone} is null until the member
 * sets it; the space's timezone stands in for it.
 */
public record Member(
    String id,
    String spaceId,
    String displayName,
    ZoneId zone,
    WorkingHours hours,
    Set<String> languages,
    NotifyMode notifyMode) {

  public Member {
    languages = Set.copyOf(languages);
  }

  /** The member's own timezone, else their space's, else UTC: the one rule for a member's time. */
  public ZoneId zoneIn(Space space) {
    if (zone != null) {
      return zone;
    }
    return space.zone() != null ? space.zone() : ZoneOffset.UTC;
  }

  public static Member newcomer(String id, String spaceId, String displayName) {
    return new Member(
        id, spaceId, displayName, null, WorkingHours.OFFICE, Set.of(), NotifyMode.INSTANT);
  }
}
