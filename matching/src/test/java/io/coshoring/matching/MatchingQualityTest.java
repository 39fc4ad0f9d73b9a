package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Measures the engine on the labelled evaluation set (see {@link QualityReport}) and holds it to
 * the bar: the figures printed are those to quote.
 */
class MatchingQualityTest {

  /**
   * Where the engine stands on this set, so that no change makes it worse: just below 0.932 and
   * 0.981, measured on 2026-11-29. The aim is 0.90 and 0.98 (issue 14): both are past it.
   */
  private static final double MIN_PRECISION_AT_1 = 0.925;

  private static final double MIN_RECALL_AT_5 = 0.98;

  @Test
  void precisionAndRecallStayAboveTheBar() {
    EvaluationSet set = EvaluationSet.load();
    QualityReport report;
    try (MatchingEngine engine =
        MatchingEngine.inMemory(SkillTaxonomy.standard(), TestPosts.CLOCK)) {
      set.offers.forEach(engine::add);
      engine.awaitSearchable();
      report = QualityReport.measure(engine, set.demands);
    }
    report.print(System.out, "matching quality over " + set.offers.size() + " offers");
    report.misses.forEach(miss -> System.out.println("  miss " + miss));

    int n = report.all.demands;
    assertTrue(n >= 250, "the evaluation set needs at least 250 demands, has " + n);
    assertTrue(
        report.all.precision() >= MIN_PRECISION_AT_1,
        "precision@1 " + report.all.precision() + " is below " + MIN_PRECISION_AT_1);
    assertTrue(
        report.all.recall() >= MIN_RECALL_AT_5,
        "recall@5 " + report.all.recall() + " is below " + MIN_RECALL_AT_5);
  }
}
