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

  /** Hebrew's geresh (׳), and the apostrophes typed for it, between two Hebrew letters. */
  private static final Pattern GERESH_IN_WORD =
      Pattern.compile("(?<=[\\u05D0-\\u05EA])['\\u2018\\u2019`\\u05F3](?=[\\u05D0-\\u05EA])");

  /** The Hebrew geresh, which a folded word keeps between its letters: ג׳אווה. */
  static final char GERESH = '\u05F3';

  private Folding() {}

  static String normalize(String text) {
    return fold(InclusiveWriting.base(text));
  }

  /**
   * A text whose inclusive forms are already read as their base word, folded as {@link #normalize}.
   */
  static String fold(String based) {
    // Plain ASCII has no accents, and no Hebrew letters to keep a geresh between: only case.
    if (ascii(based)) {
      return based.toLowerCase(Locale.ROOT);
    }
    String decomposed = Normalizer.normalize(based, Normalizer.Form.NFKD);
    return withGereshInWords(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT));
  }

  /**
   * The text without accents, its case kept, for a reader to whom capitals say something ("9am
   * ET"). Only accents go: compatibility forms (a no-break space, full-width digits) stay as
   * written, where {@link #normalize} reads them as their plain forms.
   */
  static String withoutAccents(String text) {
    if (ascii(text)) {
      return text;
    }
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  private static boolean ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /**
   * Hebrew writes sounds it has no letter for with a geresh: ג׳אווה is Java, צ׳אט a chat, and
   * without it גאווה is pride. Typed as ׳, ' or ’, it is kept as one ׳ inside the word, so that
   * "בג'אווה" is read as ב + ג׳אווה like any other prefixed word; anywhere else it is punctuation.
   */
  private static String withGereshInWords(String text) {
    if (text.indexOf('\'') < 0
        && text.indexOf(GERESH) < 0
        && text.indexOf('\u2019') < 0
        && text.indexOf('\u2018') < 0
        && text.indexOf('`') < 0) {
      return text;
    }
    String joined = GERESH_IN_WORD.matcher(text).replaceAll(String.valueOf(GERESH));
    // A geresh left outside a word (סעיף א׳, "וכו׳") is punctuation, as an apostrophe is.
    StringBuilder out = new StringBuilder(joined);
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) == GERESH && !(isHebrewLetter(out, i - 1) && isHebrewLetter(out, i + 1))) {
        out.setCharAt(i, '\'');
      }
    }
    return out.toString();
  }

  private static boolean isHebrewLetter(CharSequence text, int at) {
    return at >= 0
        && at < text.length()
        && text.charAt(at) >= '\u05D0'
        && text.charAt(at) <= '\u05EA';
  }

  /**
   * A word is a run of letters and digits, with {@code +}, a trailing {@code #} and a Hebrew geresh
   * between letters allowed.
   */
  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '+' || c == GERESH;
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
    return tokensOfNormalized(normalize(text));
  }

  /** The words of a text already normalized, as {@link #tokens} reads them. */
  static List<Token> tokensOfNormalized(String s) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = s.length();
    boolean afterBreak = false;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '#' && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))) {
        int end = hashtagEnd(s, i + 1);
        tokens.add(new Token(compact(s.substring(i + 1, end)), true, false, afterBreak));
        afterBreak = false;
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
        tokens.add(new Token(foldWord(s.substring(i, end)), false, hyphenated, afterBreak));
        afterBreak = false;
        i = end;
      } else {
        afterBreak |= endsSentence(s, i);
        i++;
      }
    }
    return tokens;
  }

  /**
   * Whether the mark at {@code at} ends a sentence or a clause: . ! ? ; : or a new line, but a dot
   * only before a space or the end ("react.js" is one skill, "node.js." ends a sentence).
   */
  private static boolean endsSentence(String s, int at) {
    char c = s.charAt(at);
    if (c == '.') {
      return at + 1 >= s.length() || Character.isWhitespace(s.charAt(at + 1));
    }
    return c == '!' || c == '?' || c == ';' || c == ':' || c == '\n';
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

  /**
   * A word of a text.
   *
   * @param hyphenated whether a hyphen joins it to the word before: "front-end" is also "frontend"
   * @param afterBreak whether a sentence or clause ended right before it (see {@link
   *     #endsSentence})
   */
  record Token(String word, boolean hashtag, boolean hyphenated, boolean afterBreak) {

    /** A word read inside a sentence. */
    Token(String word, boolean hashtag, boolean hyphenated) {
      this(word, hashtag, hyphenated, false);
    }
  }
}
