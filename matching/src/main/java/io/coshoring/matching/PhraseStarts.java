package io.coshoring.matching;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The first words of known folded phrases: "machine" and "machine learning" for "machine learning
 * engineering". A reader tries the phrases at a word only as long as the words from it may still
 * make one, rather than at every length up to the longest phrase: most words of a post begin none,
 * and are looked up once.
 */
final class PhraseStarts {

  private final Set<String> starts;

  PhraseStarts(Collection<String> phrases) {
    Set<String> starts = new HashSet<>();
    for (String phrase : phrases) {
      for (int space = phrase.indexOf(' '); space >= 0; space = phrase.indexOf(' ', space + 1)) {
        starts.add(phrase.substring(0, space));
      }
      starts.add(phrase);
    }
    this.starts = Set.copyOf(starts);
  }

  /** How many words from {@code start} may make a known phrase; 0 when none begins there. */
  int longestAt(List<Folding.Token> tokens, int start) {
    int length = 0;
    String phrase = tokens.get(start).word();
    while (starts.contains(phrase)) {
      length++;
      if (start + length == tokens.size()) {
        break;
      }
      phrase = phrase + " " + tokens.get(start + length).word();
    }
    return length;
  }
}
