package io.coshoring.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The short forms of the taxonomy, each naming one of several skills, by folded phrase: those that
 * count in any text, and those that count only in a text of one language.
 */
final class ShortForms {

  /** The key of the short forms that count whatever the text's language. */
  private static final String ANY_LANGUAGE = "";

  private final Map<String, Map<String, ShortForm>> byLanguage;

  private ShortForms(Map<String, Map<String, ShortForm>> byLanguage) {
    Map<String, Map<String, ShortForm>> frozen = new HashMap<>();
    byLanguage.forEach((language, forms) -> frozen.put(language, Map.copyOf(forms)));
    this.byLanguage = Map.copyOf(frozen);
  }

  /** The short form a folded phrase is in a text of {@code language} (null: none). */
  ShortForm at(String foldedPhrase, String language) {
    ShortForm form = byLanguage.getOrDefault(ANY_LANGUAGE, Map.of()).get(foldedPhrase);
    if (form == null && language != null) {
      form = byLanguage.getOrDefault(language, Map.of()).get(foldedPhrase);
    }
    return form;
  }

  /** Every folded phrase that is a short form in some language. */
  Set<String> phrases() {
    Set<String> phrases = new HashSet<>();
    byLanguage.values().forEach(forms -> phrases.addAll(forms.keySet()));
    return phrases;
  }

  /**
   * Collects the short forms of taxonomy lines, and refuses one that names a single skill, that is
   * also some skill's alias or hashtag, or that counts in every language and in one alone: a short
   * form is for several skills and nothing else.
   */
  static final class Collector {

    private final Map<String, Map<String, Collected>> byLanguage = new HashMap<>();

    private static final class Collected {
      final String where;
      final String name;
      final Set<String> meanings = new LinkedHashSet<>();

      Collected(String where, String name) {
        this.where = where;
        this.name = name;
      }
    }

    /**
     * A short form a skill writes in the column of {@code language}: {@code PM}, or {@code !DA} for
     * one that only counts in a text of that language.
     */
    void add(String where, Skill skill, String written, String language) {
      boolean languageBound = written.startsWith("!");
      String name = languageBound ? written.substring(1).strip() : written.strip();
      String folded = Folding.foldPhrase(name);
      if (folded.isEmpty()) {
        throw new IllegalStateException(where + ": short form '?" + written + "' has no letters");
      }
      byLanguage
          .computeIfAbsent(languageBound ? language : ANY_LANGUAGE, l -> new HashMap<>())
          .computeIfAbsent(folded, f -> new Collected(where, name))
          .meanings
          .add(skill.id());
    }

    /**
     * The short forms collected, once every skill's aliases are known.
     *
     * @param aliasOf the id of the skill a folded phrase is an alias or hashtag of, or null
     */
    ShortForms build(Function<String, String> aliasOf) {
      Map<String, Map<String, ShortForm>> built = new HashMap<>();
      for (Map.Entry<String, Map<String, Collected>> forms : byLanguage.entrySet()) {
        String language = forms.getKey();
        for (Map.Entry<String, Collected> form : forms.getValue().entrySet()) {
          Collected collected = form.getValue();
          check(form.getKey(), language, collected, aliasOf);
          built
              .computeIfAbsent(language, l -> new HashMap<>())
              .put(form.getKey(), new ShortForm(collected.name, collected.meanings));
        }
      }
      return new ShortForms(built);
    }

    private void check(
        String folded, String language, Collected collected, Function<String, String> aliasOf) {
      String refused = collected.where + ": short form '" + collected.name + "'";
      if (collected.meanings.size() < 2) {
        throw new IllegalStateException(
            refused
                + " names only "
                + collected.meanings.iterator().next()
                + "; write it as a plain alias");
      }
      String owner = aliasOf.apply(folded);
      if (owner != null) {
        throw new IllegalStateException(
            refused
                + " of "
                + String.join(", ", new TreeSet<>(collected.meanings))
                + " is also an alias of "
                + owner);
      }
      if (!language.equals(ANY_LANGUAGE)
          && byLanguage.getOrDefault(ANY_LANGUAGE, Map.of()).containsKey(folded)) {
        throw new IllegalStateException(
            refused + " is written both for every language and for " + language + " alone");
      }
    }
  }
}
