package io.coshoring.console;

import io.coshoring.core.adapter.LightMarkup;
import io.coshoring.core.adapter.OutgoingMessage;

/** Renders the neutral message as terminal text: markup removed, fields indented. */
final class ConsoleRenderer {

  private ConsoleRenderer() {}

  static String render(OutgoingMessage message) {
    StringBuilder out = new StringBuilder(plain(message.text()));
    for (OutgoingMessage.Field field : message.fields()) {
      out.append("\n  ").append(field.label()).append(": ").append(plain(field.value()));
    }
    return out.toString();
  }

  private static String plain(String text) {
    return LightMarkup.render(
        text,
        markup ->
            markup
                .replace("**", "")
                .replaceAll("(?<![\\p{L}0-9])_([^_\\n]+)_(?![\\p{L}0-9])", "$1")
                .replace("`", ""),
        literal -> literal);
  }
}
