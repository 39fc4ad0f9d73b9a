package io.coshoring.web;

import io.coshoring.core.api.WallCard;
import io.coshoring.core.language.Phrases;
import io.coshoring.matching.PostKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * A card as one reader sees it: in their language, with the author's clock and the hours they share
 * worked out for the reader's timezone. What the author wrote stays as written; the page escapes
 * it.
 */
record CardView(
    String id,
    boolean offer,
    String kind,
    String text,
    List<String> skills,
    String author,
    String place,
    String authorTime,
    String sharedHours,
    String age,
    String until) {

  static CardView of(WallCard card, Phrases phrases, ZoneId viewer, Instant now) {
    Locale locale = phrases.language().locale();
    String time =
        card.authorTime(now)
            .toLocalTime()
            .format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale));
    long shared = card.sharedHoursWith(viewer, now).toHours();
    LocalDate until = LocalDate.ofInstant(card.expiresAt(), viewer);
    return new CardView(
        card.id(),
        card.kind() == PostKind.OFFER,
        phrases.get(card.kind() == PostKind.OFFER ? "wall.card.offer" : "wall.card.demand"),
        card.text(),
        card.skills(),
        phrases.get("wall.card.by", "name", card.authorName(), "space", card.spaceName()),
        place(card, phrases),
        phrases.get("wall.card.time", "time", time),
        phrases.get("wall.card.shared", "hours", shared),
        phrases.ago(card.createdAt(), now),
        phrases.get(
            "wall.card.until",
            "date",
            until.format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale))));
  }

  private static String place(WallCard card, Phrases phrases) {
    return switch (card.workMode()) {
      case REMOTE -> phrases.get("wall.card.remote");
      case ONSITE -> phrases.get("wall.card.onsite", "city", cityOf(card));
      case EITHER ->
          card.city() == null
              ? phrases.get("wall.card.remote")
              : phrases.get("wall.card.either", "city", card.city());
    };
  }

  private static String cityOf(WallCard card) {
    return card.city() == null ? "?" : card.city();
  }
}
