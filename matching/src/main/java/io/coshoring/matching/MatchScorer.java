package io.coshoring.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores how well an offer answers a demand, from the signals a person would weigh, and says why.
 * Pure: the time is passed in, and nothing is read from outside.
 *
 * <p>The score is what the work is (shared or close skills, close texts) times how workable the
 * pair is (shared hours, a common language, where, price, dates, recency), then lowered for what
 * makes a pair unworkable in practice (different on-site cities, no common language, no shared
 * hours for live work, not available when needed, far over budget, translating the other way). So a
 * pair that suits each other in every way but the work scores low, and a pair with the right work
 * in the wrong city ranks below a workable one. Every weight is read from {@link MatchWeights}.
 */
final class MatchScorer {

  /** A demand that gives no end date wants the work within this many days. */
  private static final int DEFAULT_PERIOD_DAYS = 30;

  /**
   * A demand that gives no dates waits this many days at most for an offer free later (see {@link
   * #availability}).
   */
  private static final int UNDATED_WAIT_DAYS = 90;

  /** Days of the demand's period whose shared hours are computed, spread over it. */
  private static final int SAMPLED_DAYS = 6;

  private final SkillTaxonomy taxonomy;
  private final MatchWeights weights;
  private final PriceFit priceFit;
  private final SkillCoverage coverage;
  private final double practicalParts;

  MatchScorer(SkillTaxonomy taxonomy, MatchWeights weights, PriceFit priceFit) {
    this.taxonomy = taxonomy;
    this.weights = weights;
    this.priceFit = priceFit;
    this.coverage = new SkillCoverage(taxonomy, weights);
    this.practicalParts =
        weights.get(Weight.PRACTICAL_HOURS)
            + weights.get(Weight.PRACTICAL_LANGUAGE)
            + weights.get(Weight.PRACTICAL_PLACE)
            + weights.get(Weight.PRACTICAL_PRICE)
            + weights.get(Weight.PRACTICAL_AVAILABILITY)
            + weights.get(Weight.PRACTICAL_RECENCY);
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

  private double w(Weight weight) {
    return weights.get(weight);
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
    double topic = text;
    if (!offer.skills().isEmpty() && !(demand.skills().isEmpty() && demand.suggested().isEmpty())) {
      // Skills the demand's words only suggest say less against its text than skills it names.
      double skillShare =
          demand.skills().isEmpty()
              ? w(Weight.TOPIC_SKILLS) * w(Weight.SKILL_SUGGESTED)
              : w(Weight.TOPIC_SKILLS);
      topic = skillShare * coverage.of(demand, offer, reasons) + (1 - skillShare) * text;
    }

    double practical = w(Weight.PRACTICAL_RECENCY) * recency(candidate.post(), now);
    double factor = 1;

    Period period = period(demand.post(), now);
    if (overlap(demand, offer) == Overlap.ASYNC) {
      practical += w(Weight.PRACTICAL_HOURS);
      reasons.add(() -> Reason.of("asyncFriendly"));
    } else {
      double hours = sharedHours(demand.post(), offer.post(), period, reasons);
      practical +=
          w(Weight.PRACTICAL_HOURS) * Math.min(hours, w(Weight.HOURS_FULL)) / w(Weight.HOURS_FULL);
      if (hours == 0) {
        factor *= w(Weight.FACTOR_NO_SHARED_HOURS);
      }
      if (!demand.meetingTimes().isEmpty()) {
        List<LocalDate> days = sampledDays(period, meetingZones(demand, offer.post()));
        double met = MeetingHours.covered(demand.meetingTimes(), offer.post(), days, reasons);
        factor *= 1 - (1 - met) * (1 - w(Weight.FACTOR_MEETING_TIME_OUTSIDE_HOURS));
      }
    }

    int common = SpokenLanguages.inCommon(demand.post(), offer.post(), reasons);
    if (common < 0) {
      practical += w(Weight.PRACTICAL_LANGUAGE) / 2;
    } else if (common == 0) {
      factor *= w(Weight.FACTOR_NO_COMMON_LANGUAGE);
    } else {
      practical += w(Weight.PRACTICAL_LANGUAGE);
    }

    factor *=
        1
            - (1 - SpokenLanguages.asked(demand, offer, reasons))
                * (1 - w(Weight.FACTOR_LANGUAGE_NOT_SPOKEN));

    factor *=
        1
            - (1 - TranslationDirection.share(demand.translates(), offer.translates(), reasons))
                * (1 - w(Weight.FACTOR_TRANSLATION_DIRECTION));

    if (!CountryServed.served(demand, offer, reasons)) {
      factor *= w(Weight.FACTOR_COUNTRY_NOT_SERVED);
    }

    switch (PlaceFit.of(demand.post(), offer.post(), demand.presenceAsked(), reasons)) {
      case MEET -> practical += w(Weight.PRACTICAL_PLACE);
      case REMOTE_THOUGH_MEETING_WELCOME ->
          practical += w(Weight.PRACTICAL_PLACE) * w(Weight.PLACE_REMOTE_THOUGH_MEETING_WELCOME);
      case REMOTE_THOUGH_PRESENCE_ASKED -> factor *= w(Weight.FACTOR_PRESENCE_ASKED_REMOTE);
      case CONFLICT -> factor *= w(Weight.FACTOR_PLACE_CONFLICT);
    }

    PriceFit.Fit price = priceFit.of(demand.post().price(), offer.post().price(), reasons);
    practical += w(Weight.PRACTICAL_PRICE) * price.points();
    factor *= price.factor();

    double coverage = availability(demand.post(), offer.post(), period, reasons);
    practical += w(Weight.PRACTICAL_AVAILABILITY) * coverage;
    factor *= 1 - (1 - coverage) * (1 - w(Weight.FACTOR_UNAVAILABLE));

    // The parts are weighed against each other: a pair workable in every way counts 1.
    double workable = practical / practicalParts;
    double share = w(Weight.PRACTICAL_SHARE);
    double score = topic * (1 - share + share * workable) * factor;
    return Math.max(0, Math.min(1, score));
  }

  /**
   * Whether the pair must work at the same hours: as the demand says, as an option or in words;
   * else as its work usually is (every skill it needs done apart: async); else as the offer says;
   * else live.
   */
  private Overlap overlap(IndexedPost demand, IndexedPost offer) {
    if (demand.post().overlap() != null) {
      return demand.post().overlap();
    }
    if (demand.overlapInWords() != null) {
      return demand.overlapInWords();
    }
    IndexedPost named = demand.skills().isEmpty() ? offer : demand;
    boolean anyKnown = false;
    for (String skill : named.skills()) {
      if (named.context().contains(skill)) {
        continue;
      }
      Skill known = taxonomy.byId(skill).orElse(null);
      if (known == null) {
        continue;
      }
      if (known.overlap() == Overlap.LIVE) {
        return Overlap.LIVE;
      }
      anyKnown = true;
    }
    if (anyKnown) {
      return Overlap.ASYNC;
    }
    Overlap offered =
        offer.post().overlap() != null ? offer.post().overlap() : offer.overlapInWords();
    return offered == Overlap.ASYNC ? Overlap.ASYNC : Overlap.LIVE;
  }

  /** The days the demand needs the work: its dates, or from today for a month when it gave none. */
  private record Period(LocalDate from, LocalDate until, boolean given) {}

  private static Period period(Post demand, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, demand.zone());
    LocalDate from = demand.availableFrom() == null ? today : later(demand.availableFrom(), today);
    LocalDate until =
        demand.availableUntil() == null
            ? from.plusDays(DEFAULT_PERIOD_DAYS)
            : later(demand.availableUntil(), from);
    return new Period(
        from, until, demand.availableFrom() != null || demand.availableUntil() != null);
  }

  /**
   * The mean shared working hours over the demand's period, computed on days spread over it, each
   * with its own daylight saving time: a pair that meets in winter may not in spring.
   */
  private static double sharedHours(Post demand, Post offer, Period period, Reasons reasons) {
    List<LocalDate> days = sampledDays(period, List.of(demand.zone(), offer.zone()));
    Duration least = null;
    Duration most = Duration.ZERO;
    long totalSeconds = 0;
    for (LocalDate day : days) {
      Duration shared =
          SharedHours.on(day, demand.zone(), demand.hours(), offer.zone(), offer.hours());
      totalSeconds += shared.getSeconds();
      least = least == null || shared.compareTo(least) < 0 ? shared : least;
      most = shared.compareTo(most) > 0 ? shared : most;
    }
    Duration fewest = least;
    Duration longest = most;
    reasons.add(
        () -> {
          Map<String, Object> values = new LinkedHashMap<>();
          if (!longest.isZero() && fewest.equals(longest)) {
            values.put("sharedMinutes", longest.toMinutes());
          } else if (!longest.isZero()) {
            values.put("fewestMinutes", fewest.toMinutes());
            values.put("longestMinutes", longest.toMinutes());
          }
          // The words differ for two people in one zone: "both Europe/Paris".
          values.put("zones", demand.zone().equals(offer.zone()) ? "same" : "apart");
          values.put("demandZone", Reason.zone(demand.zone()));
          values.put("offerZone", Reason.zone(offer.zone()));
          String key =
              longest.isZero()
                  ? "noSharedHours"
                  : fewest.equals(longest) ? "sharedHours" : "sharedHoursVarying";
          return Reason.of(key, values);
        });
    return totalSeconds / 3600.0 / days.size();
  }

  /**
   * The days of the period to compute hours on: its first when no clock changes in any of the zones
   * during it, since every day is then the same; else days spread over it.
   */
  private static List<LocalDate> sampledDays(Period period, List<ZoneId> zones) {
    long days = ChronoUnit.DAYS.between(period.from(), period.until());
    boolean clocksChange = zones.stream().anyMatch(zone -> changesClocks(zone, period));
    int samples = clocksChange ? (int) Math.min(SAMPLED_DAYS, days + 1) : 1;
    List<LocalDate> sampled = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      sampled.add(period.from().plusDays(samples == 1 ? 0 : days * i / (samples - 1)));
    }
    return sampled;
  }

  private static List<ZoneId> meetingZones(IndexedPost demand, Post offer) {
    List<ZoneId> zones = new ArrayList<>(List.of(demand.post().zone(), offer.zone()));
    demand.meetingTimes().forEach(meeting -> zones.add(meeting.zone()));
    return zones;
  }

  private static boolean changesClocks(ZoneId zone, Period period) {
    // A day's hours may reach into the next day, so the day after the period counts too.
    Instant start = period.from().atStartOfDay(ZoneOffset.UTC).minusSeconds(86_400).toInstant();
    Instant end = period.until().plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
    ZoneOffsetTransition next = zone.getRules().nextTransition(start);
    return next != null && next.getInstant().isBefore(end);
  }

  /**
   * The share of the demand's period the offer is available for, from 0 to 1; 1 when neither gave
   * dates. An offer free only in four months covers none of a demand for this month.
   *
   * <p>A demand that gave no dates did not say it cannot wait: the month it is read as needing is a
   * guess. So an offer free later is taken for the month from its first free day, less the share of
   * {@value #UNDATED_WAIT_DAYS} days the demand waits for it: free in six weeks, it still counts
   * about half; free in a quarter of a year or later, it counts none, as for a demand whose dates
   * it misses.
   */
  private static double availability(Post demand, Post offer, Period period, Reasons reasons) {
    if (!period.given() && offer.availableFrom() == null && offer.availableUntil() == null) {
      return 1;
    }
    long wait =
        offer.availableFrom() == null
            ? 0
            : Math.max(0, ChronoUnit.DAYS.between(period.from(), offer.availableFrom()));
    if (!period.given() && wait > 0 && wait < UNDATED_WAIT_DAYS) {
      LocalDate from = offer.availableFrom();
      double share =
          covered(from, from.plusDays(DEFAULT_PERIOD_DAYS), offer)
              * (1 - (double) wait / UNDATED_WAIT_DAYS);
      reasons.add(() -> Reason.of("freeLater", "fromDate", from.toString(), "waitDays", wait));
      return share;
    }
    double coverage = covered(period.from(), period.until(), offer);
    reasons.add(
        () -> {
          if (coverage >= 1) {
            return Reason.of("available");
          }
          if (coverage <= 0) {
            return offer.availableFrom() != null && offer.availableFrom().isAfter(period.until())
                ? Reason.of("notAvailableUntil", "fromDate", offer.availableFrom().toString())
                : Reason.of("notAvailable");
          }
          return Reason.of("partlyAvailable", "share", Math.round(coverage * 100) / 100.0);
        });
    return coverage;
  }

  /** The share of the days from {@code from} to {@code until} the offer is available for. */
  private static double covered(LocalDate from, LocalDate until, Post offer) {
    LocalDate start = later(from, offer.availableFrom());
    LocalDate end = earlier(until, offer.availableUntil());
    long needed = ChronoUnit.DAYS.between(from, until) + 1;
    long available = end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    return Math.min(1, (double) available / needed);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  private double recency(Post post, Instant now) {
    double ageDays = Math.max(0, Duration.between(post.createdAt(), now).toHours() / 24.0);
    return Math.pow(0.5, ageDays / w(Weight.RECENCY_HALF_LIFE_DAYS));
  }
}
