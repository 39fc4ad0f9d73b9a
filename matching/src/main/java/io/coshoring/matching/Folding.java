package io.coshoring.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text the same way for the taxonomy's aliases and for members' posts, so that "Développeuses
 * React" and "developpeuse react" meet: inclusive forms read as their base word, lower case, no
 * accents, a plural "s" dropped, punctuation as spaces (but {@code +} and {@code #} kept inside
 * words: c++, c#).
 */
final class Folding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Folding() {}

  static String normalize(String text) {
    String decomposed = Normalizer.normalize(InclusiveWriting.base(text), Normalizer.Form.NFKD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** A word is a run of letters and digits, with {@code +} and a trailing {@code #} allowed. */
  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '+';
  }

  static String foldWord(String word) {
    int n = word.length();
    if (n > 3 && word.charAt(n - 1) == 's' && word.charAt(n - 2) != 's') {
      return word.substring(0, n - 1);
    }
    return word;
  }

  /** The folded words of an alias, joined by single spaces. */
  static String foldPhrase(String phrase) {
    List<String> words = new ArrayList<>();
    for (Token token : tokens(phrase)) {
      words.add(token.word());
    }
    return String.join(" ", words);
  }

  /** The words of a text; a word right after a lone {@code #} is marked as a hashtag. */
  static List<Token> tokens(String text) {
    String s = normalize(text);
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '#' && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))) {
        int end = hashtagEnd(s, i + 1);
        tokens.add(new Token(compact(s.substring(i + 1, end)), true, false));
        i = end;
      } else if (isWordChar(c)) {
        int end = i;
        while (end < n && isWordChar(s.charAt(end))) {
          end++;
        }
        while (end < n && s.charAt(end) == '#') {
          end++;
        }
        boolean hyphenated =
            i >= 2 && s.charAt(i - 1) == '-' && isWordChar(s.charAt(i - 2)) && !tokens.isEmpty();
        tokens.add(new Token(foldWord(s.substring(i, end)), false, hyphenated));
        i = end;
      } else {
        i++;
      }
    }
    return tokens;
  }

  // A hashtag may join words with - _ or . (#node.js, #machine_learning); it ends at a space.
  private static int hashtagEnd(String s, int from) {
    int end = from;
    while (end < s.length()) {
      char c = s.charAt(end);
      boolean joiner =
          (c == '-' || c == '_' || c == '.')
              && end + 1 < s.length()
              && Character.isLetterOrDigit(s.charAt(end + 1));
      if (!(isWordChar(c) || c == '#' || joiner)) {
        break;
      }
      end++;
    }
    return end;
  }

  /**
   * An alias or hashtag with everything but letters, digits, + and # removed: "machinelearning".
   */
  static String compact(String folded) {
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (isWordChar(c) || c == '#') {
        out.append(c);
      }
    }
    return foldWord(out.toString());
  }

  /**
   * A word of a text.
   *
   * @param hyphenated whether a hyphen joins it to the word before: "front-end" is also "frontend"
   */
  /** The one-letter words Hebrew joins to the next: and, the, in, to, from, that, as. */
  private static final String HEBREW_PREFIXES = "והבלמשכ";

  /**
   * A folded word read again without the one or two letters Hebrew may have joined to it (ולטיקטוק:
   * "and to TikTok"), shortest prefix first; none for a word without them.
   */
  static List<String> withoutHebrewPrefixes(String word) {
    List<String> bare = new ArrayList<>(2);
    for (int letters = 1;
        letters <= 2
            && word.length() - letters >= 2
            && HEBREW_PREFIXES.indexOf(word.charAt(letters - 1)) >= 0;
        letters++) {
      bare.add(word.substring(letters));
    }
    return bare;
  }

  record Token(String word, boolean hashtag, boolean hyphenated) {}
}
