package io.coshoring.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How much of the work a demand needs an offer's skills cover, each skill the demand names counted
 * by its weight (the work fully, its setting a little), with partial credit for a skill a family
 * apart or related. An offer that lists more skills than the demand asks for loses nothing.
 */
final class SkillCoverage {

  private final SkillTaxonomy taxonomy;
  private final MatchWeights weights;

  SkillCoverage(SkillTaxonomy taxonomy, MatchWeights weights) {
    this.taxonomy = taxonomy;
    this.weights = weights;
  }

  /** The share of the demand's skills the offer covers, from 0 to 1. */
  double of(IndexedPost demand, IndexedPost offer, Reasons reasons) {
    double wanted = 0;
    double covered = 0;
    Set<String> shared = new TreeSet<>();
    List<String> close = new ArrayList<>();
    for (String needed : demand.skills()) {
      double weight = demand.weightOf(needed, weights.get(Weight.SKILL_CONTEXT));
      wanted += weight;
      if (offer.skills().contains(needed)) {
        covered += weight;
        shared.add(needed);
        continue;
      }
      Credit best = bestCredit(needed, offer.skills());
      if (best != null) {
        covered += weight * best.credit();
        close.add(best.explained());
      }
    }
    if (!shared.isEmpty()) {
      reasons.add(() -> "shared skills: " + String.join(", ", shared));
    }
    if (!close.isEmpty()) {
      reasons.add(() -> "close skills: " + String.join(", ", close));
    }
    return wanted == 0 ? 0 : covered / wanted;
  }

  private record Credit(double credit, String explained) {}

  /** The closest of the offer's skills to a needed one, a family apart or related; null if none. */
  private Credit bestCredit(String needed, Set<String> offered) {
    Credit best = null;
    for (String skill : offered) {
      Credit credit = null;
      if (taxonomy.ancestors(skill).contains(needed)) {
        credit =
            new Credit(weights.get(Weight.SKILL_NARROWER), skill + " (a kind of " + needed + ")");
      } else if (taxonomy.ancestors(needed).contains(skill)) {
        credit =
            new Credit(
                weights.get(Weight.SKILL_BROADER), skill + " (the family of " + needed + ")");
      } else if (taxonomy.related(needed).contains(skill)) {
        credit =
            new Credit(weights.get(Weight.SKILL_RELATED), skill + " (related to " + needed + ")");
      }
      if (credit != null && (best == null || credit.credit() > best.credit())) {
        best = credit;
      }
    }
    return best;
  }
}
