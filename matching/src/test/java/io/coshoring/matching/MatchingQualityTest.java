package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures the engine on the labelled evaluation set: for every demand, the top 5 offers of the
 * whole pool. Precision@1 is the share of demands whose first offer is a relevant one; recall@5 the
 * mean share of a demand's relevant offers found in its top 5.
 */
class MatchingQualityTest {

  private static final double MIN_PRECISION_AT_1 = 0.80;
  private static final double MIN_RECALL_AT_5 = 0.95;

  @Test
  void precisionAndRecallStayAboveTheBar() {
    EvaluationSet set = EvaluationSet.load();
    List<String> misses = new ArrayList<>();
    double hitsAt1 = 0;
    double recallSum = 0;
    int negativesInTop5 = 0;
    try (MatchingEngine engine =
        MatchingEngine.inMemory(SkillTaxonomy.standard(), TestPosts.CLOCK)) {
      set.offers.forEach(engine::add);
      engine.awaitSearchable();
      for (EvaluationSet.LabelledDemand demand : set.demands) {
        List<String> top = engine.match(demand.post(), 5).stream().map(m -> m.post().id()).toList();
        boolean hit = !top.isEmpty() && demand.relevant().contains(top.get(0));
        hitsAt1 += hit ? 1 : 0;
        long found = demand.relevant().stream().filter(top::contains).count();
        recallSum += (double) found / demand.relevant().size();
        negativesInTop5 +=
            (int) demand.hardNegatives().stream().filter(n -> top.contains(n.offer())).count();
        if (!hit || found < demand.relevant().size()) {
          misses.add(demand.post().id() + ": expected " + demand.relevant() + ", got " + top);
        }
      }
    }
    int n = set.demands.size();
    double precision = hitsAt1 / n;
    double recall = recallSum / n;
    System.out.printf(
        Locale.ROOT,
        "matching quality over %d demands and %d offers: precision@1 %.3f, recall@5 %.3f, hard negatives in top 5: %d%n",
        n,
        set.offers.size(),
        precision,
        recall,
        negativesInTop5);
    misses.forEach(miss -> System.out.println("  miss " + miss));

    assertTrue(n >= 80, "the evaluation set needs at least 80 demands, has " + n);
    assertTrue(
        precision >= MIN_PRECISION_AT_1,
        "precision@1 " + precision + " is below " + MIN_PRECISION_AT_1);
    assertTrue(recall >= MIN_RECALL_AT_5, "recall@5 " + recall + " is below " + MIN_RECALL_AT_5);
  }
}
