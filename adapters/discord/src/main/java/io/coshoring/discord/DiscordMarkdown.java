package io.coshoring.discord;

import io.coshoring.core.text.Markup;
import io.coshoring.core.text.MarkupWriter;
import io.coshoring.core.text.MessageSplitter;
import io.coshoring.core.text.RichText;
import io.coshoring.core.text.RichText.Link;
import io.coshoring.core.text.RichText.Style;
import io.coshoring.core.text.RichText.Text;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord's markdown, read into and written from {@link RichText}. Reading turns user, role and
 * channel mentions into plain names; writing escapes every markup character and disarms {@code
 * @everyone} and {@code @here}, and cuts messages to Discord's 2,000 characters.
 */
public final class DiscordMarkdown {

  public static final int MESSAGE_LIMIT = 2_000;

  /** Names Discord's ids stand for: users, roles and channels, as the server shows them. */
  public interface Names {
    String user(String id);

    String role(String id);

    String channel(String id);
  }

  private static final Pattern MENTION = Pattern.compile("<(@!?|@&|#)(\\d{1,20})>");
  private static final Pattern EMOJI = Pattern.compile("<a?:(\\w{1,32}):\\d{1,20}>");
  private static final Pattern TIMESTAMP = Pattern.compile("<t:(-?\\d{1,13})(:[tTdDfFR])?>");
  private static final Pattern MASKED_LINK =
      Pattern.compile("\\[([^\\]\\n]{1,256})\\]\\(<?(https?://[^\\s)>]+)>?\\)");
  private static final Pattern ANGLED_URL = Pattern.compile("<(https?://[^\\s>|]+)>");
  private static final Pattern WEB_ADDRESS =
      Pattern.compile("https?://[^\\s]", Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>|]+[^\\s<>|.,;:!?)]");
  private static final Pattern MASS_MENTION =
      Pattern.compile("@(everyone|here)", Pattern.CASE_INSENSITIVE);
  private static final String ESCAPED = "\\*_~`|<>[]#";

  private static final MarkupWriter WRITER = new MarkupWriter(new Dialect());
  private static final MessageSplitter SPLITTER = new MessageSplitter(WRITER, MESSAGE_LIMIT);

  private DiscordMarkdown() {}

  public static RichText read(String content, Names names) {
    Map<String, Style> delimiters = new LinkedHashMap<>();
    delimiters.put("**", Style.BOLD);
    delimiters.put("__", Style.ITALIC);
    delimiters.put("~~", Style.STRIKE);
    delimiters.put("*", Style.ITALIC);
    delimiters.put("_", Style.ITALIC);
    return new Markup(delimiters, List.of("- ", "* "), "> ", (text, at) -> token(text, at, names))
        .read(content);
  }

  public static String write(RichText text) {
    return WRITER.write(text);
  }

  /** The message in parts that each fit in one Discord message. */
  public static List<String> split(RichText text) {
    return SPLITTER.split(text);
  }

  private static Markup.Token token(String text, int at, Names names) {
    char c = text.charAt(at);
    if (c == '\\' && at + 1 < text.length() && ESCAPED.indexOf(text.charAt(at + 1)) >= 0) {
      return new Markup.Token(new Text(String.valueOf(text.charAt(at + 1))), at + 2);
    }
    if (c == '<') {
      Matcher mention = MENTION.matcher(text).region(at, text.length());
      if (mention.lookingAt()) {
        String id = mention.group(2);
        String name =
            switch (mention.group(1)) {
              case "@&" -> "@" + names.role(id);
              case "#" -> "#" + names.channel(id);
              default -> "@" + names.user(id);
            };
        return new Markup.Token(new Text(name), mention.end());
      }
      Matcher emoji = EMOJI.matcher(text).region(at, text.length());
      if (emoji.lookingAt()) {
        return new Markup.Token(new Text(":" + emoji.group(1) + ":"), emoji.end());
      }
      Matcher timestamp = TIMESTAMP.matcher(text).region(at, text.length());
      if (timestamp.lookingAt()) {
        return new Markup.Token(new Text(timestamp.group()), timestamp.end());
      }
      Matcher url = ANGLED_URL.matcher(text).region(at, text.length());
      if (url.lookingAt()) {
        return new Markup.Token(new Link(url.group(1), url.group(1)), url.end());
      }
    }
    if (c == '[') {
      Matcher link = MASKED_LINK.matcher(text).region(at, text.length());
      if (link.lookingAt()) {
        return new Markup.Token(new Link(link.group(2), link.group(1)), link.end());
      }
    }
    if (c == 'h') {
      Matcher url = BARE_URL.matcher(text).region(at, text.length());
      if (url.lookingAt()) {
        return new Markup.Token(new Link(url.group(), url.group()), url.end());
      }
    }
    if (c == '|' && text.startsWith("||", at)) {
      // A spoiler's bars are dropped: the other side has no spoilers, the text stays.
      return new Markup.Token(new Text(""), at + 2);
    }
    return null;
  }

  /** How Discord writes each part, with everything a member typed made inert. */
  private static final class Dialect implements MarkupWriter.Dialect {
    @Override
    public String delimiter(Style style) {
      return switch (style) {
        case BOLD -> "**";
        case ITALIC -> "*";
        case STRIKE -> "~~";
      };
    }

    @Override
    public String escape(String text) {
      StringBuilder escaped = new StringBuilder(text.length() + 8);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (ESCAPED.indexOf(c) >= 0) {
          escaped.append('\\');
        }
        escaped.append(c);
      }
      // A zero-width space after the @ keeps the words and breaks the ping.
      return MASS_MENTION.matcher(escaped).replaceAll("@\u200B$1");
    }

    /** Discord shows code as written and pings no one from inside it. */
    @Override
    public String escapeCode(String code) {
      return code;
    }

    /**
     * Discord links only web addresses: any other target shows its label as text. In an address,
     * what could end it ({@code <}, {@code >}, spaces) or read as a ping ({@code @}) is
     * percent-encoded, since a destination Discord cannot parse is shown as it is written.
     */
    @Override
    public String link(String url, String label) {
      if (!WEB_ADDRESS.matcher(url).lookingAt()) {
        return label;
      }
      String safeUrl = safeUrl(url);
      return label.equals(url.replace("_", "\\_")) || label.equals(url)
          ? safeUrl
          : "[" + label.replace("]", "\\]") + "](<" + safeUrl + ">)";
    }

    private static String safeUrl(String url) {
      StringBuilder safe = new StringBuilder(url.length());
      for (int i = 0; i < url.length(); i++) {
        char c = url.charAt(i);
        if (c == '<' || c == '>' || c == '@' || Character.isWhitespace(c)) {
          for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
            safe.append('%').append(String.format("%02X", b & 0xFF));
          }
        } else {
          safe.append(c);
        }
      }
      return safe.toString();
    }

    @Override
    public String quotePrefix() {
      return "> ";
    }

    @Override
    public String bullet() {
      return "- ";
    }
  }
}
