package io.coshoring.core.api;

import io.coshoring.matching.PostKind;
import io.coshoring.matching.SharedHours;
import io.coshoring.matching.WorkMode;
import io.coshoring.matching.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * An open offer or demand as the network's wall shows it: what its author wrote, untranslated, and
 * what a reader weighs it by.
 *
 * @param skills the skills' names, as the taxonomy writes them, then tags the author gave
 * @param authorName the author's first name: the wall shows no more of it
 * @param city where the work is, or the space's city
 */
public record WallCard(
    String id,
    PostKind kind,
    String text,
    List<String> skills,
    String authorName,
    String spaceId,
    String spaceName,
    String city,
    WorkMode workMode,
    Set<String> languages,
    ZoneId zone,
    WorkingHours hours,
    Instant createdAt,
    Instant expiresAt) {

  public WallCard {
    skills = List.copyOf(skills);
    languages = Set.copyOf(languages);
  }

  /** The author's clock now. */
  public ZonedDateTime authorTime(Instant now) {
    return now.atZone(zone);
  }

  /**
   * The working hours the author shares today with a reader at office hours in {@code viewer}'s
   * timezone.
   */
  public Duration sharedHoursWith(ZoneId viewer, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, viewer);
    return SharedHours.on(today, viewer, WorkingHours.OFFICE, zone, hours);
  }
}
