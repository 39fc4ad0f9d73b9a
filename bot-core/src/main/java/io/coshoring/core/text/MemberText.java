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

  private static final int FIRST_STRONG_ISOLATE = 0x2068;

  private static final int POP_ISOLATE = 0x2069;

  private MemberText() {}

  /** The text cleaned; null stays null. */
  public static String clean(String text) {
    return text == null ? null : kept(text, false).toString();
  }

  /**
   * Words the bot wrote itself, cleaned as members' text but for the first strong isolates its
   * phrases set around the values they name (U+2068 to U+2069). An isolate ends where it is closed
   * or at the text's end, so nothing inside one can turn what follows it: one left open is closed,
   * and a close with nothing open is dropped.
   */
  public static String cleanWritten(String text) {
    return text == null ? null : kept(text, true).toString();
  }

  private static StringBuilder kept(String text, boolean isolates) {
    String lines = text.replace("\r\n", "\n").replace('\r', '\n');
    String composed = Normalizer.normalize(lines, Normalizer.Form.NFC);
    StringBuilder kept = new StringBuilder(composed.length());
    int open = 0;
    for (int c : composed.codePoints().toArray()) {
      if (isolates && c == FIRST_STRONG_ISOLATE) {
        open++;
        kept.appendCodePoint(c);
      } else if (isolates && c == POP_ISOLATE) {
        if (open > 0) {
          open--;
          kept.appendCodePoint(c);
        }
      } else if (c == '\n'
          || c == '\t'
          || !isControl(c)
              && !isBidiControl(c)
              // Half a surrogate pair is no character: platforms refuse or mangle it.
              && Character.getType(c) != Character.SURROGATE) {
        kept.appendCodePoint(c);
      }
    }
    kept.append(String.valueOf((char) POP_ISOLATE).repeat(open));
    return kept;
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
