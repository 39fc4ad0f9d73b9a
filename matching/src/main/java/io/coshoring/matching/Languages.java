package io.coshoring.matching;

import io.coshoring.matching.InvalidPostException.Field;
import io.coshoring.matching.InvalidPostException.Problem;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Languages as two-letter ISO 639-1 codes: fr, en, he. */
public final class Languages {

  private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

  private Languages() {}

  /**
   * The codes, lower-cased and checked.
   *
   * @throws InvalidPostException naming the field {@code languages} for a code that is not ISO
   *     639-1
   */
  public static Set<String> checked(Collection<String> codes) {
    Set<String> checked = new LinkedHashSet<>();
    for (String language : codes) {
      String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
      if (code.length() != 2 || !ISO_LANGUAGES.contains(code)) {
        throw new InvalidPostException(
            Field.LANGUAGES, String.valueOf(language), Problem.LANGUAGE_UNKNOWN);
      }
      checked.add(code.intern());
    }
    return Collections.unmodifiableSet(checked);
  }
}
