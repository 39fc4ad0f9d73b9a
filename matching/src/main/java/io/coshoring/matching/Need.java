package io.coshoring.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One skill a post names, or the meanings of a short form it leaves undecided, any one of which is
 * what it means: a demand for "a PM" needs a product or a project manager, one need, not two.
 *
 * @param anyOf the skill ids, any one of which will do
 * @param shortForm the short form written, as the taxonomy writes it ({@code PM}); null for a skill
 *     named as itself
 */
record Need(Set<String> anyOf, String shortForm) {

  Need {
    anyOf = Set.copyOf(anyOf);
  }

  /** The needs of a post's skills, when {@code undecided} are the short forms that name several. */
  static List<Need> of(Collection<String> skills, Collection<ShortForm> undecided) {
    List<Need> needs = new ArrayList<>();
    Set<String> meanings = new HashSet<>();
    for (ShortForm form : undecided) {
      needs.add(new Need(form.meanings(), form.name()));
      meanings.addAll(form.meanings());
    }
    for (String skill : skills) {
      if (!meanings.contains(skill)) {
        needs.add(new Need(Set.of(skill), null));
      }
    }
    return needs;
  }

  /** A meaning as the reasons name it: "product-management (PM)", or the skill alone. */
  String named(String skill) {
    return shortForm == null ? skill : skill + " (" + shortForm + ")";
  }
}
