package io.coshoring.matching;

import java.util.List;
import java.util.Set;

/**
 * Which words of a post name the texts a translation is of: "translation of investor decks", "we
 * translate your website", "traduction de pitch decks", "je traduis vos contrats". The decks are
 * what is translated, not the work: a translator of investor decks does not design them. The next
 * {@value #OBJECT_WORDS} words after the cue are the texts, up to "into", "from", "vers" or the end
 * of the sentence.
 */
final class TranslatedWords {

  /** Words that say the next ones are translated, folded. */
  private static final Set<String> VERBS =
      Set.of("translate", "translating", "traduire", "tradui", "traduisons", "traduit");

  /** Nouns that say so with "of" or "de" after them, folded ("translations" loses its "s"). */
  private static final Set<String> NOUNS = Set.of("translation", "traduction");

  /** "of", and "de", "des" (folded as "de"), "du" or an elided "d'". */
  private static final Set<String> OF = Set.of("of", "de", "du", "d");

  /** Words that end the texts: the languages come next. */
  private static final Set<String> ENDS =
      Set.of("into", "to", "from", "in", "en", "ver", "depui", "dan");

  /** How many words after the cue name the texts. */
  private static final int OBJECT_WORDS = 3;

  private TranslatedWords() {}

  /** For each word of the text, whether it names a text translated. */
  static boolean[] in(List<Folding.Token> tokens) {
    boolean[] translated = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      int from = -1;
      if (VERBS.contains(word)) {
        from = i + 1;
      } else if (NOUNS.contains(word)
          && i + 1 < tokens.size()
          && OF.contains(tokens.get(i + 1).word())
          && !tokens.get(i + 1).afterBreak()) {
        from = i + 2;
      }
      if (from >= 0) {
        WordRun.mark(tokens, from, OBJECT_WORDS, ENDS, translated);
      }
    }
    return translated;
  }
}
