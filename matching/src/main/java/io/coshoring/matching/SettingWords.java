package io.coshoring.matching;

import java.util.List;
import java.util.Set;

/**
 * Which words of a demand tell the setting of the work rather than the work: "a React developer for
 * our Shopify store" needs React, and Shopify is where it goes. The asker names the work first,
 * after "need a", "cherche un·e" or "מחפשים"; what it then says about its own things is the
 * setting. Four shapes say so:
 *
 * <ul>
 *   <li>a cue, "our", "existing", "notre", "nos", "existant": its next {@value #CUE_WORDS} words,
 *       unless "with" or "avec" first says how the work is done ("automate our process with
 *       Zapier");
 *   <li>a clause about the asker: "we", "nous", a French "on" or "אנחנו" that no need word follows
 *       ("the contracts we sign with Instagram influencers", "l'appli qu'on a faite en React"), or
 *       a cue a relative word brings ("the app that our team built in React"). It runs to the end
 *       of the sentence, to a need word ("we use Shopify and need a Figma designer") or for {@value
 *       #CLAUSE_WORDS} words, "with" included: what we do with a tool is ours too;
 *   <li>in Hebrew, "שלנו" ("our") after its noun: the words before it, back to the one a ל or ב
 *       ("for", "in") opens ("לחנות השופיפיי שלנו", "for our Shopify store");
 *   <li>"for" and a count, "pour", "ל": the {@value #CUE_WORDS} words after the count are the
 *       pieces the work is done on ("VOSTFR for 6 product videos", "une voix off pour 3 vidéos
 *       explicatives"), as "our" says of the asker's things; not after "looking" or "searching",
 *       where the count is of the people needed ("looking for 2 React developers"), nor before a
 *       unit of time ("for 3 weeks").
 * </ul>
 *
 * <p>The asker is "we" or "I" alike: "my", "mon", "ma", "je" and "שלי" count as "our", "notre",
 * "nous" and "שלנו" do.
 *
 * <p>A skill said with the need, outside such a clause ("a React developer who also knows Figma",
 * "un·e dev React et Node"), stays the work; so does a skill the demand names as the work anywhere
 * else, or every skill of a demand that names no work besides its setting (see {@link
 * FoundSkills}).
 */
final class SettingWords {

  /** Words after which the next few name where the work happens, folded. */
  private static final Set<String> CUES =
      Set.of(
          "our",
          "my",
          "existing",
          "current",
          "notre",
          "nos",
          "mon",
          "ma",
          "mes",
          "existant",
          "existante",
          "actuel",
          "actuelle");

  /**
   * Words that end the setting a cue began: what follows "with" or "avec" is how the work is done
   * ("automate our process with Zapier"), not where.
   */
  private static final Set<String> CUE_ENDS =
      Set.of(
          "with", "using", "via", "through", "by", "between", "avec", "en", "par", "entre", "sou",
          "grace");

  /** How many words after a cue still belong to the setting it introduces. */
  private static final int CUE_WORDS = 3;

  /**
   * The asker as the subject of a clause, folded ("nous" loses its "s"); the French "on" only in a
   * French text.
   */
  private static final Set<String> WE = Set.of("we", "i", "nou", "je", "j", "אנחנו", "אנו", "אני");

  /** Words that open a clause about a thing: "the app that our team built". */
  private static final Set<String> RELATIVES =
      Set.of("that", "which", "where", "qui", "que", "qu", "dont");

  /**
   * Words that say what the asker wants, folded: after "we" they make it the need ("we need", "on
   * cherche"), and they end a clause about the asker.
   */
  private static final Set<String> NEED_WORDS =
      Set.of(
          "need",
          "needed",
          "looking",
          "seek",
          "seeking",
          "want",
          "hire",
          "hiring",
          "require",
          "like",
          "love",
          "help",
          "cherche",
          "recherche",
          "cherchon",
          "recherchon",
          "besoin",
          "veut",
          "voudrait",
          "voudrion",
          "souhaite",
          "souhaiton",
          "aimerion",
          "recrute",
          "recruton",
          "aider",
          "מחפש",
          "מחפשת",
          "מחפשים",
          "מחפשות",
          "צריך",
          "צריכה",
          "צריכים",
          "צריכות",
          "דרוש",
          "דרושה",
          "דרושים",
          "מעוניינים",
          "רוצים");

  /** How many words after "we" a need word makes it the need rather than a clause about us. */
  private static final int NEED_AFTER_WE = 3;

  /** How many words a clause about the asker runs at most. */
  private static final int CLAUSE_WORDS = 8;

  /** Hebrew's "our" and "my", written after their noun. */
  private static final Set<String> HEBREW_OURS = Set.of("שלנו", "שלי");

  /** How many words before "שלנו" its noun may take. */
  private static final int HEBREW_NOUN_WORDS = 3;

  /** Words that say what the work is for before a count, folded; Hebrew writes ל apart from it. */
  private static final Set<String> FOR = Set.of("for", "pour", "ל");

  /** Words before "for" that make what it counts the people needed: "looking for 2 developers". */
  private static final Set<String> SEEKING =
      Set.of("looking", "searching", "search", "seeking", "hunting", "asking", "ask", "hiring");

  /** Counts written in words, folded ("trois" loses its "s"). */
  private static final Set<String> COUNTS =
      Set.of(
          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "deux",
          "troi", "quatre", "cinq", "sept", "huit", "neuf", "dix", "douze");

  /** Units of time, folded: "for 3 weeks" says how long, not what the work is done on. */
  private static final Set<String> DURATIONS =
      Set.of(
          "minute", "hour", "day", "week", "month", "year", "heure", "jour", "semaine", "moi", "an",
          "annee");

  private SettingWords() {}

  /** For each word of the text, whether it names the setting of the work. */
  static boolean[] in(List<Folding.Token> tokens, String language) {
    boolean[] setting = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Folding.Token token = tokens.get(i);
      if (token.hashtag()) {
        continue;
      }
      if (opensClause(tokens, i, language)) {
        markClause(tokens, i, setting);
      } else if (CUES.contains(token.word())) {
        markCue(tokens, i, setting);
      } else if (HEBREW_OURS.contains(token.word())) {
        markHebrewNoun(tokens, i, setting);
      } else if (countedFor(tokens, i)) {
        markCue(tokens, i + 1, setting);
      }
    }
    return setting;
  }

  private static boolean opensClause(List<Folding.Token> tokens, int at, String language) {
    String word = tokens.get(at).word();
    boolean we =
        WE.contains(word)
            || Folding.withoutHebrewPrefixes(word).stream().anyMatch(WE::contains)
            || (word.equals("on") && TextLanguage.FRENCH.equals(language));
    if (we) {
      return !needFollows(tokens, at);
    }
    return CUES.contains(word) && relativeBefore(tokens, at);
  }

  private static boolean countedFor(List<Folding.Token> tokens, int at) {
    if (!FOR.contains(tokens.get(at).word()) || at + 1 >= tokens.size()) {
      return false;
    }
    if (at > 0 && SEEKING.contains(tokens.get(at - 1).word())) {
      return false;
    }
    Folding.Token count = tokens.get(at + 1);
    boolean counted =
        !count.afterBreak()
            && (COUNTS.contains(count.word()) || count.word().chars().allMatch(Character::isDigit));
    return counted && (at + 2 >= tokens.size() || !DURATIONS.contains(tokens.get(at + 2).word()));
  }

  private static boolean needFollows(List<Folding.Token> tokens, int at) {
    for (int i = at + 1; i <= at + NEED_AFTER_WE && i < tokens.size(); i++) {
      if (tokens.get(i).afterBreak()) {
        return false;
      }
      if (NEED_WORDS.contains(tokens.get(i).word())) {
        return true;
      }
    }
    return false;
  }

  private static boolean relativeBefore(List<Folding.Token> tokens, int at) {
    for (int i = at - 1; i >= 0 && i >= at - CUE_WORDS; i--) {
      if (RELATIVES.contains(tokens.get(i).word())) {
        return true;
      }
      if (tokens.get(i).afterBreak()) {
        return false;
      }
    }
    return false;
  }

  private static void markClause(List<Folding.Token> tokens, int at, boolean[] setting) {
    for (int i = at + 1; i <= at + CLAUSE_WORDS && i < tokens.size(); i++) {
      Folding.Token token = tokens.get(i);
      if (token.afterBreak() || NEED_WORDS.contains(token.word())) {
        return;
      }
      setting[i] = true;
    }
  }

  private static void markCue(List<Folding.Token> tokens, int at, boolean[] setting) {
    WordRun.mark(tokens, at + 1, CUE_WORDS, CUE_ENDS, setting);
  }

  private static void markHebrewNoun(List<Folding.Token> tokens, int at, boolean[] setting) {
    for (int i = at - 1; i >= 0 && i >= at - HEBREW_NOUN_WORDS; i--) {
      Folding.Token token = tokens.get(i);
      if (NEED_WORDS.contains(token.word()) || tokens.get(i + 1).afterBreak()) {
        return;
      }
      setting[i] = true;
      char first = token.word().charAt(0);
      if (first == 'ל' || first == 'ב') {
        return;
      }
    }
  }
}
