package io.coshoring.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How much of the work a demand needs an offer's skills cover, each skill the demand names counted
 * by its weight (the work fully, its setting a little), with partial credit for a skill a family
 * apart or related. An offer that lists more skills than the demand asks for loses nothing.
 *
 * <p>A short form the demand leaves undecided ("a PM") is one need, met by the best of its meanings
 * the offer has: a product manager meets it fully, and the demand is not diluted by the meaning it
 * did not need.
 *
 * <p>A skill the demand's problem words suggest is a need too, weighing {@code skill.suggested}:
 * "our React site takes forever to load" needs React, and web performance a little less surely.
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
    List<Credit> close = new ArrayList<>();
    for (Need need : demand.needs()) {
      double weight = demand.weightOf(need, weights.get(Weight.SKILL_CONTEXT));
      wanted += weight;
      String met = met(need, offer.skills());
      if (met != null) {
        covered += weight;
        shared.add(need.named(met));
        continue;
      }
      Credit best = null;
      for (String needed : need.anyOf()) {
        Credit credit = bestCredit(needed, need.shortForm(), offer.skills());
        best = credit != null && (best == null || credit.credit() > best.credit()) ? credit : best;
      }
      if (best != null) {
        covered += weight * best.credit();
        close.add(best);
      }
    }
    double suggestedWeight = weights.get(Weight.SKILL_SUGGESTED);
    for (Suggestion suggestion : demand.suggested()) {
      wanted += suggestedWeight;
      String skill = suggestion.skill();
      Credit credit =
          offer.skills().contains(skill)
              ? new Credit(1, skill, "same", skill, null)
              : bestCredit(skill, null, offer.skills());
      if (credit != null) {
        covered += suggestedWeight * credit.credit();
        reasons.add(
            () ->
                Reason.of(
                    "suggested",
                    "words",
                    List.copyOf(suggestion.words()),
                    "credit",
                    credit.explained(taxonomy)));
      }
    }
    if (!shared.isEmpty()) {
      reasons.add(() -> Reason.of("sharedSkills", "skills", List.copyOf(shared)));
    }
    if (!close.isEmpty()) {
      reasons.add(
          () ->
              Reason.of(
                  "closeSkills",
                  "credits",
                  close.stream().map(credit -> credit.explained(taxonomy)).toList()));
    }
    return wanted == 0 ? 0 : covered / wanted;
  }

  /** The first skill of a need the offer has, by name; null if none. */
  private static String met(Need need, Set<String> offered) {
    for (String skill : new TreeSet<>(need.anyOf())) {
      if (offered.contains(skill)) {
        return skill;
      }
    }
    return null;
  }

  /**
   * An offered skill's credit toward a needed one, and how they are related: {@code same}, {@code
   * narrower} (a kind of it), {@code broader} (its family) or {@code related}.
   *
   * @param shortForm the short form the needed skill was read from ({@code PM}); null if none
   */
  private record Credit(
      double credit, String skill, String relation, String needed, String shortForm) {

    /**
     * The credit as a reason names it: the skill, its relation and the skill needed; the skill's
     * name where the demand's words only suggested it ("Email deliverability").
     */
    Map<String, Object> explained(SkillTaxonomy taxonomy) {
      Map<String, Object> explained = new LinkedHashMap<>();
      explained.put(
          "skill",
          relation.equals("same") ? taxonomy.byId(skill).map(Skill::name).orElse(skill) : skill);
      explained.put("relation", relation);
      explained.put("needed", needed);
      if (shortForm != null) {
        explained.put("shortForm", shortForm);
      }
      return explained;
    }
  }

  /**
   * The closest of the offer's skills to a needed one, a family apart or related; null if none.
   * {@code shortForm} is the short form the needed skill was read from, for the reason to say so:
   * "a kind of project-management, for PM".
   */
  private Credit bestCredit(String skillNeeded, String shortForm, Set<String> offered) {
    Credit best = null;
    for (String skill : offered) {
      Credit credit = null;
      if (taxonomy.ancestors(skill).contains(skillNeeded)) {
        credit =
            new Credit(
                weights.get(Weight.SKILL_NARROWER), skill, "narrower", skillNeeded, shortForm);
      } else if (taxonomy.ancestors(skillNeeded).contains(skill)) {
        credit =
            new Credit(weights.get(Weight.SKILL_BROADER), skill, "broader", skillNeeded, shortForm);
      } else if (taxonomy.related(skillNeeded).contains(skill)) {
        credit =
            new Credit(weights.get(Weight.SKILL_RELATED), skill, "related", skillNeeded, shortForm);
      }
      if (credit != null && (best == null || credit.credit() > best.credit())) {
        best = credit;
      }
    }
    return best;
  }
}
