package io.coshoring.discord.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What Discord checks in the slash commands an application registers (Discord's "Application
 * Commands" reference): names of 1 to 32 lowercase letters, digits, dashes or underscores; a
 * description of 1 to 100 characters on every command, group, subcommand and option; at most 25
 * options and 25 choices; required options first; localisation maps whose keys are Discord locales
 * and whose values keep the field's own limits; and a command's size, counting the longest
 * localisation of each field, at most 4,000 characters (the figure libraries enforce; should
 * Discord allow more, a command that passes here passes there). A refusal is Discord's 50035 naming
 * each field, as {@code {"0":{"description_localizations":{"xx":{"_errors":...}}}}}.
 */
final class CommandRules {

  private static final Pattern NAME = Pattern.compile("^[-_\\p{L}\\p{N}]{1,32}$");
  private static final int MAX_DESCRIPTION = 100;
  private static final int MAX_OPTIONS = 25;
  private static final int MAX_CHOICES = 25;
  private static final int MAX_COMMAND_SIZE = 4_000;
  private static final int MAX_COMMANDS = 100;

  private record Problem(List<String> path, String code, String message) {}

  private final List<Problem> problems = new ArrayList<>();

  private CommandRules() {}

  /** Discord's refusal of {@code PUT applications/{id}/commands} with this body, or null. */
  static Refusal refusal(JsonElement body) {
    CommandRules rules = new CommandRules();
    if (body == null || !body.isJsonArray()) {
      rules.problem(List.of(), "BASE_TYPE_ARRAY_TYPE", "Only iterables may be used in a ListType.");
    } else if (body.getAsJsonArray().size() > MAX_COMMANDS) {
      rules.problem(List.of(), "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.");
    } else {
      JsonArray commands = body.getAsJsonArray();
      for (int i = 0; i < commands.size(); i++) {
        rules.command(List.of(Integer.toString(i)), commands.get(i).getAsJsonObject());
      }
    }
    return rules.problems.isEmpty() ? null : Refusal.invalidFormBody(rules.errors());
  }

  private void command(List<String> at, JsonObject command) {
    int type = command.has("type") ? command.get("type").getAsInt() : 1;
    name(at, command);
    if (type == 1) {
      described(at, command);
      options(at, command, 0);
      int size = size(command);
      if (size > MAX_COMMAND_SIZE) {
        problem(
            at,
            "APPLICATION_COMMAND_TOO_LARGE",
            "Command exceeds maximum size (" + MAX_COMMAND_SIZE + "): " + size);
      }
    }
  }

  /** Options of a command (depth 0), of a group (1) or of a subcommand. */
  private void options(List<String> at, JsonObject parent, int depth) {
    if (!parent.has("options")) {
      return;
    }
    JsonArray options = parent.getAsJsonArray("options");
    List<String> here = path(at, "options");
    if (options.size() > MAX_OPTIONS) {
      problem(here, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    }
    boolean optionalSeen = false;
    for (int i = 0; i < options.size(); i++) {
      JsonObject option = options.get(i).getAsJsonObject();
      List<String> one = path(here, Integer.toString(i));
      int type = option.get("type").getAsInt();
      boolean nests = type == 1 || type == 2;
      if (nests && (depth > 1 || (type == 2 && depth > 0))) {
        problem(one, "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Option type is invalid here.");
      }
      name(one, option);
      described(one, option);
      boolean required = option.has("required") && option.get("required").getAsBoolean();
      if (required && optionalSeen) {
        problem(
            here,
            "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
            "Required options must be placed before non-required options");
      }
      optionalSeen |= !nests && !required;
      choices(one, option);
      if (nests) {
        options(one, option, depth + 1);
      }
    }
  }

  private void choices(List<String> at, JsonObject option) {
    if (!option.has("choices")) {
      return;
    }
    JsonArray choices = option.getAsJsonArray("choices");
    if (choices.size() > MAX_CHOICES) {
      problem(path(at, "choices"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    }
    if (!choices.isEmpty()
        && option.has("autocomplete")
        && option.get("autocomplete").getAsBoolean()) {
      problem(
          path(at, "autocomplete"),
          "APPLICATION_COMMAND_OPTIONS_AUTOCOMPLETE_AND_CHOICES",
          "Autocomplete cannot be set on options with choices");
    }
    for (int i = 0; i < choices.size(); i++) {
      JsonObject choice = choices.get(i).getAsJsonObject();
      List<String> one = path(at, "choices", Integer.toString(i));
      length(path(one, "name"), choice.get("name").getAsString(), MAX_DESCRIPTION);
      localised(one, choice, "name_localizations", MAX_DESCRIPTION, false);
      if (choice.get("value").getAsJsonPrimitive().isString()) {
        length(path(one, "value"), choice.get("value").getAsString(), MAX_DESCRIPTION);
      }
    }
  }

  private void name(List<String> at, JsonObject named) {
    String name = named.has("name") ? named.get("name").getAsString() : "";
    if (!NAME.matcher(name).matches() || !name.equals(name.toLowerCase(Locale.ROOT))) {
      problem(path(at, "name"), "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
    }
    localised(at, named, "name_localizations", 32, true);
  }

  private void described(List<String> at, JsonObject described) {
    String description = described.has("description") ? text(described.get("description")) : "";
    length(path(at, "description"), description, MAX_DESCRIPTION);
    localised(at, described, "description_localizations", MAX_DESCRIPTION, false);
  }

  /** A localisation map: Discord locales as keys, each value within the field's limits. */
  private void localised(
      List<String> at, JsonObject holder, String field, int maxLength, boolean isName) {
    if (!holder.has(field) || holder.get(field).isJsonNull()) {
      return;
    }
    for (Map.Entry<String, JsonElement> entry : holder.getAsJsonObject(field).entrySet()) {
      List<String> one = path(at, field, entry.getKey());
      if (!DiscordLocales.ALL.contains(entry.getKey())) {
        problem(
            one, "ENUM_TYPE_COERCE", "Value \"" + entry.getKey() + "\" is not a valid enum value.");
        continue;
      }
      String value = entry.getValue().isJsonNull() ? null : text(entry.getValue());
      if (value == null) {
        continue;
      }
      if (isName && !NAME.matcher(value).matches()) {
        problem(one, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
      } else {
        length(one, value, maxLength);
      }
    }
  }

  private void length(List<String> at, String value, int max) {
    int length = value.codePointCount(0, value.length());
    if (length < 1 || length > max) {
      problem(at, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and " + max + " in length.");
    }
  }

  /**
   * A command's size as Discord counts it: name, description and choice values of the command and
   * of every option and choice, each field at its longest localisation.
   */
  private static int size(JsonObject item) {
    int size = longest(item, "name", "name_localizations");
    size += longest(item, "description", "description_localizations");
    if (item.has("value") && item.get("value").getAsJsonPrimitive().isString()) {
      size +=
          item.get("value")
              .getAsString()
              .codePointCount(0, item.get("value").getAsString().length());
    }
    for (String nested : new String[] {"options", "choices"}) {
      if (item.has(nested)) {
        for (JsonElement child : item.getAsJsonArray(nested)) {
          size += size(child.getAsJsonObject());
        }
      }
    }
    return size;
  }

  private static int longest(JsonObject item, String field, String localisations) {
    int longest = item.has(field) ? codePoints(text(item.get(field))) : 0;
    if (item.has(localisations) && item.get(localisations).isJsonObject()) {
      for (JsonElement value : item.getAsJsonObject(localisations).asMap().values()) {
        if (!value.isJsonNull()) {
          longest = Math.max(longest, codePoints(value.getAsString()));
        }
      }
    }
    return longest;
  }

  private static int codePoints(String text) {
    return text.codePointCount(0, text.length());
  }

  private static String text(JsonElement element) {
    return element.isJsonNull() ? "" : element.getAsString();
  }

  private static List<String> path(List<String> at, String... more) {
    List<String> longer = new ArrayList<>(at);
    longer.addAll(List.of(more));
    return longer;
  }

  private void problem(List<String> path, String code, String message) {
    problems.add(new Problem(path, code, message));
  }

  /** The problems nested by their paths, each under {@code _errors}. */
  private JsonObject errors() {
    JsonObject errors = new JsonObject();
    for (Problem problem : problems) {
      JsonObject at = errors;
      for (String step : problem.path()) {
        if (!at.has(step)) {
          at.add(step, new JsonObject());
        }
        at = at.getAsJsonObject(step);
      }
      JsonObject field = Refusal.fieldError(problem.code(), problem.message());
      if (at.has("_errors")) {
        at.getAsJsonArray("_errors").addAll(field.getAsJsonArray("_errors"));
      } else {
        at.add("_errors", field.getAsJsonArray("_errors"));
      }
    }
    return errors;
  }
}
