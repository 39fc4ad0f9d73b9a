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
      reasons.add(() -> Reason.of("translates", "directions", written(asked)));
    } else {
      reasons.add(
          () ->
              Reason.of(
                  "translatesOtherWay",
                  "directions",
                  written(offered),
                  "missingDirections",
                  written(missing)));
    }
    return 1 - (double) missing.size() / asked.size();
  }

  /**
   * The directions as language codes, "en→fr", and "en↔fr" for a pair there both ways; each reader
   * has the languages named in theirs.
   */
  private static List<String> written(Set<LanguagePair> pairs) {
    List<String> written = new ArrayList<>();
    for (LanguagePair pair : pairs.stream().sorted(ORDER).toList()) {
      boolean bothWays = pairs.contains(pair.reversed());
      if (!bothWays) {
        written.add(pair.from() + "→" + pair.into());
      } else if (pair.from().compareTo(pair.into()) < 0) {
        written.add(pair.from() + "↔" + pair.into());
      }
    }
    return List.copyOf(written);
  }
}
