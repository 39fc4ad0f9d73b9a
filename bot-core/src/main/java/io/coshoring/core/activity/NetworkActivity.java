package io.coshoring.core.activity;

import io.coshoring.core.activity.ActivityStore.Counted;
import io.coshoring.core.activity.ActivityStore.Pair;
import io.coshoring.core.api.Activity;
import io.coshoring.core.space.Space;
import io.coshoring.core.space.SpaceStore;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.Visibility;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The network's activity, counted when asked: the figures are a few grouped counts over indexed
 * times, cheap enough for a page view or a command.
 */
public final class NetworkActivity implements Activity {

  /** More weeks than anyone reads at once on a page: the bound keeps a query reasonable. */
  static final int MAX_WEEKS = 104;

  private final Database database;
  private final ActivityStore store = new ActivityStore();
  private final SpaceStore spaces;
  private final Clock clock;

  public NetworkActivity(Database database, SpaceStore spaces, Clock clock) {
    this.database = database;
    this.spaces = spaces;
    this.clock = clock;
  }

  @Override
  public Figures network(int weeks) {
    return figures(weeks, null);
  }

  @Override
  public Optional<Figures> ofSpace(String spaceId, int weeks) {
    return spaces.find(spaceId).map(space -> figures(weeks, space.id()));
  }

  private Figures figures(int weeks, String spaceId) {
    if (weeks < 1 || weeks > MAX_WEEKS) {
      throw new IllegalArgumentException("weeks must be 1 to " + MAX_WEEKS + ", not " + weeks);
    }
    LocalDate first =
        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(weeks - 1L);
    Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
    Counts counts =
        database.read(
            handle ->
                new Counts(
                    store.perWeek(handle, Counted.POSTS, from, weeks, spaceId),
                    store.perWeek(handle, Counted.MATCHES, from, weeks, spaceId),
                    store.perWeek(handle, Counted.INTRODUCTIONS, from, weeks, spaceId),
                    store.perWeek(handle, Counted.ROOMS, from, weeks, spaceId),
                    store.perWeek(handle, Counted.COLLABORATIONS, from, weeks, spaceId),
                    store.acrossSpaces(handle, Counted.INTRODUCTIONS, from, weeks, spaceId),
                    store.acrossSpaces(handle, Counted.ROOMS, from, weeks, spaceId)));
    List<Week> series = new ArrayList<>();
    for (int i = 0; i < weeks; i++) {
      series.add(
          new Week(
              first.plusWeeks(i),
              counts.posts()[i],
              counts.matches()[i],
              counts.introductions()[i],
              counts.rooms()[i],
              counts.collaborations()[i]));
    }
    return new Figures(series, flows(counts.introducedPairs(), counts.roomPairs(), spaceId));
  }

  /** What the store counted, read on one connection; the spaces are named after. */
  private record Counts(
      int[] posts,
      int[] matches,
      int[] introductions,
      int[] rooms,
      int[] collaborations,
      List<Pair> introducedPairs,
      List<Pair> roomPairs) {}

  /**
   * The pairs of spaces, whichever side each was on, with their introductions and rooms. A space
   * that keeps its posts inside is named only on its own figures ({@code spaceId}); elsewhere its
   * flows add up under {@link Place#OTHERS}, and a pair of two such spaces, which would name no
   * one, is left to the weekly figures, which count it.
   */
  private List<Flow> flows(List<Pair> introductions, List<Pair> rooms, String spaceId) {
    Map<String, Place> places = new LinkedHashMap<>();
    Map<List<Place>, int[]> byPair = new LinkedHashMap<>();
    for (Pair pair : introductions) {
      key(pair, places, spaceId)
          .ifPresent(key -> byPair.computeIfAbsent(key, k -> new int[2])[0] += pair.count());
    }
    for (Pair pair : rooms) {
      key(pair, places, spaceId)
          .ifPresent(key -> byPair.computeIfAbsent(key, k -> new int[2])[1] += pair.count());
    }
    List<Flow> flows = new ArrayList<>();
    byPair.forEach(
        (pair, counts) -> flows.add(new Flow(pair.get(0), pair.get(1), counts[0], counts[1])));
    flows.sort(
        Comparator.comparingInt(Flow::introductions)
            .thenComparingInt(Flow::rooms)
            .reversed()
            .thenComparing(flow -> named(flow.one()))
            .thenComparing(flow -> named(flow.other())));
    return flows;
  }

  /**
   * The same two places, in one order, whichever offered and whichever asked (the others last);
   * empty when neither may be named.
   */
  private Optional<List<Place>> key(Pair pair, Map<String, Place> places, String spaceId) {
    Place a = places.computeIfAbsent(pair.demandSpace(), id -> place(id, spaceId));
    Place b = places.computeIfAbsent(pair.offerSpace(), id -> place(id, spaceId));
    if (a.others() && b.others()) {
      return Optional.empty();
    }
    return Optional.of(
        b.others() || (!a.others() && a.spaceId().compareTo(b.spaceId()) <= 0)
            ? List.of(a, b)
            : List.of(b, a));
  }

  /** A place's name to sort by: the others after every space. */
  private static String named(Place place) {
    return place.others() ? "\uffff" : place.name();
  }

  private Place place(String id, String asked) {
    // Spaces are never deleted, and a counted match's members each belong to one.
    Space space = spaces.find(id).orElseThrow();
    if (space.share() != Visibility.NETWORK && !space.id().equals(asked)) {
      return Place.OTHERS;
    }
    return new Place(space.id(), space.name(), space.city());
  }
}
