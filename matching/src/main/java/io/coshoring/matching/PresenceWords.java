package io.coshoring.matching;

import java.util.List;
import java.util.Set;

/**
 * Whether a demand asks in words for someone to come to its place ("come to our Paris office once a
 * week", "sur site 2 jours par semaine", "des passages dans nos locaux", "פרונטלית במשרד"), in
 * English, French or Hebrew. A demand that can be done remote or on site says only that someone who
 * can come would be welcome; one that also asks for visits has work a remote-only pair cannot do in
 * full. "For our Paris office" or "office hours" ask for no visit; "no need to come to the office"
 * is not read as asking.
 */
final class PresenceWords {

  /** Folded as {@link Folding} folds words: no accents, a plural "s" dropped past three letters. */
  private static final Set<String> PLACES =
      Set.of(
          "office",
          "premise",
          "lab",
          "locaux",
          "bureau",
          "bureaux",
          "laboratoire",
          "משרד",
          "משרדים");

  /** "our" in English and French; Hebrew puts "ours" after the place (המשרד שלנו). */
  private static final Set<String> OURS = Set.of("our", "nos", "notre");

  /**
   * Being at or going to a place: "at our office", "dans nos locaux" (folded "dan"), "to our lab".
   */
  private static final Set<String> AT_OR_TO =
      Set.of("at", "in", "to", "into", "on", "dan", "a", "au", "chez");

  /** Hebrew joins "in" and "to" to the place: במשרד, למשרד. */
  private static final Set<String> HEBREW_AT_OR_TO =
      Set.of("במשרד", "למשרד", "במשרדים", "למשרדים", "במשרדינו", "למשרדינו");

  private static final List<List<String>> PRESENCE_PHRASES =
      List.of(
          List.of("on", "site"),
          List.of("onsite"),
          List.of("in", "person"),
          List.of("sur", "site"),
          List.of("sur", "place"),
          List.of("en", "presentiel"),
          List.of("presentiel"),
          List.of("פרונטלי"),
          List.of("פרונטלית"));

  /** Folded: "sans" and "jamais" lose their "s". */
  private static final Set<String> NOT =
      Set.of("no", "not", "without", "never", "pas", "san", "jamai", "לא", "בלי", "ללא");

  /** How many words before a phrase a negation still applies to it: "no need to come to our". */
  private static final int NEGATION_REACH = 5;

  /** How many words may stand between "our" and the place: "our new Paris office". */
  private static final int WORDS_BEFORE_PLACE = 3;

  private PresenceWords() {}

  static boolean in(List<Folding.Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (asksAt(tokens, i) && !negatedBefore(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean asksAt(List<Folding.Token> tokens, int i) {
    String word = tokens.get(i).word();
    if (HEBREW_AT_OR_TO.contains(word)) {
      return true;
    }
    for (List<String> phrase : PRESENCE_PHRASES) {
      if (startsWith(tokens, i, phrase)) {
        return true;
      }
    }
    return AT_OR_TO.contains(word) && oursThenPlace(tokens, i + 1);
  }

  /** "our" at {@code start}, then a place within a few words: "our new Paris office". */
  private static boolean oursThenPlace(List<Folding.Token> tokens, int start) {
    if (start >= tokens.size() || !OURS.contains(tokens.get(start).word())) {
      return false;
    }
    int last = Math.min(tokens.size() - 1, start + WORDS_BEFORE_PLACE);
    for (int j = start + 1; j <= last; j++) {
      if (PLACES.contains(tokens.get(j).word())) {
        return true;
      }
    }
    return false;
  }

  private static boolean negatedBefore(List<Folding.Token> tokens, int i) {
    for (int j = Math.max(0, i - NEGATION_REACH); j < i; j++) {
      if (NOT.contains(tokens.get(j).word())) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(List<Folding.Token> tokens, int start, List<String> phrase) {
    if (start + phrase.size() > tokens.size()) {
      return false;
    }
    for (int j = 0; j < phrase.size(); j++) {
      if (!tokens.get(start + j).word().equals(phrase.get(j))) {
        return false;
      }
    }
    return true;
  }
}
