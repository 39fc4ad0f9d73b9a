package io.coshoring.matching;

import java.util.List;
import java.util.Set;

/**
 * A run of words after a cue that says what they are ("our ...", "translation of ...", "pour les
 * équipes ..."): at most so many words, and never past the end of a sentence or a word that starts
 * something else.
 */
final class WordRun {

  private WordRun() {}

  /**
   * Marks up to {@code count} words from {@code from}, stopping at a sentence's end or an end word.
   */
  static void mark(
      List<Folding.Token> tokens, int from, int count, Set<String> ends, boolean[] marks) {
    for (int i = from; i < from + count && i < tokens.size(); i++) {
      Folding.Token token = tokens.get(i);
      if (token.afterBreak() || ends.contains(token.word())) {
        return;
      }
      marks[i] = true;
    }
  }
}
