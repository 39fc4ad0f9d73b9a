package io.coshoring.matching;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The languages a text names, as ISO 639-1 codes: "a native French voice-over", "qui parle
 * portugais", "מתרגם לעברית". A demand that names a language needs someone who speaks it, whatever
 * languages its author speaks.
 */
final class LanguageNames {

  /** Names in English, French and Hebrew, folded as {@link Folding} folds words. */
  private static final Map<String, String> CODES =
      Map.ofEntries(
          Map.entry("english", "en"),
          Map.entry("anglai", "en"),
          Map.entry("אנגלית", "en"),
          Map.entry("french", "fr"),
          Map.entry("francai", "fr"),
          Map.entry("צרפתית", "fr"),
          // The original with French subtitles: the subtitles are written in French.
          Map.entry("vostfr", "fr"),
          Map.entry("hebrew", "he"),
          Map.entry("hebreu", "he"),
          Map.entry("עברית", "he"),
          Map.entry("german", "de"),
          Map.entry("allemand", "de"),
          Map.entry("deutsch", "de"),
          Map.entry("גרמנית", "de"),
          Map.entry("spanish", "es"),
          Map.entry("espagnol", "es"),
          Map.entry("espanol", "es"),
          Map.entry("ספרדית", "es"),
          Map.entry("portuguese", "pt"),
          Map.entry("portugai", "pt"),
          Map.entry("portugue", "pt"),
          Map.entry("brazilian", "pt"),
          Map.entry("bresilien", "pt"),
          Map.entry("brasileira", "pt"),
          Map.entry("פורטוגזית", "pt"),
          Map.entry("italian", "it"),
          Map.entry("italien", "it"),
          Map.entry("איטלקית", "it"),
          Map.entry("arabic", "ar"),
          Map.entry("arabe", "ar"),
          Map.entry("ערבית", "ar"),
          Map.entry("russian", "ru"),
          Map.entry("russe", "ru"),
          Map.entry("רוסית", "ru"),
          Map.entry("chinese", "zh"),
          Map.entry("mandarin", "zh"),
          Map.entry("chinoi", "zh"),
          Map.entry("סינית", "zh"),
          Map.entry("japanese", "ja"),
          Map.entry("japonai", "ja"),
          Map.entry("יפנית", "ja"),
          Map.entry("dutch", "nl"),
          Map.entry("neerlandai", "nl"),
          Map.entry("הולנדית", "nl"));

  private static final Set<String> KNOWN_CODES = Set.copyOf(CODES.values());

  private LanguageNames() {}

  static Set<String> in(List<Folding.Token> tokens) {
    Set<String> named = new LinkedHashSet<>();
    for (Folding.Token token : tokens) {
      String word = token.word();
      String code = code(word);
      // "לעברית" is "into Hebrew".
      for (String bare : Folding.withoutHebrewPrefixes(word)) {
        code = code != null ? code : code(bare);
      }
      if (code != null) {
        named.add(code);
      }
    }
    return named;
  }

  /** The code of the language a folded word names in full ("francai" is fr), or null. */
  static String code(String word) {
    return CODES.get(word);
  }

  /** Whether a folded word is the code of a language named here: "fr", "he". */
  static boolean isCode(String word) {
    return KNOWN_CODES.contains(word);
  }
}
