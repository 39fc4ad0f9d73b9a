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
import io.coshoring.core.adapter.OutgoingMessage;
import java.util.ArrayList;
import java.util.List;

/** Renders the core's neutral messages as Block Kit, with Slack's mrkdwn and buttons. */
final class SlackRenderer {

  /** Slack refuses a section text over 3,000 characters; longer texts take several sections. */
  static final int SECTION_LIMIT = 3_000;

  /** Slack shows at most 10 fields in a section. */
  private static final int FIELDS_PER_SECTION = 10;

  private SlackRenderer() {}

  static List<LayoutBlock> blocks(OutgoingMessage message) {
    List<LayoutBlock> blocks = new ArrayList<>();
    for (String part : parts(mrkdwn(message.text()))) {
      blocks.add(section(s -> s.text(markdownText(part))));
    }
    List<TextObject> fields = new ArrayList<>();
    for (OutgoingMessage.Field field : message.fields()) {
      fields.add(markdownText("*" + escape(field.label()) + "*\n" + mrkdwn(field.value())));
    }
    for (int i = 0; i < fields.size(); i += FIELDS_PER_SECTION) {
      List<TextObject> some = fields.subList(i, Math.min(fields.size(), i + FIELDS_PER_SECTION));
      blocks.add(section(s -> s.fields(List.copyOf(some))));
    }
    if (!message.buttons().isEmpty()) {
      List<BlockElement> buttons = new ArrayList<>();
      for (Button button : message.buttons()) {
        buttons.add(button(button));
      }
      blocks.add(actions(a -> a.blockId("choices").elements(buttons)));
    }
    return blocks;
  }

  /** The plain text Slack shows in notifications, where blocks are not rendered. */
  static String fallback(OutgoingMessage message) {
    String text = message.text().replace("**", "");
    return text.length() <= SECTION_LIMIT ? text : text.substring(0, SECTION_LIMIT - 1) + "…";
  }

  /**
   * The core's light markup in Slack's mrkdwn: {@code **bold**} becomes {@code *bold*}; italics and
   * code are written the same; {@code &}, {@code <} and {@code >} are escaped so that no text can
   * make a link or a mention.
   */
  static String mrkdwn(String text) {
    return escape(text).replaceAll("\\*\\*(.+?)\\*\\*", "*$1*");
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
    parts.add(rest);
    return parts;
  }
}
