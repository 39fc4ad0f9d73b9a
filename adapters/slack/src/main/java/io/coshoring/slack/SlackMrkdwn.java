package io.coshoring.slack;

import io.coshoring.core.text.Markup;
import io.coshoring.core.text.MarkupWriter;
import io.coshoring.core.text.MessageSplitter;
import io.coshoring.core.text.RichText;
import io.coshoring.core.text.RichText.Link;
import io.coshoring.core.text.RichText.Style;
import io.coshoring.core.text.RichText.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Slack's mrkdwn, read into and written from {@link RichText}. Reading decodes Slack's {@code
 * <...>} constructs: user and channel mentions become plain names, {@code <!here>} and its kind
 * become plain words, links keep their labels. Writing escapes {@code &}, {@code <} and {@code >},
 * so no text can forge a mention or a link, and disarms {@code @channel}, {@code @here} and
 * {@code @everyone}.
 */
public final class SlackMrkdwn {

  /** Names Slack's ids stand for: users and channels, as the workspace shows them. */
  public interface Names {
    String user(String id);

    String channel(String id);
  }

  private static final Pattern MASS_MENTION =
      Pattern.compile("@(channel|here|everyone)", Pattern.CASE_INSENSITIVE);

  /** Slack cuts a message's text at 40,000 characters; parts stay well under it. */
  public static final int MESSAGE_LIMIT = 39_000;

  private static final MarkupWriter WRITER = new MarkupWriter(new Dialect());
  private static final MessageSplitter SPLITTER = new MessageSplitter(WRITER, MESSAGE_LIMIT);

  private SlackMrkdwn() {}

  public static RichText read(String text, Names names) {
    Map<String, Style> delimiters = new LinkedHashMap<>();
    delimiters.put("*", Style.BOLD);
    delimiters.put("_", Style.ITALIC);
    delimiters.put("~", Style.STRIKE);
    return new Markup(
            delimiters, List.of("• ", "- "), "&gt; ", (line, at) -> token(line, at, names))
        .read(text);
  }

  public static String write(RichText text) {
    return WRITER.write(text);
  }

  /** The message in parts that each fit in one Slack message. */
  public static List<String> split(RichText text) {
    return SPLITTER.split(text);
  }

  private static Markup.Token token(String text, int at, Names names) {
    char c = text.charAt(at);
    if (c == '&') {
      for (String[] entity : new String[][] {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}}) {
        if (text.startsWith(entity[0], at)) {
          return new Markup.Token(new Text(entity[1]), at + entity[0].length());
        }
      }
    }
    if (c != '<') {
      return null;
    }
    int close = text.indexOf('>', at);
    if (close < 0) {
      return null;
    }
    String inside = text.substring(at + 1, close);
    int bar = inside.indexOf('|');
    String target = bar < 0 ? inside : inside.substring(0, bar);
    String label = bar < 0 ? null : inside.substring(bar + 1);
    return new Markup.Token(construct(target, label, names), close + 1);
  }

  private static RichText.Inline construct(String target, String label, Names names) {
    if (target.startsWith("@")) {
      return new Text("@" + (label != null ? label : names.user(target.substring(1))));
    }
    if (target.startsWith("#")) {
      return new Text("#" + (label != null ? label : names.channel(target.substring(1))));
    }
    if (target.startsWith("!")) {
      // <!here>, <!channel>, <!everyone>, <!subteam^S1|@team>, <!date^...|fallback>
      String word = target.substring(1);
      int caret = word.indexOf('^');
      return new Text(label != null ? label : "@" + (caret < 0 ? word : word.substring(0, caret)));
    }
    String url = target.replace("&amp;", "&");
    return new Link(url, label == null ? url : decode(label));
  }

  private static String decode(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** How Slack writes each part, with everything a member typed made inert. */
  private static final class Dialect implements MarkupWriter.Dialect {
    @Override
    public String delimiter(Style style) {
      return switch (style) {
        case BOLD -> "*";
        case ITALIC -> "_";
        case STRIKE -> "~";
      };
    }

    @Override
    public String escape(String text) {
      String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      // A word joiner after the @ keeps the words and breaks the ping.
      return MASS_MENTION.matcher(escaped).replaceAll("@\u2060$1");
    }

    /** Slack reads {@code <!channel>} even inside code, so code is escaped like text. */
    @Override
    public String escapeCode(String code) {
      return escape(code);
    }

    @Override
    public String link(String url, String label) {
      String safeUrl = url.replace("<", "%3C").replace(">", "%3E").replace("|", "%7C");
      return label.equals(escape(url)) || label.equals(url)
          ? "<" + safeUrl + ">"
          : "<" + safeUrl + "|" + label.replace("|", "¦") + ">";
    }

    @Override
    public String quotePrefix() {
      return "> ";
    }

    @Override
    public String bullet() {
      return "• ";
    }
  }
}
