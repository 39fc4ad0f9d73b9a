package io.coshoring.discord.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What Discord refuses in a modal an interaction answers with (callback type 9): a title over 45
 * characters, more than 5 components, and in each text input (alone in an action row, or inside a
 * label component) a label over 45 characters or a placeholder over 100; a label component's
 * description over 100. Discord counts characters in code points, and answers 50035 naming each
 * field by its path: {@code {"data":{"components":{"0":{"component":{"placeholder":{"_errors":
 * [...]}}}}}}}.
 */
final class ModalRules {

  private static final int MODAL = 9;
  private static final int ACTION_ROW = 1;
  private static final int LABEL = 18;
  private static final int TITLE_LIMIT = 45;
  private static final int LABEL_LIMIT = 45;
  private static final int PLACEHOLDER_LIMIT = 100;
  private static final int DESCRIPTION_LIMIT = 100;
  private static final int COMPONENTS = 5;

  private ModalRules() {}

  /** Discord's refusal of an interaction's callback, or null when it takes it. */
  static Refusal ofCallback(JsonObject callback) {
    if (!callback.has("type") || callback.get("type").getAsInt() != MODAL) {
      return null;
    }
    JsonObject modal = callback.getAsJsonObject("data");
    JsonObject errors = new JsonObject();
    tooLong(modal, "title", TITLE_LIMIT, errors);
    JsonArray components =
        modal.has("components") ? modal.getAsJsonArray("components") : new JsonArray();
    if (components.size() > COMPONENTS) {
      errors.add(
          "components",
          Refusal.fieldError("BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length."));
    } else {
      JsonObject byIndex = new JsonObject();
      for (int i = 0; i < components.size(); i++) {
        JsonObject component = components.get(i).getAsJsonObject();
        JsonObject wrong = component(component);
        if (wrong.size() > 0) {
          byIndex.add(Integer.toString(i), wrong);
        }
      }
      if (byIndex.size() > 0) {
        errors.add("components", byIndex);
      }
    }
    if (errors.size() == 0) {
      return null;
    }
    JsonObject data = new JsonObject();
    data.add("data", errors);
    return Refusal.invalidFormBody(data);
  }

  /** The errors of one of the modal's top-level components, by field. */
  private static JsonObject component(JsonObject component) {
    JsonObject errors = new JsonObject();
    int type = component.get("type").getAsInt();
    if (type == LABEL) {
      tooLong(component, "label", LABEL_LIMIT, errors);
      tooLong(component, "description", DESCRIPTION_LIMIT, errors);
      JsonObject input = textInput(component.getAsJsonObject("component"));
      if (input.size() > 0) {
        errors.add("component", input);
      }
    } else if (type == ACTION_ROW) {
      JsonArray inRow = component.getAsJsonArray("components");
      JsonObject byIndex = new JsonObject();
      for (int i = 0; i < inRow.size(); i++) {
        JsonObject input = textInput(inRow.get(i).getAsJsonObject());
        if (input.size() > 0) {
          byIndex.add(Integer.toString(i), input);
        }
      }
      if (byIndex.size() > 0) {
        errors.add("components", byIndex);
      }
    }
    return errors;
  }

  private static JsonObject textInput(JsonObject input) {
    JsonObject errors = new JsonObject();
    tooLong(input, "label", LABEL_LIMIT, errors);
    tooLong(input, "placeholder", PLACEHOLDER_LIMIT, errors);
    return errors;
  }

  private static void tooLong(JsonObject object, String field, int most, JsonObject errors) {
    JsonElement value = object.get(field);
    if (value == null || value.isJsonNull()) {
      return;
    }
    String text = value.getAsString();
    if (text.codePointCount(0, text.length()) > most) {
      errors.add(
          field,
          Refusal.fieldError("BASE_TYPE_MAX_LENGTH", "Must be " + most + " or fewer in length."));
    }
  }
}
