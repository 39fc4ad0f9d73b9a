package io.coshoring.core.space;

import io.coshoring.core.adapter.SpaceRef;
import io.coshoring.core.language.Language;
import io.coshoring.matching.Visibility;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * A coworking space: one Slack workspace or Discord server. {@code share} is what its admins chose:
 * posts shared with the whole network, or kept inside the space.
 *
 * @param id as {@link SpaceRef#id()} prints it
 * @param language what the bot writes in to members who chose none and whose platform says none, as
 *     its admins chose it, or null when they did not
 * @param platformLocale the locale its platform says the space prefers (a Discord server's), or
 *     null when it does not say
 */
public record Space(
    String id,
    String name,
    String city,
    ZoneId zone,
    Visibility share,
    Set<String> admins,
    Language language,
    String platformLocale) {

  public Space {
    admins = Set.copyOf(admins);
  }

  /**
   * What the bot writes in where no one member reads alone (a note in a bridged channel), and to
   * members who chose no language and whose platform says none: the admins' choice, else the
   * platform's, else English.
   */
  public Language defaultLanguage() {
    return Optional.ofNullable(language)
        .or(() -> Language.of(platformLocale))
        .orElse(Language.ENGLISH);
  }

  /** The same space, its platform now saying it prefers {@code locale}. */
  public Space seenIn(String locale) {
    return new Space(id, name, city, zone, share, admins, language, locale);
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
