package io.coshoring.deploy;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.storage.Database;
import io.coshoring.slack.testing.FakeSlack;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deployment refuses to start when the Slack tokens it stores have no key, and says which. */
class SecretKeyStartTest {

  @TempDir Path folder;

  @Test
  void installsLeftFromOAuthNeedTheKeyEvenForOneWorkspace() throws IOException {
    // GIVEN a data folder that served workspaces through OAuth, its tokens in plain text
    try (Database database = Database.sqlite(folder)) {
      database
          .migrateModule("slack")
          .write(
              handle ->
                  handle.execute(
                      "INSERT INTO slack_installations (team_id, bot_token, installed_at, active)"
                          + " VALUES ('T1', 'xoxb-paris', 0, TRUE)"));
    }
    try (FakeSlack slack = FakeSlack.start()) {
      slack.addWorkspace("T1", "xoxb-paris");
      Settings settings =
          Settings.load(
              Map.of(
                  Settings.SLACK_BOT_TOKEN,
                  "xoxb-paris",
                  Settings.SLACK_SIGNING_SECRET,
                  "s3cret",
                  Settings.SLACK_API_URL,
                  slack.apiUrl(),
                  Settings.HTTP_HOST,
                  "127.0.0.1",
                  Settings.HTTP_PORT,
                  String.valueOf(freePort()),
                  Settings.DATA_DIR,
                  folder.toString()));

      // WHEN it starts on one workspace with no key
      PlatformServer.StartFailure refused =
          assertThrows(
              PlatformServer.StartFailure.class, () -> PlatformServer.start(settings, folder));

      // THEN it says why and which setting to check
      assertTrue(
          refused
              .getMessage()
              .startsWith("Slack could not start: the database holds the bot tokens"),
          refused.getMessage());
      assertTrue(
          refused
              .getMessage()
              .endsWith(
                  "Check COSHORING_SECRET_KEY, and COSHORING_SECRET_KEY_PREVIOUS"
                      + " while moving to a new key (README, Tokens at rest)."),
          refused.getMessage());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
