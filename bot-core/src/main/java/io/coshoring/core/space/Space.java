package io.coshoring.core.space;

import io.coshoring.matching.Visibility;
import java.time.ZoneId;
import java.util.Set;

/**
 * A coworking space: one Slack workspace or Discord server. {@code share} is what its admins chose:
 * posts shared with the whole network, or kept inside the space.
 */
public record Space(
    String id,
    Platform platform,
    String name,
    String city,
    ZoneId zone,
    Visibility share,
    Set<String> admins) {

  public Space {
    admins = Set.copyOf(admins);
  }

  /** Whether the space has been set up with {@code /coshore setup}. */
  public boolean isSetUp() {
    return city != null && zone != null;
  }

  public boolean isAdmin(String memberId) {
    return admins.contains(memberId);
  }
}
