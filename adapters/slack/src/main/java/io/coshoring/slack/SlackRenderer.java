package io.coshoring.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import io.coshoring.core.adapter.Button;
import io.coshoring.core.adapter.LightMarkup;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.text.MessageSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders the core's neutral messages as Block Kit, with Slack's mrkdwn and buttons. */
final class SlackRenderer {

  /** Slack refuses a section text over 3,000 characters; longer texts take several sections. */
  static final int SECTION_LIMIT = 3_000;

  /** Slack shows at most 10 fields in a section. */
  private static final int FIELDS_PER_SECTION = 10;

  /** Slack takes at most 50 blocks in a message, and 25 buttons in a block. */
  private static final int MESSAGE_BLOCKS = 50;

  private static final int BUTTONS_PER_BLOCK = 25;

  /**
   * Stand-ins for the characters a member wrote that mrkdwn would read as emphasis or code: Slack
   * has no escape for them, so they are written as characters that look the same and mean nothing.
   */
  private static final Map<Character, String> LOOK_ALIKES =
      Map.of('*', "\u2217", '_', "\u02CD", '~', "\u223C", '`', "\u02CB");

  /** A {@code >} a member wrote at the start of a line, where mrkdwn would start a quote. */
  private static final String QUOTE_LOOK_ALIKE = "\u203A";

  private static final String CUT = "\n… _(cut: the rest is too long for one Slack message)_";

  private SlackRenderer() {}

  /**
   * The message as blocks Slack takes: a text too long for the sections left beside its fields and
   * buttons is cut, and says so; every button is kept, as some text may name it (a digest's "#3").
   */
  static List<LayoutBlock> blocks(OutgoingMessage message) {
    List<LayoutBlock> fieldsAndButtons = new ArrayList<>();
    List<TextObject> fields = new ArrayList<>();
    for (OutgoingMessage.Field field : message.fields()) {
      fields.add(markdownText("*" + escape(field.label()) + "*\n" + mrkdwn(field.value())));
    }
    for (int i = 0; i < fields.size(); i += FIELDS_PER_SECTION) {
      List<TextObject> some = fields.subList(i, Math.min(fields.size(), i + FIELDS_PER_SECTION));
      fieldsAndButtons.add(section(s -> s.fields(List.copyOf(some))));
    }
    List<Button> buttons = message.buttons();
    for (int i = 0; i < buttons.size(); i += BUTTONS_PER_BLOCK) {
      List<BlockElement> some = new ArrayList<>();
      for (Button button : buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_BLOCK))) {
        some.add(button(button));
      }
      // Slack refuses a block id used twice in a message.
      String id = i == 0 ? "choices" : "choices-" + (i / BUTTONS_PER_BLOCK + 1);
      fieldsAndButtons.add(actions(a -> a.blockId(id).elements(some)));
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    for (String part :
        fitted(parts(mrkdwn(message.text())), MESSAGE_BLOCKS - fieldsAndButtons.size())) {
      blocks.add(section(s -> s.text(markdownText(part))));
    }
    blocks.addAll(fieldsAndButtons);
    return blocks;
  }

  /** The first {@code room} parts, the last of them cut to end with a word that says so. */
  private static List<String> fitted(List<String> parts, int room) {
    if (parts.size() <= room) {
      return parts;
    }
    List<String> kept = new ArrayList<>(parts.subList(0, room));
    String last = kept.get(room - 1);
    int left = SECTION_LIMIT - CUT.length();
    kept.set(
        room - 1,
        (last.length() <= left ? last : last.substring(0, MessageSplitter.characterCut(last, left)))
            + CUT);
    return kept;
  }

  /**
   * The plain text Slack shows in notifications, where blocks are not rendered. Slack reads mention
   * and link syntax in it as in mrkdwn, so it is escaped the same way.
   */
  static String fallback(OutgoingMessage message) {
    String text =
        LightMarkup.render(
            unformattable(message.text()),
            markup -> escape(markup.replace("**", "")),
            SlackRenderer::escape);
    return MessageSplitter.shortened(text, SECTION_LIMIT);
  }

  /**
   * The core's light markup in Slack's mrkdwn: {@code **bold**} becomes {@code *bold*}; italics and
   * code are written the same; {@code &}, {@code <} and {@code >} are escaped so that no text can
   * make a link or a mention.
   */
  static String mrkdwn(String text) {
    return LightMarkup.render(
        unformattable(text),
        markup -> escape(markup).replaceAll("\\*\\*(.+?)\\*\\*", "*$1*"),
        SlackRenderer::escape);
  }

  /**
   * The light markup with each character made literal (what a member wrote) that could open or
   * close emphasis or code, or start a quote, in mrkdwn turned into its look-alike. One between two
   * letters or digits stays as it is: mrkdwn reads no markup inside a word, and a link a member
   * wrote ({@code my_page}) keeps working.
   */
  static String unformattable(String text) {
    StringBuilder written = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 >= text.length()) {
        written.append(c);
        continue;
      }
      char escaped = text.charAt(++i);
      String lookAlike = LOOK_ALIKES.get(escaped);
      if (lookAlike != null && !insideAWord(text, i - 1, i + 1)) {
        written.append(lookAlike);
      } else if (escaped == '>' && startsALine(written)) {
        written.append(QUOTE_LOOK_ALIKE);
      } else {
        written.append(c).append(escaped);
      }
    }
    return written.toString();
  }

  /** Whether the characters before {@code before} and from {@code after} are letters or digits. */
  private static boolean insideAWord(String text, int before, int after) {
    return before > 0
        && after < text.length()
        && Character.isLetterOrDigit(text.codePointBefore(before))
        && Character.isLetterOrDigit(text.codePointAt(after));
  }

  private static boolean startsALine(CharSequence written) {
    for (int i = written.length() - 1; i >= 0; i--) {
      char c = written.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static ButtonElement button(Button button) {
    return ButtonElement.builder()
        .actionId(button.actionId())
        .value(button.actionId())
        .text(plainText(button.label()))
        .style(
            switch (button.style()) {
              case PRIMARY -> "primary";
              case DANGER -> "danger";
              case NEUTRAL -> null;
            })
        .build();
  }

  private static List<String> parts(String text) {
    List<String> parts = new ArrayList<>();
    String rest = text;
    while (rest.length() > SECTION_LIMIT) {
      int cut = rest.lastIndexOf('\n', SECTION_LIMIT);
      cut = cut > 0 ? cut : SECTION_LIMIT;
      parts.add(rest.substring(0, cut));
      rest = rest.substring(cut).stripLeading();
    }
    // A text ending in blanks after a cut leaves nothing, and Slack refuses an empty section.
    if (!rest.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }
}
