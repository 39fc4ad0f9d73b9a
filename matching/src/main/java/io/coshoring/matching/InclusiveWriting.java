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

  /** A full stop or hyphen only with an ending of the list: node.js and e-mail stay as they are. */
  private static final Pattern STOPPED =
      Pattern.compile(
          "(?<=\\p{L}{2})(?:[.-]" + ENDINGS + ")+(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

  /** Hebrew writes both forms with a slash: מפתח/ת, דרוש/ה, מעצב/ת. */
  private static final Pattern SLASHED_HEBREW =
      Pattern.compile("(?<=\\p{IsHebrew})/(?:ת|ה|ית|ים|ות)(?![\\p{L}\\p{N}])");

  private static final Pattern BRACKETED =
      Pattern.compile("(?<=\\p{L})(?:\\(" + ENDINGS + "\\))+", Pattern.CASE_INSENSITIVE);

  private InclusiveWriting() {}

  /** The text with each inclusive form written as its base word. */
  static String base(String text) {
    if (text.indexOf('·') < 0
        && text.indexOf('•') < 0
        && text.indexOf('‧') < 0
        && text.indexOf('⋅') < 0
        && text.indexOf('∙') < 0
        && text.indexOf('(') < 0
        && text.indexOf('.') < 0
        && text.indexOf('-') < 0
        && text.indexOf('/') < 0) {
      return text;
    }
    String dotted = SLASHED_HEBREW.matcher(DOTTED.matcher(text).replaceAll("")).replaceAll("");
    String bracketed = BRACKETED.matcher(dotted).replaceAll("");
    return STOPPED.matcher(bracketed).replaceAll("");
  }
}
