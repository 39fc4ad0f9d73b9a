package io.coshoring.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Scores how well an offer answers a demand, from the signals a person would weigh, and says why.
 * Pure: the time is passed in, and nothing is read from outside.
 *
 * <p>The score is what the work is (shared skills, close texts) times how workable the pair is
 * (shared hours, a common language, where, price, dates, recency), then lowered for what makes a
 * pair unworkable in practice (different on-site cities, no common language, no shared hours). So a
 * pair that suits each other in every way but the work scores low, and a pair with the right work
 * in the wrong city ranks below a workable one.
 */
final class MatchScorer {

  /** Share of the topic given by skills, when both posts name some; the rest is the text. */
  private static final double SKILLS = 0.7;

  /**
   * How much being workable counts against the topic: the score is topic x (1 - this + this x
   * practical).
   */
  private static final double PRACTICAL = 0.4;

  private static final double HOURS = 0.25;
  private static final double LANGUAGE = 0.25;
  private static final double PLACE = 0.2;
  private static final double PRICE = 0.1;
  private static final double AVAILABILITY = 0.1;
  private static final double RECENCY = 0.1;

  private static final double PLACE_CONFLICT = 0.25;
  private static final double NO_COMMON_LANGUAGE = 0.35;
  private static final double NO_SHARED_HOURS = 0.5;
  private static final double NO_COMMON_PERIOD = 0.6;

  private static final double FULL_SHARED_HOURS = 4.0;
  private static final double RECENCY_HALF_LIFE_DAYS = 14.0;

  private final PriceFit priceFit;

  MatchScorer(PriceFit priceFit) {
    this.priceFit = priceFit;
  }

  /**
   * The score alone, without the reasons: cheap enough to rank every candidate with.
   *
   * @param textRelevance how close the two texts are, in [0, 1], as the index measured it
   */
  double rank(IndexedPost query, IndexedPost candidate, double textRelevance, Instant now) {
    return evaluate(query, candidate, textRelevance, now, Reasons.NONE);
  }

  /** The score with the reasons people are shown; the same number as {@link #rank}. */
  Match score(IndexedPost query, IndexedPost candidate, double textRelevance, Instant now) {
    Reasons reasons = new Reasons();
    double score = evaluate(query, candidate, textRelevance, now, reasons);
    return new Match(candidate.post(), score, reasons.list());
  }

  private double evaluate(
      IndexedPost query,
      IndexedPost candidate,
      double textRelevance,
      Instant now,
      Reasons reasons) {
    boolean queryIsDemand = query.post().kind() == PostKind.DEMAND;
    IndexedPost demand = queryIsDemand ? query : candidate;
    IndexedPost offer = queryIsDemand ? candidate : query;

    double text = Math.max(0, Math.min(1, textRelevance));
    boolean bothNameSkills = !demand.skills().isEmpty() && !offer.skills().isEmpty();
    double topic =
        bothNameSkills
            ? SKILLS * skills(demand.skills(), offer.skills(), reasons) + (1 - SKILLS) * text
            : text;

    double practical = RECENCY * recency(candidate.post(), now);
    double factor = 1;

    double hours = sharedHours(demand.post(), offer.post(), now, reasons);
    practical += HOURS * Math.min(hours, FULL_SHARED_HOURS) / FULL_SHARED_HOURS;
    if (hours == 0) {
      factor *= NO_SHARED_HOURS;
    }

    int common = commonLanguages(demand.post(), offer.post(), reasons);
    if (common < 0) {
      practical += LANGUAGE / 2;
    } else if (common == 0) {
      factor *= NO_COMMON_LANGUAGE;
    } else {
      practical += LANGUAGE;
    }

    if (place(demand.post(), offer.post(), reasons)) {
      practical += PLACE;
    } else {
      factor *= PLACE_CONFLICT;
    }

    PriceFit.Fit price = priceFit.of(demand.post().price(), offer.post().price(), reasons);
    practical += PRICE * price.points();
    factor *= price.factor();

    Boolean periodsMeet = periodsMeet(demand.post(), offer.post(), reasons);
    if (Boolean.FALSE.equals(periodsMeet)) {
      factor *= NO_COMMON_PERIOD;
    } else {
      practical += AVAILABILITY;
    }
    double score = topic * (1 - PRACTICAL + PRACTICAL * practical) * factor;
    return Math.max(0, Math.min(1, score));
  }

  private static double skills(Set<String> needed, Set<String> offered, Reasons reasons) {
    int shared = 0;
    for (String skill : needed) {
      if (offered.contains(skill)) {
        shared++;
      }
    }
    if (shared == 0) {
      return 0;
    }
    reasons.add(
        () -> {
          Set<String> both = new TreeSet<>(needed);
          both.retainAll(offered);
          return "shared skills: " + String.join(", ", both);
        });
    return 0.8 * shared / needed.size() + 0.2 * shared / offered.size();
  }

  private static double sharedHours(Post demand, Post offer, Instant now, Reasons reasons) {
    LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Duration shared =
        SharedHours.on(day, demand.zone(), demand.hours(), offer.zone(), offer.hours());
    reasons.add(
        () -> {
          String zones =
              demand.zone().equals(offer.zone())
                  ? "both " + zoneName(demand.zone())
                  : zoneName(demand.zone()) + " and " + zoneName(offer.zone());
          return shared.isZero()
              ? "no shared working hours (" + zones + ")"
              : duration(shared) + " of shared working hours (" + zones + ")";
        });
    return shared.toMinutes() / 60.0;
  }

  private static String duration(Duration d) {
    long hours = d.toHours();
    int minutes = d.toMinutesPart();
    if (hours == 0) {
      return minutes + " min";
    }
    return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
  }

  /** How many languages both speak; -1 when either did not say. */
  private static int commonLanguages(Post demand, Post offer, Reasons reasons) {
    if (demand.languages().isEmpty() || offer.languages().isEmpty()) {
      return -1;
    }
    int common = 0;
    for (String language : demand.languages()) {
      if (offer.languages().contains(language)) {
        common++;
      }
    }
    reasons.add(
        () -> {
          Set<String> both = new TreeSet<>(demand.languages());
          both.retainAll(offer.languages());
          return both.isEmpty()
              ? "no language in common ("
                  + names(demand.languages())
                  + " / "
                  + names(offer.languages())
                  + ")"
              : "both speak " + names(both);
        });
    return common;
  }

  private static String names(Set<String> languages) {
    return languages.stream()
        .sorted()
        .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH))
        .collect(Collectors.joining(" and "));
  }

  /** Whether the two can work together where each wants to work. */
  private static boolean place(Post demand, Post offer, Reasons reasons) {
    boolean sameCity =
        demand.city() != null && demand.city().equalsIgnoreCase(String.valueOf(offer.city()));
    if (demand.workMode().allowsRemote() && offer.workMode().allowsRemote()) {
      reasons.add(
          () -> sameCity ? "remote work, both in " + demand.city() : "remote work suits both");
      return true;
    }
    if (sameCity && demand.workMode().allowsOnsite() && offer.workMode().allowsOnsite()) {
      reasons.add(() -> "on-site in " + demand.city());
      return true;
    }
    reasons.add(
        () ->
            "on-site work needed, but " + where(demand) + " and " + where(offer) + " do not meet");
    return false;
  }

  private static String where(Post post) {
    String who = post.kind() == PostKind.DEMAND ? "the demand" : "the offer";
    return post.workMode() == WorkMode.REMOTE
        ? who + " is remote only"
        : who + " is on-site in " + post.city();
  }

  /** Whether the availability periods overlap; null when neither gave dates. */
  private static Boolean periodsMeet(Post demand, Post offer, Reasons reasons) {
    if (demand.availableFrom() == null && demand.availableUntil() == null
        || offer.availableFrom() == null && offer.availableUntil() == null) {
      return null;
    }
    LocalDate start = later(demand.availableFrom(), offer.availableFrom());
    LocalDate end = earlier(demand.availableUntil(), offer.availableUntil());
    boolean meet = start == null || end == null || !end.isBefore(start);
    reasons.add(
        () -> meet ? "available in the period needed" : "not available in the period needed");
    return meet;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  private static double recency(Post post, Instant now) {
    double ageDays = Math.max(0, Duration.between(post.createdAt(), now).toHours() / 24.0);
    return Math.pow(0.5, ageDays / RECENCY_HALF_LIFE_DAYS);
  }

  /** The zone as people write it: {@code Europe/Paris}, and {@code UTC} rather than {@code Z}. */
  private static String zoneName(ZoneId zone) {
    return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
  }
}
