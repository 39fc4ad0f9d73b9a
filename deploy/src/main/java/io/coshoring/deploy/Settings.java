package io.coshoring.deploy;

import io.coshoring.core.CoreSettings;
import io.coshoring.discord.DiscordSettings;
import io.coshoring.matching.ExchangeRates;
import io.coshoring.slack.SlackSettings;
import io.coshoring.slack.TokenKeys;
import io.coshoring.web.SignInSettings;
import io.coshoring.web.WallSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The app's settings: environment variables, over an optional properties file that uses the same
 * names ({@code COSHORING_CONFIG} names it; {@code ./coshoring.properties} is read if present).
 * Every value is checked at start, and an error names the setting.
 */
record Settings(
    Path dataFolder,
    CoreSettings core,
    ExchangeRates exchangeRates,
    Optional<SlackSettings> slack,
    Optional<DiscordSettings> discord,
    Http http,
    WallSettings wall) {

  /** Where the HTTP server (Slack's routes) listens. */
  record Http(String host, int port) {}

  static final String CONFIG = "COSHORING_CONFIG";
  static final String DATA_DIR = "COSHORING_DATA_DIR";
  static final String DAILY_MATCH_MESSAGES = "COSHORING_DAILY_MATCH_MESSAGES";
  static final String POST_LIFETIME_DAYS = "COSHORING_POST_LIFETIME_DAYS";
  static final String COMMANDS_PER_MINUTE = "COSHORING_COMMANDS_PER_MINUTE";
  static final String EXCHANGE_RATES = "COSHORING_EXCHANGE_RATES";
  static final String HTTP_HOST = "COSHORING_HTTP_HOST";
  static final String HTTP_PORT = "COSHORING_HTTP_PORT";
  static final String PUBLIC_URL = "COSHORING_PUBLIC_URL";
  static final String SECRET_KEY = "COSHORING_SECRET_KEY";
  static final String SECRET_KEY_PREVIOUS = "COSHORING_SECRET_KEY_PREVIOUS";
  static final String SLACK_TRANSPORT = "SLACK_TRANSPORT";
  static final String SLACK_SIGNING_SECRET = "SLACK_SIGNING_SECRET";
  static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
  static final String SLACK_APP_TOKEN = "SLACK_APP_TOKEN";
  static final String SLACK_CLIENT_ID = "SLACK_CLIENT_ID";
  static final String SLACK_CLIENT_SECRET = "SLACK_CLIENT_SECRET";
  static final String SLACK_API_URL = "SLACK_API_URL";
  static final String DISCORD_TOKEN = "DISCORD_TOKEN";
  static final String DISCORD_SHARDS = "DISCORD_SHARDS";
  static final String DISCORD_API_URL = "DISCORD_API_URL";
  static final String DISCORD_GATEWAY_URL = "DISCORD_GATEWAY_URL";
  static final String DISCORD_CLIENT_ID = "DISCORD_CLIENT_ID";
  static final String DISCORD_CLIENT_SECRET = "DISCORD_CLIENT_SECRET";
  static final String SLACK_SIGNIN_URL = "SLACK_SIGNIN_URL";
  static final String DISCORD_SIGNIN_URL = "DISCORD_SIGNIN_URL";
  static final String WALL = "COSHORING_WALL";

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
            defaults.firstRetry()),
        exchangeRates(values),
        slack(values, tokenKeys(values)),
        discord(values),
        new Http(
            values.getOrDefault(HTTP_HOST, "0.0.0.0").strip(),
            number(values, HTTP_PORT, 3000, 1, 65535)),
        new WallSettings(wallAccess(values), signIn(values)));
  }

  /** Who reads the wall: anyone (the default), or members signed in with their platform. */
  private static WallSettings.Access wallAccess(Map<String, String> values) {
    String access = value(values, WALL);
    if (access == null || access.equalsIgnoreCase("public")) {
      return WallSettings.Access.PUBLIC;
    }
    if (access.equalsIgnoreCase("members")) {
      return WallSettings.Access.MEMBERS;
    }
    throw new SettingsException(WALL + ": '" + access + "' is not one of public or members");
  }

  /**
   * Who members can sign in to the wall with: Slack when its app's client is set (the same app as
   * the bot's), Discord when its application's client is. Both send members back to the public
   * address, which must then be set.
   */
  private static SignInSettings signIn(Map<String, String> values) {
    SignInSettings.Client slack =
        client(values, SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_SIGNIN_URL, "https://slack.com");
    SignInSettings.Client discord =
        client(
            values,
            DISCORD_CLIENT_ID,
            DISCORD_CLIENT_SECRET,
            DISCORD_SIGNIN_URL,
            "https://discord.com");
    String publicUrl = value(values, PUBLIC_URL);
    if ((slack != null || discord != null) && publicUrl == null) {
      throw new SettingsException(
          PUBLIC_URL
              + ": signing in to the wall sends members back to its public address"
              + " (https://coshoring.example.org); set it, and register its /signin/slack/callback"
              + " or /signin/discord/callback with the platform");
    }
    return new SignInSettings(publicUrl, slack, discord);
  }

  private static SignInSettings.Client client(
      Map<String, String> values, String idName, String secretName, String urlName, String url) {
    String id = value(values, idName);
    String secret = value(values, secretName);
    if (id == null && secret == null) {
      return null;
    }
    if (id == null || secret == null) {
      throw new SettingsException(
          (id == null ? idName : secretName)
              + ": set it too, beside "
              + (id == null ? secretName : idName));
    }
    return new SignInSettings.Client(
        id, secret, values.getOrDefault(urlName, url).strip().replaceAll("/+$", ""));
  }

  /**
   * The rates that compare prices in different currencies: the shipped ones, or those of the file
   * the setting names, read now so that a bad line stops the start rather than a match.
   */
  private static ExchangeRates exchangeRates(Map<String, String> values) {
    String name = value(values, EXCHANGE_RATES);
    if (name == null) {
      return ExchangeRates.standard();
    }
    Path file = Path.of(name).toAbsolutePath();
    if (!Files.isRegularFile(file)) {
      throw new SettingsException(EXCHANGE_RATES + ": the file " + file + " does not exist");
    }
    try {
      return ExchangeRates.read(file);
    } catch (IllegalArgumentException e) {
      throw new SettingsException(
          EXCHANGE_RATES + ": " + e.getMessage() + " (the README, Settings, describes the format)");
    } catch (UncheckedIOException e) {
      throw new SettingsException(
          EXCHANGE_RATES + ": the file " + file + " cannot be read: " + e.getCause().getMessage());
    }
  }

  /** Slack runs when a token or an OAuth client is set; what each transport needs is checked. */
  private static Optional<SlackSettings> slack(Map<String, String> values, TokenKeys keys) {
    String botToken = value(values, SLACK_BOT_TOKEN);
    String appToken = value(values, SLACK_APP_TOKEN);
    String clientId = value(values, SLACK_CLIENT_ID);
    if (botToken == null && appToken == null && clientId == null) {
      return Optional.empty();
    }
    String transportName = value(values, SLACK_TRANSPORT);
    SlackSettings.Transport transport;
    if (transportName == null || transportName.equalsIgnoreCase("http")) {
      transport = SlackSettings.Transport.HTTP;
    } else if (transportName.equalsIgnoreCase("socket")) {
      transport = SlackSettings.Transport.SOCKET_MODE;
    } else {
      throw new SettingsException(
          SLACK_TRANSPORT + ": '" + transportName + "' is not one of http or socket");
    }
    String signingSecret = value(values, SLACK_SIGNING_SECRET);
    String clientSecret = value(values, SLACK_CLIENT_SECRET);
    String publicUrl = value(values, PUBLIC_URL);
    if (botToken != null && !botToken.startsWith("xoxb-")) {
      throw new SettingsException(
          SLACK_BOT_TOKEN + ": a bot token starts with xoxb-; copy it from OAuth & Permissions");
    }
    if (transport == SlackSettings.Transport.SOCKET_MODE) {
      if (appToken == null || !appToken.startsWith("xapp-")) {
        throw new SettingsException(
            SLACK_APP_TOKEN
                + ": Socket Mode needs an app-level token starting with xapp-, with the"
                + " connections:write scope (Basic Information, App-Level Tokens)");
      }
      if (botToken == null) {
        throw new SettingsException(
            SLACK_BOT_TOKEN + ": Socket Mode serves one workspace; set its bot token (xoxb-...)");
      }
    } else {
      if (signingSecret == null) {
        throw new SettingsException(
            SLACK_SIGNING_SECRET
                + ": Slack over HTTP needs the app's signing secret (Basic Information), to check"
                + " that requests come from Slack");
      }
      if (botToken == null && (clientId == null || clientSecret == null || publicUrl == null)) {
        throw new SettingsException(
            "Slack needs either "
                + SLACK_BOT_TOKEN
                + " for one workspace, or "
                + SLACK_CLIENT_ID
                + ", "
                + SLACK_CLIENT_SECRET
                + " and "
                + PUBLIC_URL
                + " to be installed in many");
      }
      if (botToken == null && keys == null) {
        throw new SettingsException(
            SECRET_KEY
                + ": installed in many workspaces, Slack stores each one's bot token in the"
                + " database, encrypted with this key. Make one with `openssl rand -base64 32`,"
                + " and keep it apart from the data folder and its backups");
      }
    }
    return Optional.of(
        new SlackSettings(
            transport,
            signingSecret,
            botToken,
            appToken,
            clientId,
            clientSecret,
            publicUrl == null ? null : publicUrl.replaceAll("/+$", ""),
            value(values, SLACK_API_URL),
            keys));
  }

  /**
   * The keys that encrypt stored tokens, or null when none is set; checked whether or not Slack
   * runs, so a key pasted wrong is found before it is needed.
   */
  private static TokenKeys tokenKeys(Map<String, String> values) {
    byte[] current = key(values, SECRET_KEY);
    byte[] previous = key(values, SECRET_KEY_PREVIOUS);
    if (current == null && previous != null) {
      throw new SettingsException(
          SECRET_KEY_PREVIOUS
              + ": it holds the key being rotated away from; set the new key in "
              + SECRET_KEY
              + " too");
    }
    return current == null ? null : TokenKeys.of(current, previous);
  }

  private static byte[] key(Map<String, String> values, String name) {
    String value = value(values, name);
    if (value == null) {
      return null;
    }
    try {
      byte[] key = Base64.getDecoder().decode(value);
      if (key.length == TokenKeys.KEY_BYTES) {
        return key;
      }
    } catch (IllegalArgumentException e) {
      // Reported below; the value itself is a secret and is not repeated.
    }
    throw new SettingsException(
        name
            + ": this is not a key. A key is "
            + TokenKeys.KEY_BYTES
            + " random bytes in base64 (44 characters); please make one with"
            + " `openssl rand -base64 32`");
  }

  /** Discord runs when its bot token is set. */
  private static Optional<DiscordSettings> discord(Map<String, String> values) {
    String token = value(values, DISCORD_TOKEN);
    if (token == null) {
      return Optional.empty();
    }
    if (token.startsWith("Bot ") || token.split("\\.").length != 3) {
      throw new SettingsException(
          DISCORD_TOKEN
              + ": a bot token has three parts separated by dots, with no 'Bot ' before it; copy"
              + " it from the developer portal, Bot, Reset Token");
    }
    return Optional.of(
        new DiscordSettings(
            token,
            value(values, DISCORD_API_URL),
            value(values, DISCORD_GATEWAY_URL),
            number(values, DISCORD_SHARDS, 1, 1, 1000)));
  }

  private static String value(Map<String, String> values, String name) {
    String value = values.get(name);
    return value == null || value.isBlank() ? null : value.strip();
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
