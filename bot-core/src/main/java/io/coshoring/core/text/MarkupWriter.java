package io.coshoring.core.text;

import io.coshoring.core.text.RichText.Block;
import io.coshoring.core.text.RichText.Code;
import io.coshoring.core.text.RichText.CodeBlock;
import io.coshoring.core.text.RichText.Inline;
import io.coshoring.core.text.RichText.Link;
import io.coshoring.core.text.RichText.ListItem;
import io.coshoring.core.text.RichText.Quote;
import io.coshoring.core.text.RichText.Style;
import io.coshoring.core.text.RichText.Styled;
import io.coshoring.core.text.RichText.Text;
import io.coshoring.core.text.RichText.Written;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@link RichText} in a platform's syntax. Plain text goes through the dialect's escaping,
 * which is where mass mentions and mention syntax are disarmed: whatever a member wrote on one side
 * is shown on the other, and pings no one.
 */
public final class MarkupWriter {

  /** A platform's way of writing each part. */
  public interface Dialect {
    String delimiter(Style style);

    /** Plain text made inert: markup characters and mention syntax escaped. */
    String escape(String text);

    /** Code made inert where the platform reads mention syntax even inside code. */
    String escapeCode(String code);

    String link(String url, String label);

    String quotePrefix();

    String bullet();
  }

  private final Dialect dialect;

  public MarkupWriter(Dialect dialect) {
    this.dialect = dialect;
  }

  public String write(RichText text) {
    List<String> blocks = new ArrayList<>();
    for (Block block : text.blocks()) {
      blocks.add(block(block));
    }
    return String.join("\n", blocks);
  }

  /** One block, as it stands on its own line or lines. */
  public String block(Block block) {
    if (block instanceof CodeBlock code) {
      return fence(code.language(), code.code());
    }
    String line = inlines(RichText.inlinesOf(block));
    if (block instanceof Quote) {
      return dialect.quotePrefix() + line;
    }
    if (block instanceof ListItem item) {
      return (item.number() > 0 ? item.number() + ". " : dialect.bullet()) + line;
    }
    return line;
  }

  /**
   * A code block, its code made inert; backticks inside are spaced so they cannot close it, as
   * often as it takes: five in a row, spaced once, still end in three.
   */
  public String fence(String language, String code) {
    String body = dialect.escapeCode(code);
    while (body.contains("```")) {
      body = body.replace("```", "` ` `");
    }
    return "```" + language + "\n" + body + "\n```";
  }

  private String inlines(List<Inline> inlines) {
    StringBuilder text = new StringBuilder();
    for (Inline inline : inlines) {
      if (inline instanceof Text plain) {
        text.append(dialect.escape(plain.text()));
      } else if (inline instanceof Written written) {
        text.append(dialect.escape(written.text()));
      } else if (inline instanceof Styled styled) {
        String mark = dialect.delimiter(styled.style());
        text.append(mark).append(inlines(styled.children())).append(mark);
      } else if (inline instanceof Code code) {
        code(text, code.code());
      } else if (inline instanceof Link link) {
        String label = link.misleading() ? link.url() : link.label();
        text.append(dialect.link(link.url(), dialect.escape(label)));
      }
    }
    return text.toString();
  }

  /**
   * An inline code span. Backticks side by side read as one longer delimiter, which would end no
   * span and show its code, mention syntax and all, as text: an empty span is left out, and a zero
   * width space parts a span from a backtick before it.
   */
  private void code(StringBuilder text, String code) {
    if (code.isEmpty()) {
      return;
    }
    if (text.length() > 0 && text.charAt(text.length() - 1) == '`') {
      text.append('\u200B');
    }
    text.append('`').append(dialect.escapeCode(code.replace("`", "'"))).append('`');
  }
}
