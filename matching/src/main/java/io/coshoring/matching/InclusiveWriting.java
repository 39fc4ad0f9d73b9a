package io.coshoring.matching;

import java.util.regex.Pattern;

/**
 * French inclusive writing, read as the word it extends: "développeur·se", "traducteur.rice",
 * "ingénieur(e)s", "chef·fe" and "illustrateur-trice" are a developer, a translator, an engineer, a
 * project lead and an illustrator, not a word followed by "se", "rice" or "e". Hebrew's "מפתח/ת"
 * likewise. Both the skills and the analyzed text read the base word, so every form meets the
 * others and the aliases.
 */
final class InclusiveWriting {

  /** The endings inclusive forms add, after a middle dot, a full stop, a hyphen or in brackets. */
  private static final String ENDINGS =
      "(?:e|es|s|se|ses|euse|euses|rice|rices|trice|trices|ice|ices|ère|ères|ere|eres|ne|nes"
          + "|le|les|fe|fes|te|tes|ve|ves|x)";

  /** Middle dots (several code points are used for it) take any short ending. */
  private static final Pattern DOTTED =
      Pattern.compile("(?<=\\p{L})(?:[·•‧⋅∙]\\p{L}{1,5})+(?![\\p{L}\\p{N}])");

  /**
   * A full stop or hyphen only with an ending of the list: node.js and e-mail stay as they are. The
   * sign comes first and the two letters before it are looked behind from there: the search looks
   * for letters only at a sign, not at every position of the text.
   */
  private static final Pattern STOPPED =
      Pattern.compile(
          "[.-](?<=\\p{L}{2}[.-])" + ENDINGS + "(?:[.-]" + ENDINGS + ")*(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE);

  /** Hebrew writes both forms with a slash: מפתח/ת, דרוש/ה, מעצב/ת. */
  private static final Pattern SLASHED_HEBREW =
      Pattern.compile("(?<=\\p{IsHebrew})/(?:ת|ה|ית|ים|ות)(?![\\p{L}\\p{N}])");

  private static final Pattern BRACKETED =
      Pattern.compile("(?<=\\p{L})(?:\\(" + ENDINGS + "\\))+", Pattern.CASE_INSENSITIVE);

  private InclusiveWriting() {}

  /** The text with each inclusive form written as its base word. */
  static String base(String text) {
    // Each form is written with its sign, which most texts lack: a pattern is run only where it is.
    String read = text;
    if (hasAny(read, "·•‧⋅∙")) {
      read = DOTTED.matcher(read).replaceAll("");
    }
    if (hasAny(read, "/")) {
      read = SLASHED_HEBREW.matcher(read).replaceAll("");
    }
    if (hasAny(read, "(")) {
      read = BRACKETED.matcher(read).replaceAll("");
    }
    if (hasAny(read, ".-")) {
      read = STOPPED.matcher(read).replaceAll("");
    }
    return read;
  }

  private static boolean hasAny(String text, String signs) {
    for (int i = 0; i < signs.length(); i++) {
      if (text.indexOf(signs.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
