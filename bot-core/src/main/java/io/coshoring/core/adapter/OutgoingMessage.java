package io.coshoring.core.adapter;

import java.util.List;

/**
 * A message the bot sends, in neutral form; each adapter renders it natively (Block Kit, a Discord
 * embed, console text). The text uses {@link LightMarkup}: {@code **bold**}, {@code _italic_},
 * {@code `code`}, line breaks, and escapes around what members wrote.
 */
public record OutgoingMessage(String text, List<Field> fields, List<Button> buttons) {

  public OutgoingMessage {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a message needs text");
    }
    fields = fields == null ? List.of() : List.copyOf(fields);
    buttons = buttons == null ? List.of() : List.copyOf(buttons);
  }

  public static OutgoingMessage text(String text) {
    return new OutgoingMessage(text, List.of(), List.of());
  }

  /** A labelled value shown beside or under the text. */
  public record Field(String label, String value) {}
}
