package io.coshoring.matching;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The languages a pair speaks: those both speak, and those a demand's text asks for. */
final class SpokenLanguages {

  private SpokenLanguages() {}

  /** How many languages both speak; -1 when either did not say. */
  static int inCommon(Post demand, Post offer, Reasons reasons) {
    if (demand.languages().isEmpty() || offer.languages().isEmpty()) {
      return -1;
    }
    int common = 0;
    for (String language : demand.languages()) {
      if (offer.languages().contains(language)) {
        common++;
      }
    }
    reasons.add(
        () -> {
          Set<String> both = new TreeSet<>(demand.languages());
          both.retainAll(offer.languages());
          return both.isEmpty()
              ? Reason.of(
                  "noCommonLanguage",
                  "demandLanguages",
                  sorted(demand.languages()),
                  "offerLanguages",
                  sorted(offer.languages()))
              : Reason.of("bothSpeak", "languages", sorted(both));
        });
    return common;
  }

  /**
   * The share of the languages a demand's text names that the offer's author speaks or names too; 1
   * when the demand names none.
   */
  static double asked(IndexedPost demand, IndexedPost offer, Reasons reasons) {
    Set<String> asked = demand.languagesNamed();
    if (asked.isEmpty()) {
      return 1;
    }
    Set<String> spoken = new TreeSet<>(offer.post().languages());
    spoken.addAll(offer.languagesNamed());
    Set<String> missing = new TreeSet<>(asked);
    missing.removeAll(spoken);
    Set<String> met = new TreeSet<>(asked);
    met.retainAll(spoken);
    if (!met.isEmpty()) {
      reasons.add(() -> Reason.of("speaksAsAsked", "languages", List.copyOf(met)));
    }
    if (!missing.isEmpty()) {
      reasons.add(() -> Reason.of("notSaidToSpeak", "languages", List.copyOf(missing)));
    }
    return (double) met.size() / asked.size();
  }

  private static List<String> sorted(Set<String> languages) {
    return languages.stream().sorted().toList();
  }
}
