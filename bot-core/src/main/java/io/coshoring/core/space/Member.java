package io.coshoring.core.space;

import io.coshoring.core.language.Language;
import io.coshoring.matching.WorkingHours;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A member of a space, with the profile that matching uses. {@code zone} is null until the member
 * sets it; the space's timezone stands in for it.
 *
 * @param languages the languages the member speaks, as ISO codes, the one they prefer first
 * @param platformLocale the locale their Slack or Discord was last seen in, or null
 * @param nameOnWall how their name shows on the network's wall
 */
public record Member(
    String id,
    String spaceId,
    String displayName,
    ZoneId zone,
    WorkingHours hours,
    Set<String> languages,
    NotifyMode notifyMode,
    String platformLocale,
    NameOnWall nameOnWall) {

  public Member {
    languages = Collections.unmodifiableSet(new LinkedHashSet<>(languages));
  }

  /** The member's own timezone, else their space's, else UTC: the one rule for a member's time. */
  public ZoneId zoneIn(Space space) {
    if (zone != null) {
      return zone;
    }
    return space.zone() != null ? space.zone() : ZoneOffset.UTC;
  }

  /**
   * The language the bot writes to the member in: the first language of their profile it writes in,
   * else their platform's, else their space's, else English.
   */
  public Language languageIn(Space space) {
    return languageOr(space.defaultLanguage());
  }

  /** As {@link #languageIn}, for a space known only by its language: null when it has none. */
  public Language languageOr(Language spaceLanguage) {
    for (String code : languages) {
      Optional<Language> spoken = Language.of(code);
      if (spoken.isPresent()) {
        return spoken.get();
      }
    }
    return Language.of(platformLocale)
        .or(() -> Optional.ofNullable(spaceLanguage))
        .orElse(Language.ENGLISH);
  }

  /** The same member, their platform now seen in {@code locale}. */
  public Member seenIn(String locale) {
    return new Member(
        id, spaceId, displayName, zone, hours, languages, notifyMode, locale, nameOnWall);
  }

  public static Member newcomer(String id, String spaceId, String displayName) {
    return new Member(
        id,
        spaceId,
        displayName,
        null,
        WorkingHours.OFFICE,
        Set.of(),
        NotifyMode.INSTANT,
        null,
        NameOnWall.FIRST);
  }
}
