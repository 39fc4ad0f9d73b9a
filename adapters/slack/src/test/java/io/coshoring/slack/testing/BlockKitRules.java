package io.coshoring.slack.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Slack's Block Kit limits, for the blocks and elements coshoring sends (sections, headers, actions
 * with buttons, dividers, inputs with text, select and date elements), as Slack's reference states
 * them. What breaks one is listed as Slack lists it, a reason and a JSON pointer: {@code must be
 * less than 3001 characters [json-pointer:/blocks/0/text/text]}. Slack's own words are used where
 * its answers have been seen; those for a repeated id are ours.
 *
 * <p>An action id need only be unique in its block, as the reference says: a modal's inputs may all
 * use the same one.
 */
final class BlockKitRules {

  private static final int MESSAGE_BLOCKS = 50;
  private static final int VIEW_BLOCKS = 100;
  private static final int ID_LENGTH = 255;
  private static final Set<String> TEXT_TYPES = Set.of("plain_text", "mrkdwn");

  private final List<String> errors = new ArrayList<>();
  private final Set<String> blockIds = new HashSet<>();

  private BlockKitRules() {}

  /** What Slack finds wrong in a message's {@code blocks}; empty when it takes them. */
  static List<String> ofMessage(JsonElement blocks) {
    BlockKitRules rules = new BlockKitRules();
    rules.blocks(blocks.getAsJsonArray(), "/blocks", MESSAGE_BLOCKS);
    return rules.errors;
  }

  /** What Slack finds wrong in a modal or a Home tab; empty when it takes it. */
  static List<String> ofView(JsonObject view) {
    BlockKitRules rules = new BlockKitRules();
    if ("modal".equals(string(view, "type"))) {
      rules.text(view.get("title"), "/view/title", 24, true);
      for (String button : List.of("submit", "close")) {
        if (view.has(button)) {
          rules.text(view.get(button), "/view/" + button, 24, true);
        }
      }
    }
    rules.tooLong(view, "callback_id", ID_LENGTH, "/view");
    rules.tooLong(view, "private_metadata", 3_000, "/view");
    rules.blocks(view.getAsJsonArray("blocks"), "/view/blocks", VIEW_BLOCKS);
    return rules.errors;
  }

  private void blocks(JsonArray blocks, String at, int most) {
    if (blocks.size() > most) {
      errors.add("no more than " + most + " items allowed [json-pointer:" + at + "]");
    }
    for (int i = 0; i < blocks.size(); i++) {
      block(blocks.get(i).getAsJsonObject(), at + "/" + i);
    }
  }

  private void block(JsonObject block, String at) {
    if (block.has("block_id")) {
      tooLong(block, "block_id", ID_LENGTH, at);
      String id = string(block, "block_id");
      if (!blockIds.add(id)) {
        errors.add("duplicate block_id " + id + " [json-pointer:" + at + "/block_id]");
      }
    }
    switch (string(block, "type")) {
      case "section" -> section(block, at);
      case "header" -> text(block.get("text"), at + "/text", 150, true);
      case "actions" -> {
        JsonArray elements = block.getAsJsonArray("elements");
        if (elements.size() > 25) {
          errors.add("no more than 25 items allowed [json-pointer:" + at + "/elements]");
        }
        elements(elements, at + "/elements");
      }
      case "input" -> {
        text(block.get("label"), at + "/label", 2_000, true);
        if (block.has("hint")) {
          text(block.get("hint"), at + "/hint", 2_000, true);
        }
        element(block.getAsJsonObject("element"), at + "/element");
      }
      default -> {
        // A divider has nothing to break; coshoring sends no other kind.
      }
    }
  }

  private void section(JsonObject section, String at) {
    if (section.has("text")) {
      text(section.get("text"), at + "/text", 3_000, false);
    }
    if (section.has("fields")) {
      JsonArray fields = section.getAsJsonArray("fields");
      if (fields.size() > 10) {
        errors.add("no more than 10 items allowed [json-pointer:" + at + "/fields]");
      }
      for (int i = 0; i < fields.size(); i++) {
        text(fields.get(i), at + "/fields/" + i, 2_000, false);
      }
    }
  }

  /** The elements of one block, whose action ids must differ. */
  private void elements(JsonArray elements, String at) {
    Set<String> actionIds = new HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      JsonObject element = elements.get(i).getAsJsonObject();
      String where = at + "/" + i;
      element(element, where);
      if (element.has("action_id") && !actionIds.add(string(element, "action_id"))) {
        errors.add(
            "duplicate action_id "
                + string(element, "action_id")
                + " [json-pointer:"
                + where
                + "/action_id]");
      }
    }
  }

  private void element(JsonObject element, String at) {
    tooLong(element, "action_id", ID_LENGTH, at);
    if (element.has("placeholder")) {
      text(element.get("placeholder"), at + "/placeholder", 150, true);
    }
    switch (string(element, "type")) {
      case "button" -> {
        text(element.get("text"), at + "/text", 75, true);
        tooLong(element, "value", 2_000, at);
      }
      case "plain_text_input" -> {
        if (element.has("max_length")) {
          int most = element.get("max_length").getAsInt();
          if (most < 1 || most > 3_000) {
            errors.add("invalid value for field 'max_length' [json-pointer:" + at + "]");
          }
        }
      }
      case "static_select" -> {
        JsonArray options = element.getAsJsonArray("options");
        if (options.size() > 100) {
          errors.add("no more than 100 items allowed [json-pointer:" + at + "/options]");
        }
        for (int i = 0; i < options.size(); i++) {
          JsonObject option = options.get(i).getAsJsonObject();
          text(option.get("text"), at + "/options/" + i + "/text", 75, true);
          tooLong(option, "value", 150, at + "/options/" + i);
        }
      }
      default -> {
        // A date picker has nothing else to break.
      }
    }
  }

  /** A text object: of a known type, plain text where Slack demands it, neither empty nor long. */
  private void text(JsonElement object, String at, int most, boolean plainOnly) {
    if (object == null || !object.isJsonObject()) {
      errors.add("missing required field: text [json-pointer:" + at + "]");
      return;
    }
    String type = string(object.getAsJsonObject(), "type");
    if (!TEXT_TYPES.contains(type) || (plainOnly && !type.equals("plain_text"))) {
      errors.add("must be a valid enum value [json-pointer:" + at + "/type]");
    }
    String text = string(object.getAsJsonObject(), "text");
    if (text.isEmpty()) {
      errors.add("must be more than 0 characters [json-pointer:" + at + "/text]");
    }
    tooLong(object.getAsJsonObject(), "text", most, at);
  }

  private void tooLong(JsonObject object, String field, int most, String at) {
    if (string(object, field).length() > most) {
      errors.add(
          "must be less than "
              + (most + 1)
              + " characters [json-pointer:"
              + at
              + "/"
              + field
              + "]");
    }
  }

  private static String string(JsonObject object, String field) {
    JsonElement value = object.get(field);
    return value == null || value.isJsonNull() ? "" : value.getAsString();
  }
}
