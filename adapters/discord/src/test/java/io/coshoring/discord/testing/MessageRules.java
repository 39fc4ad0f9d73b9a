package io.coshoring.discord.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * What Discord refuses in a message it is asked to create or edit: one that would show nothing
 * (50006), and text over its limits (50035). Discord counts a limit's characters in Unicode code
 * points, not Java's UTF-16 units: an emoji outside the Basic Multilingual Plane is one character
 * (its staff said so in discord-api-docs issue 1315; JDA counts the same way).
 */
final class MessageRules {

  static final int CONTENT_LIMIT = 2_000;
  static final int USERNAME_LIMIT = 80;

  /** What a message may show instead of text; one of them is enough not to be empty. */
  private static final List<String> SHOWN =
      List.of("embeds", "attachments", "components", "sticker_ids");

  private MessageRules() {}

  /** A new message; a webhook's may also set the name it shows. */
  static Refusal ofNew(JsonObject message) {
    if (isEmpty(message)) {
      return Refusal.emptyMessage();
    }
    return ofLengths(message);
  }

  /**
   * An edit: the message as it would be once edited (its fields replaced by those sent) must not be
   * empty.
   */
  static Refusal ofEdit(JsonObject held, JsonObject edit) {
    JsonObject edited = held == null ? new JsonObject() : held.deepCopy();
    edit.entrySet().forEach(field -> edited.add(field.getKey(), field.getValue()));
    if (held != null && isEmpty(edited)) {
      return Refusal.emptyMessage();
    }
    return ofLengths(edit);
  }

  private static Refusal ofLengths(JsonObject message) {
    JsonObject errors = new JsonObject();
    if (length(message, "content") > CONTENT_LIMIT) {
      errors.add(
          "content",
          Refusal.fieldError("BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length."));
    }
    boolean named = message.has("username") && !message.get("username").isJsonNull();
    if (named
        && (length(message, "username") > USERNAME_LIMIT || length(message, "username") < 1)) {
      errors.add(
          "username",
          Refusal.fieldError("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 80 in length."));
    }
    return errors.size() == 0 ? null : Refusal.invalidFormBody(errors);
  }

  private static boolean isEmpty(JsonObject message) {
    if (!text(message, "content").isBlank()) {
      return false;
    }
    if (message.has("poll") && !message.get("poll").isJsonNull()) {
      return false;
    }
    for (String field : SHOWN) {
      JsonElement value = message.get(field);
      if (value != null && value.isJsonArray() && !value.getAsJsonArray().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static int length(JsonObject message, String field) {
    String text = text(message, field);
    return text.codePointCount(0, text.length());
  }

  private static String text(JsonObject message, String field) {
    JsonElement value = message.get(field);
    return value == null || value.isJsonNull() ? "" : value.getAsString();
  }
}
