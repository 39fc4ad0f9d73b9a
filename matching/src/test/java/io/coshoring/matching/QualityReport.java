package io.coshoring.matching;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well an engine ranks labelled demands: for each, the top 5 offers of the whole pool.
 * Precision@1 is the share of demands whose first offer is a relevant one; recall@5 the mean share
 * of a demand's relevant offers found in its top 5; MRR the mean reciprocal rank of the first
 * relevant offer in the top 5 (0 when none is there). Each figure is also kept per category.
 */
final class QualityReport {

  /** The sums over a group of demands. */
  static final class Tally {
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

    void add(Tally other) {
      demands += other.demands;
      hitsAt1 += other.hitsAt1;
      recallSum += other.recallSum;
      reciprocalRankSum += other.reciprocalRankSum;
    }

    double precision() {
      return demands == 0 ? 0 : hitsAt1 / demands;
    }

    double recall() {
      return demands == 0 ? 0 : recallSum / demands;
    }

    double mrr() {
      return demands == 0 ? 0 : reciprocalRankSum / demands;
    }
  }

  final Tally all = new Tally();
  final Map<String, Tally> byCategory = new TreeMap<>();
  final List<String> misses = new ArrayList<>();
  int negativesInTop5;

  /** Matches each demand against the offers already in {@code engine}. */
  static QualityReport measure(MatchingEngine engine, List<EvaluationSet.LabelledDemand> demands) {
    QualityReport report = new QualityReport();
    for (EvaluationSet.LabelledDemand demand : demands) {
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
      report.all.add(hit, recall, reciprocalRank);
      report
          .byCategory
          .computeIfAbsent(demand.category(), c -> new Tally())
          .add(hit, recall, reciprocalRank);
      report.negativesInTop5 +=
          (int) demand.hardNegatives().stream().filter(n -> top.contains(n.offer())).count();
      if (!hit || found < demand.relevant().size()) {
        report.misses.add(
            demand.post().id()
                + " ["
                + demand.category()
                + "]: expected "
                + demand.relevant()
                + ", got "
                + top);
      }
    }
    return report;
  }

  /** What a weight search maximises: the three figures alike. */
  double objective() {
    return (all.precision() + all.recall() + all.mrr()) / 3;
  }

  /** Adds another report's demands to this one's figures, as for folds measured apart. */
  void add(QualityReport other) {
    all.add(other.all);
    other.byCategory.forEach(
        (category, tally) -> byCategory.computeIfAbsent(category, c -> new Tally()).add(tally));
    misses.addAll(other.misses);
    negativesInTop5 += other.negativesInTop5;
  }

  void print(PrintStream out, String what) {
    out.printf(
        Locale.ROOT,
        "%s: %d demands, precision@1 %.3f, recall@5 %.3f, MRR %.3f, hard negatives in top 5: %d%n",
        what,
        all.demands,
        all.precision(),
        all.recall(),
        all.mrr(),
        negativesInTop5);
    out.printf(Locale.ROOT, "  %-20s %4s %7s %7s %7s%n", "category", "n", "P@1", "R@5", "MRR");
    byCategory.forEach(
        (category, tally) ->
            out.printf(
                Locale.ROOT,
                "  %-20s %4d %7.3f %7.3f %7.3f%n",
                category,
                tally.demands,
                tally.precision(),
                tally.recall(),
                tally.mrr()));
  }
}
