package io.coshoring.discord.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;

/**
 * What Discord refuses in a message it is asked to create or edit: one that would show nothing
 * (50006), text over its limits or a name it keeps for itself (50035). Discord counts a limit's
 * characters in Unicode code points, not Java's UTF-16 units: an emoji outside the Basic
 * Multilingual Plane is one character (its staff said so in discord-api-docs issue 1315; JDA counts
 * the same way).
 */
final class MessageRules {

  private static final int CONTENT_LIMIT = 2_000;
  private static final int USERNAME_LIMIT = 80;

  /** What a message may show instead of text; one of them is enough not to be empty. */
  private static final List<String> SHOWN =
      List.of("embeds", "attachments", "components", "sticker_ids");

  private MessageRules() {}

  /** A new message; a webhook's may also set the name it shows. */
  static Refusal ofNew(JsonObject message) {
    if (isEmpty(message)) {
      return Refusal.emptyMessage();
    }
    return ofFields(message);
  }

  /**
   * An edit: the message as it would be once edited, its fields replaced by those sent, must not be
   * empty; {@code held} is null for a message the fake does not keep.
   */
  static Refusal ofEdit(JsonObject held, JsonObject edit) {
    JsonObject edited = held == null ? new JsonObject() : held.deepCopy();
    edit.entrySet().forEach(field -> edited.add(field.getKey(), field.getValue()));
    if (held != null && isEmpty(edited)) {
      return Refusal.emptyMessage();
    }
    return ofFields(edit);
  }

  private static Refusal ofFields(JsonObject message) {
    JsonObject errors = new JsonObject();
    if (length(message, "content") > CONTENT_LIMIT) {
      errors.add(
          "content",
          Refusal.fieldError("BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length."));
    }
    boolean named = message.has("username") && !message.get("username").isJsonNull();
    JsonObject username = named ? username(text(message, "username")) : null;
    if (username != null) {
      errors.add("username", username);
    }
    return errors.size() == 0 ? null : Refusal.invalidFormBody(errors);
  }

  /**
   * A webhook message's name: 1 to 80 characters, without Discord's own names in it, nor one that
   * reads as a mass mention. Discord says so in 50035s such as {@code USERNAME_INVALID_CONTAINS:
   * Username cannot contain "discord"}.
   */
  private static JsonObject username(String name) {
    int length = name.codePointCount(0, name.length());
    if (length < 1 || length > USERNAME_LIMIT) {
      return Refusal.fieldError("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 80 in length.");
    }
    for (String reserved : List.of("discord", "clyde")) {
      if (name.toLowerCase(Locale.ROOT).contains(reserved)) {
        return Refusal.fieldError(
            "USERNAME_INVALID_CONTAINS", "Username cannot contain \"" + reserved + "\"");
      }
    }
    for (String reserved : List.of("everyone", "here")) {
      if (name.equalsIgnoreCase(reserved)) {
        return Refusal.fieldError("USERNAME_INVALID", "Username cannot be \"" + reserved + "\"");
      }
    }
    return null;
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
