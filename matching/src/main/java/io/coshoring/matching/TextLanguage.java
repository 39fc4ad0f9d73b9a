package io.coshoring.matching;

import java.util.List;
import java.util.Set;

/**
 * The language a post is written in, guessed from its commonest small words: English, French or
 * Hebrew. It decides only which words that mean different work in each language count (a French
 * "animation" is running a workshop, an English one is motion design); null when it cannot tell.
 */
final class TextLanguage {

  static final String ENGLISH = "en";
  static final String FRENCH = "fr";
  static final String HEBREW = "he";

  private static final Set<String> ENGLISH_WORDS =
      Set.of(
          "the", "and", "for", "with", "our", "we", "need", "looking", "to", "of", "in", "a", "an",
          "is", "my", "your", "who", "on", "can", "will", "i", "you", "from", "by", "at");

  // Folded as Folding folds them: no accents, a plural "s" dropped on words over three letters.
  // An elided d', l', j' or qu' is read as a word of its own, and says French as surely as "de":
  // "scénarios d'emailing" has no other small word.
  private static final Set<String> FRENCH_WORDS =
      Set.of(
          "le", "la", "les", "de", "des", "du", "et", "pour", "avec", "notre", "nos", "un", "une",
          "cherche", "besoin", "je", "nous", "sur", "dan", "en", "est", "qui", "au", "aux", "mon",
          "votre", "vou", "par", "ou", "pas", "d", "l", "j", "qu");

  private TextLanguage() {}

  /** en, fr, he, or null when the words do not say. */
  static String guess(List<Folding.Token> tokens) {
    int english = 0;
    int french = 0;
    int hebrew = 0;
    for (Folding.Token token : tokens) {
      String word = token.word();
      if (!word.isEmpty()
          && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HEBREW) {
        hebrew++;
      } else if (ENGLISH_WORDS.contains(word)) {
        english++;
      } else if (FRENCH_WORDS.contains(word)) {
        french++;
      }
    }
    if (hebrew > english && hebrew > french) {
      return HEBREW;
    }
    if (english == french) {
      return null;
    }
    return english > french ? ENGLISH : FRENCH;
  }
}
