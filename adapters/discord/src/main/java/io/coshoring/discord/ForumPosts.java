package io.coshoring.discord;

import io.coshoring.core.adapter.RelayedMessage;
import io.coshoring.core.text.RichText;
import io.coshoring.core.text.RichText.Paragraph;
import io.coshoring.core.text.RichText.Style;
import io.coshoring.core.text.RichText.Styled;
import io.coshoring.core.text.RichText.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A forum post and a message that starts a thread elsewhere, one made from the other: a post needs
 * a title a message has not, and a post's title, which is not part of its starter message, would be
 * lost without a place in the message.
 */
final class ForumPosts {

  /** Discord's longest thread name. */
  static final int MAX_TITLE = 100;

  private ForumPosts() {}

  /**
   * The title of a post made from a message: its first line, else its author's name, for a message
   * of files alone; cut to Discord's limit.
   */
  static String title(RelayedMessage message) {
    String title =
        message
            .text()
            .plain()
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .findFirst()
            .orElse(message.authorName().strip());
    if (title.isEmpty()) {
      // Discord refuses a blank name.
      return "post";
    }
    if (title.length() <= MAX_TITLE) {
      return title;
    }
    int cut = MAX_TITLE - 1;
    if (Character.isHighSurrogate(title.charAt(cut - 1))) {
      cut--;
    }
    return title.substring(0, cut) + "…";
  }

  /**
   * A post's starter message as it reads where posts have no title: the title in bold first, unless
   * the text begins with it already, as when the post was made from a message.
   */
  static RichText withTitle(String title, RichText text) {
    String plainTitle = title.strip();
    if (text.plain().strip().startsWith(plainTitle)) {
      return text;
    }
    List<RichText.Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(List.of(new Styled(Style.BOLD, List.of(new Text(plainTitle))))));
    blocks.addAll(text.blocks());
    return new RichText(blocks);
  }
}
