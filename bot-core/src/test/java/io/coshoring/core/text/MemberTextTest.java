package io.coshoring.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The core's guard on what members write, case by case. */
class MemberTextTest {

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a\\u0000b | ab | NUL dropped",
        "red\\u001B[31mtext | red[31mtext | terminal escape dropped",
        "bell\\u0007 | bell | C0 control dropped",
        "c1\\u0085x\\u009B | c1x | C1 controls dropped",
        "del\\u007F | del | DEL dropped",
        "evil\\u202Egnp.exe | evilgnp.exe | right-to-left override removed",
        "\\u2066isolated\\u2069 | isolated | isolates removed",
        "\\u202Bembedded\\u202C | embedded | embedding and its pop removed",
        "line\\r\\nnext | line\\nnext | CRLF becomes one newline",
        "lone\\rreturn | lone\\nreturn | a lone CR becomes a newline",
        "tab\\there | tab\\there | tab kept",
        "half\\uD83Da pair\\uDC4D | halfa pair | lone surrogates dropped",
        "Cafe\\u0301 | Caf\\u00E9 | composed to NFC",
        "\\u05E9\\u05DC\\u05D5\\u05DD \\u200Fok | \\u05E9\\u05DC\\u05D5\\u05DD \\u200Fok | Hebrew and a right-to-left mark kept",
        "\\uD83D\\uDC69\\u200D\\uD83D\\uDCBB | \\uD83D\\uDC69\\u200D\\uD83D\\uDCBB | emoji joined by ZWJ kept"
      })
  void cleans(String written, String kept, String what) {
    assertEquals(unescape(kept), MemberText.clean(unescape(written)), what);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\u05E9\u05DC \u2068Camille\u2069. | \u05E9\u05DC \u2068Camille\u2069. | the bot's isolate kept",
        "\u2068a \u2068b\u2069\u2069 | \u2068a \u2068b\u2069\u2069 | isolates inside isolates kept",
        "\u2068open | \u2068open\u2069 | an isolate left open is closed",
        "close\u2069 after | close after | a close with nothing open dropped",
        "\u2068\u202Eevil\u2069 | \u2068evil\u2069 | an override inside removed",
        "\u2067rli\u2069 | rli | other isolates removed, and the close they leave",
        "bell\u0007 | bell | controls removed"
      })
  void cleansWhatTheBotWroteKeepingItsIsolates(String written, String kept, String what) {
    assertEquals(unescape(kept), MemberText.cleanWritten(unescape(written)), what);
  }

  @Test
  void nullStaysNull() {
    assertNull(MemberText.clean(null));
  }

  @Test
  void invisibleTextIsBlank() {
    assertTrue(MemberText.isBlank("\u200B\u200C\u2060 \u00A0\t\n"));
    assertTrue(MemberText.isBlank("\uFEFF"));
    assertFalse(MemberText.isBlank("\u200Bx"));
    assertFalse(MemberText.isBlank("👍"));
  }

  @Test
  void lengthCountsCharactersNotUtf16Units() {
    assertEquals(3, MemberText.length("a👍b"));
  }

  /** The CSV's {@code \\uXXXX}, {@code \\r}, {@code \\n} and {@code \\t} as the characters. */
  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && text.charAt(i + 1) == 'u') {
        out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (c == '\\') {
        char next = text.charAt(++i);
        out.append(next == 'r' ? '\r' : next == 'n' ? '\n' : next == 't' ? '\t' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
