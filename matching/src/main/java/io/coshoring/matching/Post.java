package io.coshoring.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * An offer or a demand, as the engine sees it. Build one with {@link #builder()}: the builder
 * checks every field and names the one that is wrong, so a post that exists is always valid.
 *
 * <p>{@code city}, {@code price}, {@code availableFrom}, {@code availableUntil} and {@code overlap}
 * may be null (not given); {@code languages} and {@code skills} may be empty.
 */
public record Post(
    String id,
    PostKind kind,
    String text,
    Set<String> skills,
    String author,
    String space,
    ZoneId zone,
    WorkingHours hours,
    Set<String> languages,
    WorkMode workMode,
    String city,
    Price price,
    LocalDate availableFrom,
    LocalDate availableUntil,
    Instant createdAt,
    Instant expiresAt,
    Visibility visibility,
    Overlap overlap) {

  public static final int MAX_TEXT_LENGTH = 4_000;
  public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);

  public static PostBuilder builder() {
    return new PostBuilder();
  }

  /** A builder holding this post's values, to change some of them. */
  public PostBuilder toBuilder() {
    return new PostBuilder(this);
  }

  public boolean isExpiredAt(Instant now) {
    return !expiresAt.isAfter(now);
  }

  /** Whether a member of {@code viewerSpace} may be matched with this post. */
  public boolean isVisibleTo(String viewerSpace) {
    return visibility == Visibility.NETWORK || space.equals(viewerSpace);
  }
}
