package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.coshoring.slack.testing.FakeSlack;
import io.coshoring.slack.testing.SlackRequests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The bot tokens OAuth installs store are encrypted, so a copied data folder leaks none; the app
 * refuses to start with keys that do not fit them, moves them to a new key, and encrypts those
 * stored before encryption existed.
 */
class SlackTokensAtRestTest {

  private static final TokenKeys OLD = SlackTestApp.KEYS;
  private static final TokenKeys NEW = TokenKeys.of(filled(7), null);
  private static final TokenKeys NEW_AFTER_OLD = TokenKeys.of(filled(7), filled(0));

  @TempDir Path folder;

  private final ListAppender<ILoggingEvent> storeLogs = new ListAppender<>();
  private FakeSlack slack;
  private SlackTestApp app;

  @BeforeEach
  void installParisAndTelAviv() {
    storeLogs.start();
    storeLogger().addAppender(storeLogs);
    slack = FakeSlack.start();
    OAuthInstalls.parisAndTelAviv(slack, false);
    app = SlackTestApp.withOAuth(folder, slack.apiUrl(), OLD);
    OAuthInstalls.installBoth(
        new SlackRequests(app.eventsUrl(), SlackTestApp.SIGNING_SECRET), slack);
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
    slack.close();
    storeLogger().detachAppender(storeLogs);
  }

  @Test
  void noStoredTokenCanBeReadFromTheDataFolder() throws IOException {
    assertEquals("xoxb-paris", store(OLD).findBot(null, "T1").getBotAccessToken());
    assertTrue(stored("T1").startsWith("v1:"), "encrypted, with its format and key id");

    stopApp();

    String files = databaseFiles();
    assertFalse(files.contains("xoxb-paris") || files.contains("xoxb-telaviv"), "a token leaked");
  }

  @Test
  void oauthWithoutAKeyRefusesToStart() {
    stopApp();

    RuntimeException refused =
        assertThrows(
            RuntimeException.class, () -> SlackTestApp.withOAuth(folder, slack.apiUrl(), null));

    assertTrue(refused.getCause() instanceof TokenKeyException, refused.toString());
    assertTrue(
        refused.getMessage().contains("there is no secret key to encrypt them"),
        refused.getMessage());
  }

  @Test
  void storedInstallsNeedAKeyEvenToServeOneWorkspace() {
    stopApp();

    RuntimeException refused =
        assertThrows(
            RuntimeException.class,
            () -> SlackTestApp.withBotToken(folder, slack.apiUrl(), "xoxb-paris"));

    assertTrue(
        refused.getMessage().contains("the bot tokens of 2 Slack workspace(s)"),
        refused.getMessage());
  }

  @Test
  void aWrongKeyRefusesToStartNamingTheWorkspace() {
    stopApp();

    RuntimeException refused =
        assertThrows(
            RuntimeException.class, () -> SlackTestApp.withOAuth(folder, slack.apiUrl(), NEW));

    assertTrue(refused.getCause() instanceof TokenKeyException, refused.toString());
    assertTrue(
        refused
            .getMessage()
            .contains("workspace T1 cannot be read: it was encrypted with another key"),
        refused.getMessage());
  }

  @Test
  void rotationReadsTheOldKeyAndEncryptsAgainWithTheNew() {
    restartWith(NEW_AFTER_OLD);
    assertTrue(stored("T1").startsWith("v1:" + NEW.current().id() + ":"), stored("T1"));
    assertTrue(stored("T2").startsWith("v1:" + NEW.current().id() + ":"), stored("T2"));

    restartWith(NEW);

    assertEquals("xoxb-paris", store(NEW).findBot(null, "T1").getBotAccessToken());
    assertEquals("xoxb-telaviv", store(NEW).findInstaller(null, "T2", "U2").getBotAccessToken());
  }

  @Test
  void aChangedOrMovedTokenIsReportedAndItsWorkspaceNotServed() {
    String paris = stored("T1");
    int middle = paris.length() / 2;
    char changed = paris.charAt(middle) == 'A' ? 'B' : 'A';
    overwrite("T1", paris.substring(0, middle) + changed + paris.substring(middle + 1));
    overwrite("T2", paris);

    assertNull(store(OLD).findBot(null, "T1"));
    assertNull(store(OLD).findBot(null, "T2"));

    List<String> errors =
        storeLogs.list.stream()
            .filter(event -> event.getLevel() == Level.ERROR)
            .map(ILoggingEvent::getFormattedMessage)
            .toList();
    assertEquals(2, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("Slack workspace T1 is not served"), errors.get(0));
    assertTrue(errors.get(0).contains("fails its integrity check"), errors.get(0));
    assertTrue(errors.get(1).startsWith("Slack workspace T2 is not served"), errors.get(1));
    assertTrue(errors.get(1).contains("copied from another workspace's row"), errors.get(1));
    assertTrue(
        storeLogs.list.stream().allMatch(event -> event.getThrowableProxy() == null),
        "said plainly, without a stack trace");
  }

  @Test
  void aPlainTokenStoredBeforeEncryptionIsEncryptedAtStart() throws IOException {
    // As every install was stored before this version.
    String plain = "xoxb-1234567890-1234567890123-" + "AbCdEfGhIjKlMnOpQrStUvWx";
    overwrite("T1", plain);
    stopApp();
    assertTrue(databaseFiles().contains(plain), "the test starts from a plain token");

    restartWith(OLD);

    assertTrue(stored("T1").startsWith("v1:"), "encrypted at start");
    assertEquals(plain, store(OLD).findBot(null, "T1").getBotAccessToken());
    stopApp();
    assertFalse(databaseFiles().contains(plain), "no copy is left in free space");
  }

  private void restartWith(TokenKeys keys) {
    if (app != null) {
      stopApp();
    }
    app = SlackTestApp.withOAuth(folder, slack.apiUrl(), keys);
  }

  private void stopApp() {
    app.close();
    app = null;
  }

  /** The store as the adapter reads it, on the same database, with these keys. */
  private SlackInstallationStore store(TokenKeys keys) {
    return new SlackInstallationStore(
        app.database.migrateModule("slack"), Clock.systemUTC(), new TokenCipher(keys));
  }

  private String stored(String team) {
    return app.database.read(
        handle ->
            handle
                .createQuery("SELECT bot_token FROM slack_installations WHERE team_id = :team")
                .bind("team", team)
                .mapTo(String.class)
                .one());
  }

  private void overwrite(String team, String value) {
    app.database.write(
        handle ->
            handle
                .createUpdate(
                    "UPDATE slack_installations SET bot_token = :value WHERE team_id = :team")
                .bind("value", value)
                .bind("team", team)
                .execute());
  }

  /** Every byte of the database and its journals, as someone copying the folder gets them. */
  private String databaseFiles() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("coshoring.db")).toList()) {
        all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    assertTrue(all.length() > 0, "the database is in " + folder);
    return all.toString();
  }

  private static Logger storeLogger() {
    return (Logger) LoggerFactory.getLogger(SlackInstallationStore.class);
  }

  private static byte[] filled(int value) {
    byte[] key = new byte[TokenKeys.KEY_BYTES];
    Arrays.fill(key, (byte) value);
    return key;
  }
}
