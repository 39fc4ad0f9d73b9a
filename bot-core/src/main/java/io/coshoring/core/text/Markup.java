package io.coshoring.core.text;

import io.coshoring.core.text.RichText.Block;
import io.coshoring.core.text.RichText.Code;
import io.coshoring.core.text.RichText.CodeBlock;
import io.coshoring.core.text.RichText.Inline;
import io.coshoring.core.text.RichText.ListItem;
import io.coshoring.core.text.RichText.Paragraph;
import io.coshoring.core.text.RichText.Quote;
import io.coshoring.core.text.RichText.Style;
import io.coshoring.core.text.RichText.Styled;
import io.coshoring.core.text.RichText.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A markdown-like syntax, read into {@link RichText}: code fences, quoted lines, list items, and
 * inline code and styles marked by delimiters. A platform's dialect names its delimiters and reads
 * its own tokens (links, mentions, escapes) through {@link Tokens}; all of it is a scan of the
 * text, one character at a time, so unbalanced markup is read as plain text, never dropped.
 */
public final class Markup {

  /** Reads what only the dialect knows, at a position: a link, a mention, an escaped character. */
  public interface Tokens {
    /** The token starting at {@code at}, or null. */
    Token read(String text, int at);
  }

  /** What a dialect token reads as, and where the text goes on. */
  public record Token(Inline inline, int end) {}

  private static final Pattern ORDERED = Pattern.compile("^(\\d{1,3})[.)] (.*)$");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+#-]{1,20}");

  private final Map<String, Style> delimiters;
  private final List<String> bullets;
  private final String quotePrefix;
  private final Tokens tokens;

  /**
   * @param delimiters style delimiters, longest first where one is a prefix of another ({@code **}
   *     before {@code *})
   * @param bullets how list items begin ({@code "- "}, {@code "• "})
   * @param quotePrefix how a quoted line begins ({@code "> "}, or Slack's {@code "&gt; "})
   */
  public Markup(
      Map<String, Style> delimiters, List<String> bullets, String quotePrefix, Tokens tokens) {
    this.delimiters = delimiters;
    this.bullets = bullets;
    this.quotePrefix = quotePrefix;
    this.tokens = tokens;
  }

  public RichText read(String text) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("```")) {
        int close = closingFence(lines, i, line);
        if (close >= 0) {
          blocks.add(codeBlock(lines, i, close));
          i = close;
          continue;
        }
      }
      blocks.add(lineBlock(line));
    }
    return new RichText(blocks);
  }

  /** The line where the fence opened on {@code open} closes, or -1 if it never does. */
  private static int closingFence(String[] lines, int open, String line) {
    if (line.length() >= 6 && line.endsWith("```")) {
      return open;
    }
    for (int j = open + 1; j < lines.length; j++) {
      if (lines[j].endsWith("```")) {
        return j;
      }
    }
    return -1;
  }

  private static CodeBlock codeBlock(String[] lines, int open, int close) {
    String first = lines[open];
    if (open == close) {
      return new CodeBlock("", first.substring(3, first.length() - 3));
    }
    List<String> body = new ArrayList<>();
    String language = "";
    String rest = first.substring(3);
    if (LANGUAGE.matcher(rest).matches()) {
      language = rest;
    } else if (!rest.isEmpty()) {
      body.add(rest);
    }
    for (int j = open + 1; j < close; j++) {
      body.add(lines[j]);
    }
    String last = lines[close].substring(0, lines[close].length() - 3);
    if (!last.isEmpty()) {
      body.add(last);
    }
    return new CodeBlock(language, String.join("\n", body));
  }

  private Block lineBlock(String line) {
    if (line.startsWith(quotePrefix)) {
      return new Quote(inlines(line.substring(quotePrefix.length())));
    }
    for (String bullet : bullets) {
      if (line.startsWith(bullet)) {
        return new ListItem(0, inlines(line.substring(bullet.length())));
      }
    }
    Matcher ordered = ORDERED.matcher(line);
    if (ordered.matches()) {
      return new ListItem(Integer.parseInt(ordered.group(1)), inlines(ordered.group(2)));
    }
    return new Paragraph(inlines(line));
  }

  /** The spans of one line. */
  public List<Inline> inlines(String text) {
    List<Inline> inlines = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int at = 0;
    while (at < text.length()) {
      Token token = tokens.read(text, at);
      if (token != null) {
        flush(plain, inlines);
        inlines.add(token.inline());
        at = token.end();
        continue;
      }
      if (text.charAt(at) == '`') {
        int close = text.indexOf('`', at + 1);
        if (close > at + 1) {
          flush(plain, inlines);
          inlines.add(new Code(text.substring(at + 1, close)));
          at = close + 1;
          continue;
        }
      }
      int styled = styled(text, at, inlines, plain);
      if (styled > at) {
        at = styled;
        continue;
      }
      plain.append(text.charAt(at));
      at++;
    }
    flush(plain, inlines);
    return inlines;
  }

  /** Reads a styled span at {@code at}; returns where it ends, or {@code at} if there is none. */
  private int styled(String text, int at, List<Inline> inlines, StringBuilder plain) {
    for (Map.Entry<String, Style> delimiter : delimiters.entrySet()) {
      String mark = delimiter.getKey();
      if (!text.startsWith(mark, at) || !opens(text, at, mark)) {
        continue;
      }
      int close = closing(text, at + mark.length(), mark);
      if (close < 0) {
        continue;
      }
      flush(plain, inlines);
      inlines.add(
          new Styled(delimiter.getValue(), inlines(text.substring(at + mark.length(), close))));
      return close + mark.length();
    }
    return at;
  }

  /** A delimiter opens a span when text follows it at once, not a space. */
  private static boolean opens(String text, int at, String mark) {
    int next = at + mark.length();
    return next < text.length() && !Character.isWhitespace(text.charAt(next));
  }

  private static int closing(String text, int from, String mark) {
    int close = text.indexOf(mark, from);
    while (close > from) {
      boolean afterText = !Character.isWhitespace(text.charAt(close - 1));
      int after = close + mark.length();
      boolean notLonger = after >= text.length() || !text.startsWith(mark.substring(0, 1), after);
      if (afterText && notLonger) {
        return close;
      }
      close = text.indexOf(mark, close + 1);
    }
    return -1;
  }

  private static void flush(StringBuilder plain, List<Inline> inlines) {
    if (plain.length() > 0) {
      inlines.add(new Text(plain.toString()));
      plain.setLength(0);
    }
  }
}
