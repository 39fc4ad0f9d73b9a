package io.coshoring.matching;

import java.util.HashSet;
import java.util.Set;

/**
 * What a short form means in a post, read from the other skills the post names: the meaning it
 * names too; else those a family apart from one of them (a kind of it, or its family); else those
 * related to one. When nothing tells, it means one of them all: "We need a PM" may be either.
 */
final class ShortFormReading {

  private static final int NAMED = 3;
  private static final int FAMILY = 2;
  private static final int RELATED = 1;
  private static final int NOTHING = 0;

  private final SkillTaxonomy taxonomy;

  ShortFormReading(SkillTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** The meanings the other skills {@code named} leave: one when they decide, else several. */
  Set<String> meanings(ShortForm form, Set<String> named) {
    int strongest = NOTHING;
    Set<String> chosen = new HashSet<>();
    for (String meaning : form.meanings()) {
      int told = support(meaning, named);
      if (told > strongest) {
        strongest = told;
        chosen.clear();
      }
      if (told == strongest) {
        chosen.add(meaning);
      }
    }
    return strongest == NOTHING ? form.meanings() : Set.copyOf(chosen);
  }

  private int support(String meaning, Set<String> named) {
    if (named.contains(meaning)) {
      return NAMED;
    }
    int strongest = NOTHING;
    for (String skill : named) {
      if (taxonomy.ancestors(skill).contains(meaning)
          || taxonomy.ancestors(meaning).contains(skill)) {
        strongest = FAMILY;
      } else if (taxonomy.related(meaning).contains(skill)) {
        strongest = Math.max(strongest, RELATED);
      }
    }
    return strongest;
  }
}
