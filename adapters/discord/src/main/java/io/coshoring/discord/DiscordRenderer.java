package io.coshoring.discord;

import io.coshoring.core.adapter.Button;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.text.MessageSplitter;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Renders the core's neutral messages for Discord: the text and fields as an embed, the buttons as
 * an action row. Discord's markdown already reads the core's {@code **bold**}, {@code _italic_} and
 * {@code `code`}.
 */
final class DiscordRenderer {

  static final Color COSHORING_GREEN = new Color(0x2c5f2d);

  /** Discord's limits: an embed's description, a field's value, buttons in one row. */
  private static final int DESCRIPTION_LIMIT = 4_096;

  private static final int FIELD_LIMIT = 1_024;
  private static final int FIELDS_LIMIT = 25;
  private static final int BUTTONS_PER_ROW = 5;

  private DiscordRenderer() {}

  static MessageEmbed embed(OutgoingMessage message) {
    EmbedBuilder embed = new EmbedBuilder().setColor(COSHORING_GREEN);
    embed.setDescription(cut(message.text(), DESCRIPTION_LIMIT));
    for (OutgoingMessage.Field field :
        message.fields().subList(0, Math.min(FIELDS_LIMIT, message.fields().size()))) {
      embed.addField(cut(field.label(), 256), cut(field.value(), FIELD_LIMIT), true);
    }
    return embed.build();
  }

  static List<ActionRow> buttons(OutgoingMessage message) {
    List<ActionRow> rows = new ArrayList<>();
    List<net.dv8tion.jda.api.components.buttons.Button> row = new ArrayList<>();
    for (Button button : message.buttons()) {
      row.add(
          net.dv8tion.jda.api.components.buttons.Button.of(
              style(button.style()), button.actionId(), button.label()));
      if (row.size() == BUTTONS_PER_ROW) {
        rows.add(ActionRow.of(row));
        row = new ArrayList<>();
      }
    }
    if (!row.isEmpty()) {
      rows.add(ActionRow.of(row));
    }
    return rows;
  }

  /** The text alone, for ephemeral replies where an embed would be heavy. */
  static String text(OutgoingMessage message) {
    StringBuilder text = new StringBuilder(message.text());
    for (OutgoingMessage.Field field : message.fields()) {
      text.append("\n**").append(field.label()).append("**: ").append(field.value());
    }
    return cut(text.toString(), 2_000);
  }

  private static ButtonStyle style(Button.Style style) {
    return switch (style) {
      case PRIMARY -> ButtonStyle.PRIMARY;
      case DANGER -> ButtonStyle.DANGER;
      case NEUTRAL -> ButtonStyle.SECONDARY;
    };
  }

  private static String cut(String text, int limit) {
    return MessageSplitter.shortened(text, limit);
  }
}
