package io.coshoring.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether an offer translates the way a demand asks. A translator works into one language, usually
 * their own: one who states French into English is not who a demand for English into French needs,
 * though both name translation, English and French.
 */
final class TranslationDirection {

  private static final Comparator<LanguagePair> ORDER =
      Comparator.comparing(LanguagePair::from).thenComparing(LanguagePair::into);

  private TranslationDirection() {}

  /**
   * The share of the directions a demand asks for that the offer states; 1 when either states none,
   * since a post that says no direction says nothing against one.
   */
  static double share(Set<LanguagePair> asked, Set<LanguagePair> offered, Reasons reasons) {
    if (asked.isEmpty() || offered.isEmpty()) {
      return 1;
    }
    Set<LanguagePair> missing = new TreeSet<>(ORDER);
    missing.addAll(asked);
    missing.removeAll(offered);
    if (missing.isEmpty()) {
      reasons.add(() -> "translates " + written(asked));
    } else {
      reasons.add(() -> "translates " + written(offered) + ", not " + written(missing));
    }
    return 1 - (double) missing.size() / asked.size();
  }

  /** "English → French", and "English ↔ French" for a pair there both ways. */
  private static String written(Set<LanguagePair> pairs) {
    List<String> written = new ArrayList<>();
    for (LanguagePair pair : pairs.stream().sorted(ORDER).toList()) {
      boolean bothWays = pairs.contains(pair.reversed());
      if (!bothWays) {
        written.add(Languages.name(pair.from()) + " → " + Languages.name(pair.into()));
      } else if (pair.from().compareTo(pair.into()) < 0) {
        written.add(Languages.name(pair.from()) + " ↔ " + Languages.name(pair.into()));
      }
    }
    return String.join(", ", written);
  }
}
