package io.coshoring.core.text;

import java.text.Normalizer;

/**
 * The core's one guard on what members write, applied where text enters it (commands, form fields,
 * bridged messages, names): the same characters always in the same form (Unicode NFC); no control
 * character but newline and tab, so nothing written can ring a terminal, forge a log line or hide
 * in a NUL; no half of a surrogate pair; no bidirectional embedding, override or isolate, so a name
 * or a post cannot turn the text after it right to left for whoever reads it. Zero-width joiners
 * and variation selectors stay: emoji sequences need them.
 */
public final class MemberText {

  private MemberText() {}

  /** The text cleaned; null stays null. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    String lines = text.replace("\r\n", "\n").replace('\r', '\n');
    String composed = Normalizer.normalize(lines, Normalizer.Form.NFC);
    StringBuilder kept = new StringBuilder(composed.length());
    composed
        .codePoints()
        .filter(
            c ->
                c == '\n'
                    || c == '\t'
                    || !isControl(c)
                        && !isBidiControl(c)
                        // Half a surrogate pair is no character: platforms refuse or mangle it.
                        && Character.getType(c) != Character.SURROGATE)
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  /** Whether nothing is left to read: only spaces, controls and invisible format characters. */
  public static boolean isBlank(String text) {
    return text == null
        || text.codePoints()
            .allMatch(
                c ->
                    Character.isWhitespace(c)
                        || Character.isSpaceChar(c)
                        || Character.getType(c) == Character.FORMAT
                        || Character.getType(c) == Character.CONTROL);
  }

  /**
   * What a member typed, shown back in plain text (a form field's error): between quotes, short.
   */
  public static String quoted(String typed) {
    return "'" + MessageSplitter.shortened(typed.strip(), 80) + "'";
  }

  /** The length as members count it: characters, not UTF-16 units. */
  public static int length(CharSequence text) {
    return Character.codePointCount(text, 0, text.length());
  }

  /** C0 and C1 control characters, DEL among them. */
  private static boolean isControl(int c) {
    return Character.getType(c) == Character.CONTROL;
  }

  /**
   * Embeddings and overrides (U+202A to U+202E) and isolates (U+2066 to U+2069): they change the
   * direction of what follows them. The marks U+200E and U+200F only hint one and stay.
   */
  private static boolean isBidiControl(int c) {
    return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
  }
}
