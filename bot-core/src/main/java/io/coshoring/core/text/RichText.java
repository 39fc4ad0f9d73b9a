package io.coshoring.core.text;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat message in neutral form, between Slack's mrkdwn and Discord's markdown: blocks of inline
 * spans. Each adapter parses its platform's syntax into it and writes it back out, so a message
 * crosses a bridge through a parser, not a chain of regular expressions. Mentions arrive here
 * already as plain names: nothing in a {@code RichText} can ping anyone.
 */
public record RichText(List<Block> blocks) {

  public RichText {
    blocks = List.copyOf(blocks);
  }

  /** A line of text, a quoted line, a list item, or a code block. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME)
  @JsonSubTypes({
    @JsonSubTypes.Type(Paragraph.class),
    @JsonSubTypes.Type(Quote.class),
    @JsonSubTypes.Type(ListItem.class),
    @JsonSubTypes.Type(CodeBlock.class)
  })
  public sealed interface Block permits Paragraph, Quote, ListItem, CodeBlock {}

  public record Paragraph(List<Inline> inlines) implements Block {
    public Paragraph {
      inlines = List.copyOf(inlines);
    }
  }

  public record Quote(List<Inline> inlines) implements Block {
    public Quote {
      inlines = List.copyOf(inlines);
    }
  }

  /** {@code number} is 0 for a bulleted item. */
  public record ListItem(int number, List<Inline> inlines) implements Block {
    public ListItem {
      inlines = List.copyOf(inlines);
    }
  }

  /** {@code language} may be empty. */
  public record CodeBlock(String language, String code) implements Block {
    public CodeBlock {
      language = MemberText.clean(language);
      code = MemberText.clean(code);
    }
  }

  /** Plain text, styled spans, inline code, and links. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME)
  @JsonSubTypes({
    @JsonSubTypes.Type(Text.class),
    @JsonSubTypes.Type(Written.class),
    @JsonSubTypes.Type(Styled.class),
    @JsonSubTypes.Type(Code.class),
    @JsonSubTypes.Type(Link.class)
  })
  public sealed interface Inline permits Text, Written, Styled, Code, Link {}

  /** The spans' text passes the core's guard ({@link MemberText}) as it is built. */
  public record Text(String text) implements Inline {
    public Text {
      text = MemberText.clean(text);
    }
  }

  /**
   * Words the bot wrote itself, through a member's phrases: the isolates around the names and
   * values they hold stay ({@link MemberText#cleanWritten}), so that a Latin file name in a Hebrew
   * sentence keeps its place.
   */
  public record Written(String text) implements Inline {
    public Written {
      text = MemberText.cleanWritten(text);
    }
  }

  public record Styled(Style style, List<Inline> children) implements Inline {
    public Styled {
      children = List.copyOf(children);
    }
  }

  public enum Style {
    BOLD,
    ITALIC,
    STRIKE
  }

  public record Code(String code) implements Inline {
    public Code {
      code = MemberText.clean(code);
    }
  }

  /** {@code label} equals {@code url} for a bare link. */
  public record Link(String url, String label) implements Inline {
    public Link {
      url = MemberText.clean(url);
      label = MemberText.clean(label);
    }

    /**
     * Whether the label looks like an address that is not the link's own: "paypal.com" over a link
     * to elsewhere. Such a label is not shown; the real target is.
     */
    public boolean misleading() {
      Matcher named = ADDRESS.matcher(label.strip());
      if (!named.matches()) {
        return false;
      }
      String shown = named.group(1).toLowerCase(Locale.ROOT);
      String target = host(url);
      return target == null || !(target.equals(shown) || target.endsWith("." + shown));
    }

    /** A URL, or a bare domain, perhaps with a path: its host is group 1. */
    private static final Pattern ADDRESS =
        Pattern.compile(
            "(?i)(?:[a-z][a-z0-9+.-]*://)?(?:www\\.)?((?:[a-z0-9-]+\\.)+[a-z]{2,})(?:[:/?#]\\S*)?");

    private static String host(String url) {
      try {
        String host = URI.create(url.strip()).getHost();
        return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }

  /** The text without any markup, as a reader would say it. */
  public String plain() {
    StringBuilder text = new StringBuilder();
    for (Block block : blocks) {
      if (text.length() > 0) {
        text.append('\n');
      }
      if (block instanceof CodeBlock code) {
        text.append(code.code());
      } else {
        plain(inlinesOf(block), text);
      }
    }
    return text.toString();
  }

  /** The spans of a paragraph, quote or list item; none for a code block. */
  public static List<Inline> inlinesOf(Block block) {
    if (block instanceof Paragraph paragraph) {
      return paragraph.inlines();
    }
    if (block instanceof Quote quote) {
      return quote.inlines();
    }
    if (block instanceof ListItem item) {
      return item.inlines();
    }
    return List.of();
  }

  private static void plain(List<Inline> inlines, StringBuilder text) {
    for (Inline inline : inlines) {
      if (inline instanceof Text t) {
        text.append(t.text());
      } else if (inline instanceof Written written) {
        text.append(written.text());
      } else if (inline instanceof Styled styled) {
        plain(styled.children(), text);
      } else if (inline instanceof Code code) {
        text.append(code.code());
      } else if (inline instanceof Link link) {
        text.append(link.label());
      }
    }
  }
}
