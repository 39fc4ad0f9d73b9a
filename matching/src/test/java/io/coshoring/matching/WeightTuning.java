package io.coshoring.matching;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The offline tuning command: searches the scorer's weights on the evaluation set, one weight at a
 * time, and says whether the search helps on demands it did not see (k-fold cross-validation)
 * before printing the weights it finds on all of them, in {@code weights.properties} form.
 *
 * <pre>
 * ./mvnw -B -ntp -pl matching -Ptune test-compile exec:exec -Dtune.args="--folds 5 --rounds 1"
 * </pre>
 *
 * {@code --labels <file.json>} adds labelled pairs exported by the app ({@code --export-labels}) to
 * the set. Nothing here runs in {@code verify}.
 */
public final class WeightTuning {

  /** Each weight is tried at these multiples of its value. */
  private static final double[] STEPS = {0.5, 0.75, 1.33, 2.0};

  private static final long SEED = 20261129L;

  private final EvaluationSet set;
  private final SkillTaxonomy taxonomy = SkillTaxonomy.standard();

  private WeightTuning(EvaluationSet set) {
    this.set = set;
  }

  public static void main(String[] args) throws IOException {
    int folds = 5;
    int rounds = 1;
    List<Path> labels = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--folds" -> folds = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--labels" -> labels.add(Path.of(args[++i]));
        default ->
            throw new IllegalArgumentException(
                "unknown argument " + args[i] + "; use --folds N, --rounds N, --labels file.json");
      }
    }
    new WeightTuning(EvaluationSet.load(labels)).run(folds, rounds);
  }

  private void run(int folds, int rounds) throws IOException {
    MatchWeights standard = MatchWeights.standard();
    List<EvaluationSet.LabelledDemand> shuffled = new ArrayList<>(set.demands);
    Collections.shuffle(shuffled, new Random(SEED));
    QualityReport before = new QualityReport();
    QualityReport after = new QualityReport();
    for (int fold = 0; fold < folds; fold++) {
      List<EvaluationSet.LabelledDemand> held = new ArrayList<>();
      List<EvaluationSet.LabelledDemand> training = new ArrayList<>();
      for (int i = 0; i < shuffled.size(); i++) {
        (i % folds == fold ? held : training).add(shuffled.get(i));
      }
      MatchWeights tuned = search(standard, training, rounds);
      before.add(measure(standard, held));
      after.add(measure(tuned, held));
      System.out.printf(Locale.ROOT, "fold %d of %d done%n", fold + 1, folds);
    }
    before.print(System.out, "held out, shipped weights");
    after.print(System.out, "held out, weights tuned on the other folds");
    MatchWeights best = search(standard, shuffled, rounds);
    measure(best, shuffled).print(System.out, "all demands, weights tuned on all of them");
    StringWriter properties = new StringWriter();
    best.asProperties().store(properties, "tuned on " + shuffled.size() + " demands");
    System.out.println(properties);
  }

  /** Coordinate search: each weight in turn moves to the step that does best, if one does. */
  private MatchWeights search(
      MatchWeights start, List<EvaluationSet.LabelledDemand> demands, int rounds) {
    MatchWeights best = start;
    double bestScore = measure(best, demands).objective();
    for (int round = 0; round < rounds; round++) {
      for (Weight weight : Weight.values()) {
        double value = best.get(weight);
        for (double step : STEPS) {
          MatchWeights tried = best.with(weight, bounded(weight, value * step));
          double score = measure(tried, demands).objective();
          if (score > bestScore + 1e-9) {
            best = tried;
            bestScore = score;
          }
        }
      }
    }
    return best;
  }

  /** Shares, credits and factors stay in [0, 1]; hours, days and the price curve's points above. */
  private static double bounded(Weight weight, double value) {
    return switch (weight) {
      case HOURS_FULL, RECENCY_HALF_LIFE_DAYS, PRICE_STEEPNESS -> Math.max(1, value);
      // A curve's points, in times the budget: above it, and in their order.
      case PRICE_HALF_FIT_AT, PRICE_NEGOTIABLE_UP_TO -> Math.max(1.05, value);
      case PRICE_UNWORKABLE_FROM -> Math.max(2, value);
      default -> Math.min(1, Math.max(0, value));
    };
  }

  private QualityReport measure(MatchWeights weights, List<EvaluationSet.LabelledDemand> demands) {
    try (MatchingEngine engine = MatchingEngine.inMemory(taxonomy, TestPosts.CLOCK, weights)) {
      set.offers.forEach(engine::add);
      engine.awaitSearchable();
      return QualityReport.measure(engine, demands);
    }
  }
}
