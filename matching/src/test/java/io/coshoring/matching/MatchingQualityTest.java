package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Measures the engine on the labelled evaluation set: for every demand, the top 5 offers of the
 * whole pool. Precision@1 is the share of demands whose first offer is a relevant one; recall@5 the
 * mean share of a demand's relevant offers found in its top 5; MRR the mean reciprocal rank of the
 * first relevant offer in the top 5 (0 when none is there). Each figure is also printed per
 * category of demand.
 */
class MatchingQualityTest {

  private static final double MIN_PRECISION_AT_1 = 0.80;
  private static final double MIN_RECALL_AT_5 = 0.95;

  /** The sums over a group of demands. */
  private static final class Tally {
    int demands;
    double hitsAt1;
    double recallSum;
    double reciprocalRankSum;

    void add(boolean hit, double recall, double reciprocalRank) {
      demands++;
      hitsAt1 += hit ? 1 : 0;
      recallSum += recall;
      reciprocalRankSum += reciprocalRank;
    }

    double precision() {
      return hitsAt1 / demands;
    }

    double recall() {
      return recallSum / demands;
    }

    double mrr() {
      return reciprocalRankSum / demands;
    }
  }

  @Test
  void precisionAndRecallStayAboveTheBar() {
    EvaluationSet set = EvaluationSet.load();
    List<String> misses = new ArrayList<>();
    Tally all = new Tally();
    Map<String, Tally> byCategory = new TreeMap<>();
    int negativesInTop5 = 0;
    try (MatchingEngine engine =
        MatchingEngine.inMemory(SkillTaxonomy.standard(), TestPosts.CLOCK)) {
      set.offers.forEach(engine::add);
      engine.awaitSearchable();
      for (EvaluationSet.LabelledDemand demand : set.demands) {
        List<String> top = engine.match(demand.post(), 5).stream().map(m -> m.post().id()).toList();
        boolean hit = !top.isEmpty() && demand.relevant().contains(top.get(0));
        long found = demand.relevant().stream().filter(top::contains).count();
        double recall = (double) found / demand.relevant().size();
        double reciprocalRank = 0;
        for (int rank = 0; rank < top.size(); rank++) {
          if (demand.relevant().contains(top.get(rank))) {
            reciprocalRank = 1.0 / (rank + 1);
            break;
          }
        }
        all.add(hit, recall, reciprocalRank);
        byCategory
            .computeIfAbsent(demand.category(), c -> new Tally())
            .add(hit, recall, reciprocalRank);
        negativesInTop5 +=
            (int) demand.hardNegatives().stream().filter(n -> top.contains(n.offer())).count();
        if (!hit || found < demand.relevant().size()) {
          misses.add(
              demand.post().id()
                  + " ["
                  + demand.category()
                  + "]: expected "
                  + demand.relevant()
                  + ", got "
                  + top);
        }
      }
    }
    int n = all.demands;
    double precision = all.precision();
    double recall = all.recall();
    System.out.printf(
        Locale.ROOT,
        "matching quality over %d demands and %d offers: precision@1 %.3f, recall@5 %.3f, MRR %.3f, hard negatives in top 5: %d%n",
        n,
        set.offers.size(),
        precision,
        recall,
        all.mrr(),
        negativesInTop5);
    System.out.printf(
        Locale.ROOT, "  %-20s %4s %7s %7s %7s%n", "category", "n", "P@1", "R@5", "MRR");
    byCategory.forEach(
        (category, tally) ->
            System.out.printf(
                Locale.ROOT,
                "  %-20s %4d %7.3f %7.3f %7.3f%n",
                category,
                tally.demands,
                tally.precision(),
                tally.recall(),
                tally.mrr()));
    misses.forEach(miss -> System.out.println("  miss " + miss));

    assertTrue(n >= 250, "the evaluation set needs at least 250 demands, has " + n);
    assertTrue(
        precision >= MIN_PRECISION_AT_1,
        "precision@1 " + precision + " is below " + MIN_PRECISION_AT_1);
    assertTrue(recall >= MIN_RECALL_AT_5, "recall@5 " + recall + " is below " + MIN_RECALL_AT_5);
  }
}
