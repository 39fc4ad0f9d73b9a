package io.coshoring.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the best {@code k} candidates by rank as they stream by, then explains only those: the
 * reasons are written for the matches people will see, not for every candidate.
 */
final class TopRanked {

  private record Ranked(IndexedPost candidate, double relevance, double rank) {}

  private static final Comparator<Ranked> WORST_FIRST =
      Comparator.comparingDouble(Ranked::rank)
          .thenComparing(r -> r.candidate().post().id(), Comparator.reverseOrder());

  private final int k;
  private final PriorityQueue<Ranked> best;

  TopRanked(int k) {
    this.k = k;
    this.best = new PriorityQueue<>(k + 1, WORST_FIRST);
  }

  void offer(IndexedPost candidate, double relevance, double rank) {
    if (best.size() < k) {
      best.add(new Ranked(candidate, relevance, rank));
    } else if (rank > best.peek().rank()) {
      best.poll();
      best.add(new Ranked(candidate, relevance, rank));
    }
  }

  /** The kept candidates, best first, with their scores and reasons. */
  List<Match> explained(IndexedPost query, MatchScorer scorer, Instant now) {
    List<Ranked> ranked = new ArrayList<>(best);
    ranked.sort(WORST_FIRST.reversed());
    List<Match> matches = new ArrayList<>(ranked.size());
    for (Ranked r : ranked) {
      matches.add(scorer.score(query, r.candidate(), r.relevance(), now));
    }
    return List.copyOf(matches);
  }
}
