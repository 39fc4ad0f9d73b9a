package io.coshoring.core.space;

import io.coshoring.core.adapter.SpaceRef;
import io.coshoring.core.language.Language;
import io.coshoring.matching.Visibility;
import java.time.ZoneId;
import java.util.Set;

/**
 * A coworking space: one Slack workspace or Discord server. {@code share} is what its admins chose:
 * posts shared with the whole network, or kept inside the space.
 *
 * @param id as {@link SpaceRef#id()} prints it
 * @param language what the bot writes in to members who chose none and whose platform says none, or
 *     null for English
 */
public record Space(
    String id,
    String name,
    String city,
    ZoneId zone,
    Visibility share,
    Set<String> admins,
    Language language) {

  public Space {
    admins = Set.copyOf(admins);
  }

  public SpaceRef ref() {
    return SpaceRef.parse(id);
  }

  /** The platform it runs on, for people: Slack, Discord. */
  public String platformName() {
    String platform = ref().platform();
    return Character.toUpperCase(platform.charAt(0)) + platform.substring(1);
  }

  /** Whether the space has been set up with {@code /coshore setup}. */
  public boolean isSetUp() {
    return city != null && zone != null;
  }

  public boolean isAdmin(String memberId) {
    return admins.contains(memberId);
  }
}
