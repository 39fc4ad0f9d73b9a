package io.coshoring.deploy;

import io.coshoring.core.CoreSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The app's settings: environment variables, over an optional properties file that uses the same
 * names ({@code COSHORING_CONFIG} names it; {@code ./coshoring.properties} is read if present).
 * Every value is checked at start, and an error names the setting.
 */
record Settings(Path dataFolder, CoreSettings core) {

  static final String CONFIG = "COSHORING_CONFIG";
  static final String DATA_DIR = "COSHORING_DATA_DIR";
  static final String DAILY_MATCH_MESSAGES = "COSHORING_DAILY_MATCH_MESSAGES";
  static final String POST_LIFETIME_DAYS = "COSHORING_POST_LIFETIME_DAYS";
  static final String COMMANDS_PER_MINUTE = "COSHORING_COMMANDS_PER_MINUTE";

  static Settings load(Map<String, String> environment) {
    Map<String, String> values = new HashMap<>(fileValues(environment));
    values.putAll(environment);
    CoreSettings defaults = CoreSettings.DEFAULTS;
    return new Settings(
        Path.of(values.getOrDefault(DATA_DIR, "data")),
        new CoreSettings(
            number(values, DAILY_MATCH_MESSAGES, defaults.dailyMatchMessages(), 0, 100),
            Duration.ofDays(
                number(values, POST_LIFETIME_DAYS, (int) defaults.postLifetime().toDays(), 1, 365)),
            number(values, COMMANDS_PER_MINUTE, defaults.commandsPerMinute(), 1, 1000),
            defaults.firstRetry()));
  }

  private static Map<String, String> fileValues(Map<String, String> environment) {
    Path file = Path.of(environment.getOrDefault(CONFIG, "coshoring.properties"));
    if (!Files.exists(file)) {
      if (environment.containsKey(CONFIG)) {
        throw new SettingsException(
            CONFIG + ": the file " + file.toAbsolutePath() + " does not exist");
      }
      return Map.of();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new SettingsException(
          "the settings file " + file.toAbsolutePath() + " cannot be read: " + e.getMessage());
    }
    Map<String, String> values = new HashMap<>();
    properties
        .stringPropertyNames()
        .forEach(name -> values.put(name, properties.getProperty(name).strip()));
    return values;
  }

  private static int number(
      Map<String, String> values, String name, int fallback, int min, int max) {
    String value = values.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Reported below with the expected range.
    }
    throw new SettingsException(
        name
            + ": '"
            + value
            + "' is not a whole number from "
            + min
            + " to "
            + max
            + " (default "
            + fallback
            + ")");
  }
}
