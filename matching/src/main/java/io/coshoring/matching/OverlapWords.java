package io.coshoring.matching;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a post says in words that its work needs shared hours ("pair with us", "daily standup",
 * "live calls in our hours", "en direct") or not ("async", "any timezone"), in English, French or
 * Hebrew. A member who says so is believed over what the skills usually need.
 */
final class OverlapWords {

  /** Folded as {@link Folding} folds words: no accents, a plural "s" dropped past three letters. */
  private static final Set<String> LIVE_WORDS =
      Set.of(
          "live",
          "standup",
          "pair",
          "pairing",
          "sync",
          "meeting",
          "call",
          "visio",
          "reunion",
          "appel",
          "synchrone",
          "realtime",
          "בזמן",
          "פגישה",
          "פגישות",
          "שיחות");

  private static final Set<String> ASYNC_WORDS =
      Set.of("async", "asynchronou", "asynchronously", "asynchrone", "asynchronous");

  private static final List<List<String>> LIVE_PHRASES =
      List.of(
          List.of("our", "hour"),
          List.of("our", "time"),
          List.of("our", "morning"),
          List.of("our", "afternoon"),
          List.of("same", "hour"),
          List.of("real", "time"),
          List.of("en", "direct"),
          List.of("en", "meme", "temp"),
          List.of("no", "horaire"),
          List.of("nos", "horaire"),
          List.of("notre", "fuseau"),
          List.of("meme", "fuseau"));

  private static final List<List<String>> ASYNC_PHRASES =
      List.of(
          List.of("any", "timezone"),
          List.of("any", "time", "zone"),
          List.of("no", "need", "to", "overlap"),
          List.of("no", "overlap"),
          List.of("own", "time"),
          List.of("pas", "besoin", "d", "etre", "connecte"),
          List.of("peu", "importe", "le", "fuseau"),
          List.of("n", "importe", "quel", "fuseau"));

  /** The first words of the phrases: a word that begins none is not compared with each phrase. */
  private static final Set<String> PHRASE_STARTS =
      Stream.concat(LIVE_PHRASES.stream(), ASYNC_PHRASES.stream())
          .map(phrase -> phrase.get(0))
          .collect(Collectors.toUnmodifiableSet());

  private OverlapWords() {}

  /**
   * LIVE or ASYNC as the text says it, LIVE when it says both (some overlap is wanted); or null.
   */
  static Overlap in(List<Folding.Token> tokens) {
    boolean live = false;
    boolean async = false;
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      boolean phrase = PHRASE_STARTS.contains(word);
      live |= LIVE_WORDS.contains(word) || (phrase && startsPhrase(tokens, i, LIVE_PHRASES));
      async |= ASYNC_WORDS.contains(word) || (phrase && startsPhrase(tokens, i, ASYNC_PHRASES));
    }
    if (live) {
      return Overlap.LIVE;
    }
    return async ? Overlap.ASYNC : null;
  }

  private static boolean startsPhrase(
      List<Folding.Token> tokens, int start, List<List<String>> phrases) {
    for (List<String> phrase : phrases) {
      if (start + phrase.size() <= tokens.size()) {
        boolean all = true;
        for (int j = 0; j < phrase.size() && all; j++) {
          all = tokens.get(start + j).word().equals(phrase.get(j));
        }
        if (all) {
          return true;
        }
      }
    }
    return false;
  }
}
