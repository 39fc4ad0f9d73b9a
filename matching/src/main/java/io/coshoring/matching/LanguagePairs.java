package io.coshoring.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The directions of translation a text states, in English, French and Hebrew writing: "English to
 * French", "from English into French", "EN>FR", "en→fr", "anglais > français", "de l'anglais vers
 * le français", "מאנגלית לעברית"; and both ways: "EN<>FR", "English and French, both ways",
 * "anglais vers français, dans les deux sens".
 *
 * <p>Two languages joined by a hyphen or a slash ("traduction anglais-français", "FR/EN subtitles",
 * "אנגלית-עברית") name a pair without saying which way, so they are read both ways; and only in a
 * post about work from one language into another. Elsewhere the same writing says which languages
 * someone works in ("community manager bilingue FR/EN", "React engineer, EN/HE"), and reading a
 * pair there would lower an offer for translating the wrong way when it offers no translation at
 * all. Two languages joined by "and" are a pair only when the clause goes on to say both ways: a
 * "French and English speaker" states no direction.
 *
 * <p>Two-letter codes count only when joined by a sign ("EN>FR", "FR/EN"): in prose "en", "de" and
 * "it" are common words.
 */
final class LanguagePairs {

  /**
   * Skills of the standard taxonomy whose work goes from one language into another; a post that
   * names one of them or a kind of them is about translation.
   */
  private static final Set<String> TRANSLATION_WORK =
      Set.of("translation", "interpreting", "subtitling");

  /** Signs that point from one language to the next. */
  private static final Set<String> ONE_WAY_SIGNS = Set.of(">", "->", "=>", "→", "⇒", "➔", "»");

  private static final Set<String> BOTH_WAYS_SIGNS = Set.of("<>", "<->", "<=>", "↔", "⇄", "⟷");

  /** Signs that join two languages without saying which way. */
  private static final Set<String> PAIRING_SIGNS = Set.of("-", "/", "–", "—");

  /**
   * Words that say "into" between two languages, folded: "to", "vers", "à", "au". Not "en": "des
   * cours d'hébreu en français" are taught in French, not translated into it.
   */
  private static final Set<String> INTO_WORDS = Set.of("to", "into", "ver", "a", "au");

  private static final Set<String> ARTICLES = Set.of("the", "le", "la", "l");

  private static final Set<String> AND_WORDS = Set.of("and", "et");

  /** How many words may stand between two languages in prose: "de l'anglais vers le français". */
  private static final int PROSE_WORDS = 3;

  /** Words that say both ways, folded, each between spaces; looked for after a pair. */
  private static final List<String> BOTH_WAYS_WORDS =
      List.of(
          " both way ",
          " both direction ",
          " vice versa ",
          " deux sen ",
          " inversement ",
          " בשני הכיוונים ",
          " ולהפך ",
          " ולהיפך ");

  /** How many words after a pair may still say it goes both ways. */
  private static final int BOTH_WAYS_REACH = 5;

  private LanguagePairs() {}

  /** Whether a post naming these skills and families does work from one language into another. */
  static boolean aboutTranslation(Collection<String> skills, Collection<String> families) {
    for (String work : TRANSLATION_WORK) {
      if (skills.contains(work) || families.contains(work)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The pairs a text states, each direction apart: a pair stated both ways is two.
   *
   * @param aboutTranslation whether the post is about translation work, so that "FR/EN" is a pair
   */
  static Set<LanguagePair> in(PostText text, boolean aboutTranslation) {
    List<Word> words = words(text.normalized());
    Set<LanguagePair> pairs = new LinkedHashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      signed(words, i, aboutTranslation, pairs);
      prose(words, i, pairs);
      hebrew(words, i, pairs);
    }
    return pairs;
  }

  /** "EN>FR", "English <> French", and in a post about translation "EN/PT/FR". */
  private static void signed(
      List<Word> words, int i, boolean aboutTranslation, Set<LanguagePair> pairs) {
    String from = nameOrCode(words.get(i));
    String into = nameOrCode(words.get(i + 1));
    if (from == null || into == null) {
      return;
    }
    String sign = words.get(i + 1).gapBefore().strip();
    if (ONE_WAY_SIGNS.contains(sign)) {
      add(new LanguagePair(from, into), bothWaysAfter(words, i + 1), pairs);
    } else if (BOTH_WAYS_SIGNS.contains(sign)) {
      add(new LanguagePair(from, into), true, pairs);
    } else if (PAIRING_SIGNS.contains(sign) && aboutTranslation) {
      // "EN/PT/FR": each language of the run with each other, both ways.
      for (int j = i + 1; j < words.size(); j++) {
        String other = nameOrCode(words.get(j));
        if (other == null || !PAIRING_SIGNS.contains(words.get(j).gapBefore().strip())) {
          break;
        }
        add(new LanguagePair(from, other), true, pairs);
      }
    }
  }

  /** "English to French", "de l'anglais vers le français"; "English and French, both ways". */
  private static void prose(List<Word> words, int i, Set<LanguagePair> pairs) {
    String from = LanguageNames.code(words.get(i).folded());
    if (from == null) {
      return;
    }
    boolean into = false;
    boolean and = false;
    int last = Math.min(words.size() - 1, i + 1 + PROSE_WORDS);
    for (int j = i + 1; j <= last && words.get(j).plainGap(); j++) {
      String word = words.get(j).folded();
      String other = LanguageNames.code(word);
      if (other != null) {
        boolean bothWays = bothWaysAfter(words, j);
        boolean stated = into ? !and : and && bothWays;
        if (stated) {
          add(new LanguagePair(from, other), bothWays, pairs);
        }
        return;
      }
      if (INTO_WORDS.contains(word)) {
        into = true;
      } else if (AND_WORDS.contains(word)) {
        and = true;
      } else if (!ARTICLES.contains(word)) {
        return;
      }
    }
  }

  /** Hebrew joins "from" (מ) and "to" (ל) to the language: מאנגלית לעברית, ומצרפתית לעברית. */
  private static void hebrew(List<Word> words, int i, Set<LanguagePair> pairs) {
    String from = withHebrewPrefix(words.get(i).folded(), 'מ');
    String into = withHebrewPrefix(words.get(i + 1).folded(), 'ל');
    if (from != null && into != null && words.get(i + 1).plainGap()) {
      add(new LanguagePair(from, into), bothWaysAfter(words, i + 1), pairs);
    }
  }

  /** The language a Hebrew word names after prefix letters ending with {@code last}, or null. */
  private static String withHebrewPrefix(String word, char last) {
    for (String bare : Folding.withoutHebrewPrefixes(word)) {
      String code = LanguageNames.code(bare);
      if (code != null && word.charAt(word.length() - bare.length() - 1) == last) {
        return code;
      }
    }
    return null;
  }

  private static String nameOrCode(Word word) {
    String code = LanguageNames.code(word.folded());
    if (code == null && LanguageNames.isCode(word.folded())) {
      code = word.folded();
    }
    return code;
  }

  /** Whether the words after {@code end}, in the same sentence, say the pair goes both ways. */
  private static boolean bothWaysAfter(List<Word> words, int end) {
    StringBuilder after = new StringBuilder(" ");
    int last = Math.min(words.size() - 1, end + BOTH_WAYS_REACH);
    for (int j = end + 1; j <= last && !words.get(j).endsSentence(); j++) {
      after.append(words.get(j).folded()).append(' ');
    }
    String read = after.toString();
    return BOTH_WAYS_WORDS.stream().anyMatch(read::contains);
  }

  private static void add(LanguagePair pair, boolean bothWays, Set<LanguagePair> pairs) {
    if (!pair.from().equals(pair.into())) {
      pairs.add(pair);
      if (bothWays) {
        pairs.add(pair.reversed());
      }
    }
  }

  /** The folded words of a normalized text, each with what separates it from the word before. */
  private static List<Word> words(String normalized) {
    List<Word> words = new ArrayList<>();
    int gapStart = 0;
    int i = 0;
    while (i < normalized.length()) {
      if (!Folding.isWordChar(normalized.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < normalized.length() && Folding.isWordChar(normalized.charAt(end))) {
        end++;
      }
      words.add(
          new Word(
              Folding.foldWord(normalized.substring(i, end)), normalized.substring(gapStart, i)));
      gapStart = end;
      i = end;
    }
    return words;
  }

  /**
   * A folded word of a text.
   *
   * @param gapBefore what separates it from the word before: spaces, a sign, punctuation
   */
  private record Word(String folded, String gapBefore) {

    /** Only spaces or an elision ("l'anglais") between it and the word before. */
    boolean plainGap() {
      return gapBefore.chars().allMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '’');
    }

    boolean endsSentence() {
      return gapBefore.chars().anyMatch(c -> ".!?;\n".indexOf(c) >= 0);
    }
  }
}
