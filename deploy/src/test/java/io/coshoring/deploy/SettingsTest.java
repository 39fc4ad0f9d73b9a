package io.coshoring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.matching.ExchangeRates;
import io.coshoring.web.SignInSettings;
import io.coshoring.web.WallSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

  /** What {@code openssl rand -base64 32} prints. */
  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  @TempDir Path folder;

  @Test
  void defaultsNeedNoSettingAtAll() {
    Settings settings = Settings.load(Map.of(Settings.CONFIG, write("")));

    assertEquals(Path.of("data"), settings.dataFolder());
    assertEquals(5, settings.core().dailyMatchMessages());
    assertEquals(Duration.ofDays(30), settings.core().postLifetime());
  }

  @Test
  void theEnvironmentWinsOverTheFile() {
    String file = write("COSHORING_DAILY_MATCH_MESSAGES=3\nCOSHORING_POST_LIFETIME_DAYS=10\n");

    Settings settings =
        Settings.load(
            Map.of(
                Settings.CONFIG,
                file,
                Settings.DAILY_MATCH_MESSAGES,
                "7",
                Settings.DATA_DIR,
                "/tmp/x"));

    assertEquals(7, settings.core().dailyMatchMessages());
    assertEquals(Duration.ofDays(10), settings.core().postLifetime());
    assertEquals(Path.of("/tmp/x"), settings.dataFolder());
  }

  @Test
  void aMalformedNumberIsNamedWithItsRange() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                Settings.load(
                    Map.of(Settings.CONFIG, write(""), Settings.COMMANDS_PER_MINUTE, "lots")));

    assertTrue(
        e.getMessage()
            .startsWith(
                "COSHORING_COMMANDS_PER_MINUTE: 'lots' is not a whole number from 1 to 1000"),
        e.getMessage());
  }

  @Test
  void aMissingSettingsFileIsNamed() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () -> Settings.load(Map.of(Settings.CONFIG, "/nowhere/coshoring.properties")));

    assertTrue(
        e.getMessage().contains("/nowhere/coshoring.properties does not exist"), e.getMessage());
  }

  @Test
  void exchangeRatesAreTheShippedOnesUnlessAFileReplacesThem() throws IOException {
    assertEquals(
        ExchangeRates.standard(),
        Settings.load(Map.of(Settings.CONFIG, write(""))).exchangeRates());

    Path rates =
        Files.writeString(folder.resolve("ecb.txt"), "@date 2026-11-20\nUSD 1.05\nILS 3.9\n");
    Settings settings =
        Settings.load(
            Map.of(Settings.CONFIG, write(""), Settings.EXCHANGE_RATES, rates.toString()));

    assertEquals(LocalDate.of(2026, 11, 20), settings.exchangeRates().date());
  }

  @Test
  void aBadExchangeRatesFileIsRefusedNamingTheSettingAndTheLine() throws IOException {
    Path rates = Files.writeString(folder.resolve("ecb.txt"), "@date 2026-11-20\nUSD 1,05\n");

    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                Settings.load(
                    Map.of(Settings.CONFIG, write(""), Settings.EXCHANGE_RATES, rates.toString())));

    assertTrue(
        e.getMessage()
            .startsWith(
                "COSHORING_EXCHANGE_RATES: "
                    + rates
                    + ":2: 'USD 1,05' is not a currency and its units for 1 EUR"),
        e.getMessage());
  }

  @Test
  void aMissingExchangeRatesFileIsNamed() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                Settings.load(
                    Map.of(
                        Settings.CONFIG,
                        write(""),
                        Settings.EXCHANGE_RATES,
                        "/nowhere/rates.txt")));

    assertEquals(
        "COSHORING_EXCHANGE_RATES: the file /nowhere/rates.txt does not exist", e.getMessage());
  }

  @Test
  void withoutSlackSettingsTheConsoleRuns() {
    assertTrue(Settings.load(Map.of(Settings.CONFIG, write(""))).slack().isEmpty());
  }

  @Test
  void oneWorkspaceOverHttpNeedsItsSigningSecret() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                Settings.load(
                    Map.of(Settings.CONFIG, write(""), Settings.SLACK_BOT_TOKEN, "xoxb-1-2")));
    assertTrue(e.getMessage().startsWith("SLACK_SIGNING_SECRET: "), e.getMessage());

    Settings settings =
        Settings.load(
            Map.of(
                Settings.CONFIG,
                write(""),
                Settings.SLACK_BOT_TOKEN,
                "xoxb-1-2",
                Settings.SLACK_SIGNING_SECRET,
                "s3cret"));
    assertTrue(settings.slack().orElseThrow().singleWorkspace());
    assertEquals(3000, settings.http().port());
  }

  @Test
  void theWallIsPublicUnlessItIsForMembers() {
    assertEquals(
        WallSettings.Access.PUBLIC,
        Settings.load(Map.of(Settings.CONFIG, write(""))).wall().access());
    assertEquals(
        WallSettings.Access.MEMBERS,
        Settings.load(Map.of(Settings.CONFIG, write(""), Settings.WALL, "Members"))
            .wall()
            .access());
    SettingsException neither =
        assertThrows(
            SettingsException.class,
            () -> Settings.load(Map.of(Settings.CONFIG, write(""), Settings.WALL, "private")));
    assertEquals("COSHORING_WALL: 'private' is not one of public or members", neither.getMessage());
  }

  @Test
  void signingInToTheWallNeedsBothHalvesOfAClientAndThePublicAddress() {
    assertEquals(
        SignInSettings.NONE,
        Settings.load(Map.of(Settings.CONFIG, write(""))).wall().signIn(),
        "without a client the wall stays read-only");
    SettingsException half =
        assertThrows(
            SettingsException.class,
            () ->
                Settings.load(
                    Map.of(Settings.CONFIG, write(""), Settings.DISCORD_CLIENT_ID, "123")));
    assertTrue(half.getMessage().startsWith("DISCORD_CLIENT_SECRET: "), half.getMessage());
    SettingsException nowhere =
        assertThrows(
            SettingsException.class,
            () ->
                Settings.load(
                    Map.of(
                        Settings.CONFIG,
                        write(""),
                        Settings.DISCORD_CLIENT_ID,
                        "123",
                        Settings.DISCORD_CLIENT_SECRET,
                        "s3cret")));
    assertTrue(nowhere.getMessage().startsWith("COSHORING_PUBLIC_URL: "), nowhere.getMessage());

    Settings settings =
        Settings.load(
            Map.of(
                Settings.CONFIG,
                write(""),
                Settings.DISCORD_CLIENT_ID,
                "123",
                Settings.DISCORD_CLIENT_SECRET,
                "s3cret",
                Settings.PUBLIC_URL,
                "https://wall.example.org/"));
    assertEquals("https://wall.example.org", settings.wall().signIn().publicUrl());
    assertEquals("https://discord.com", settings.wall().signIn().discord().baseUrl());
    assertFalse(settings.wall().signIn().discord().toString().contains("s3cret"));
  }

  @Test
  void aTokenOfTheWrongKindIsNamed() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                Settings.load(
                    Map.of(
                        Settings.CONFIG,
                        write(""),
                        Settings.SLACK_BOT_TOKEN,
                        "xapp-1-2",
                        Settings.SLACK_SIGNING_SECRET,
                        "s3cret")));
    assertTrue(e.getMessage().contains("starts with xoxb-"), e.getMessage());
  }

  @Test
  void socketModeNeedsAnAppToken() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                Settings.load(
                    Map.of(
                        Settings.CONFIG,
                        write(""),
                        Settings.SLACK_TRANSPORT,
                        "socket",
                        Settings.SLACK_BOT_TOKEN,
                        "xoxb-1-2")));
    assertTrue(e.getMessage().startsWith("SLACK_APP_TOKEN: "), e.getMessage());
  }

  @Test
  void manyWorkspacesNeedTheClientAndThePublicUrl() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                Settings.load(
                    Map.of(
                        Settings.CONFIG,
                        write(""),
                        Settings.SLACK_CLIENT_ID,
                        "123.456",
                        Settings.SLACK_SIGNING_SECRET,
                        "s3cret")));
    assertTrue(e.getMessage().contains("COSHORING_PUBLIC_URL"), e.getMessage());
  }

  @Test
  void manyWorkspacesNeedASecretKeyForTheTokensTheyStore() {
    Map<String, String> oauth =
        Map.of(
            Settings.CONFIG,
            write(""),
            Settings.SLACK_CLIENT_ID,
            "123.456",
            Settings.SLACK_CLIENT_SECRET,
            "client-s3cret",
            Settings.SLACK_SIGNING_SECRET,
            "s3cret",
            Settings.PUBLIC_URL,
            "https://coshoring.example");
    SettingsException e = assertThrows(SettingsException.class, () -> Settings.load(oauth));
    assertTrue(e.getMessage().startsWith("COSHORING_SECRET_KEY: "), e.getMessage());
    assertTrue(e.getMessage().contains("openssl rand -base64 32"), e.getMessage());

    Map<String, String> withKey = new HashMap<>(oauth);
    withKey.put(Settings.SECRET_KEY, KEY);
    assertNotNull(Settings.load(withKey).slack().orElseThrow().tokenKeys());
  }

  @Test
  void aMalformedSecretKeyIsNamedWithoutRepeatingIt() {
    String tooShort = Base64.getEncoder().encodeToString(new byte[16]);
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                Settings.load(
                    Map.of(
                        Settings.CONFIG,
                        write(""),
                        Settings.SECRET_KEY,
                        KEY,
                        Settings.SECRET_KEY_PREVIOUS,
                        tooShort)));
    assertTrue(e.getMessage().startsWith("COSHORING_SECRET_KEY_PREVIOUS: "), e.getMessage());
    assertTrue(e.getMessage().contains("openssl rand -base64 32"), e.getMessage());
    assertFalse(e.getMessage().contains(tooShort), "a secret in the message");
  }

  @Test
  void aPreviousKeyNeedsTheNewOne() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                Settings.load(
                    Map.of(Settings.CONFIG, write(""), Settings.SECRET_KEY_PREVIOUS, KEY)));
    assertTrue(e.getMessage().startsWith("COSHORING_SECRET_KEY_PREVIOUS: "), e.getMessage());
  }

  @Test
  void discordRunsWithItsBotToken() {
    Settings settings =
        Settings.load(
            Map.of(
                Settings.CONFIG,
                write(""),
                Settings.DISCORD_TOKEN,
                "MTA.Gx1y.abc",
                Settings.DISCORD_SHARDS,
                "2"));
    assertEquals(2, settings.discord().orElseThrow().shards());
    assertTrue(settings.slack().isEmpty());
  }

  @Test
  void aDiscordTokenPastedWithBotBeforeItIsNamed() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                Settings.load(
                    Map.of(
                        Settings.CONFIG, write(""), Settings.DISCORD_TOKEN, "Bot MTA.Gx1y.abc")));
    assertTrue(e.getMessage().startsWith("DISCORD_TOKEN: "), e.getMessage());
  }

  private String write(String content) {
    try {
      Path file = folder.resolve("coshoring.properties");
      Files.writeString(file, content);
      return file.toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
