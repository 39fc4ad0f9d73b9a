package io.coshoring.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandErrorsTest {

  @TempDir Path folder;
  private TestNetwork network;

  @BeforeEach
  void start() {
    network = TestNetwork.start(folder, new RecordingAdapter());
  }

  @AfterEach
  void stop() {
    network.close();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/offer | please describe what you offer | Usage: `/offer <what you offer>",
        "/offer \u200B\u2060\u202E | please describe what you offer | Usage: `/offer",
        "/offer videos rate:sixty | rate: 'sixty' is not a price | Usage: `/offer",
        "/offer videos rate:*bold* | rate: '\\*bold\\*' is not a price | Usage: `/offer",
        "/coshore profile hours:_9-18_ | hours: '\\_9-18\\_' is not a time range | Usage",
        "/coshore profile lang:`fr` | lang: '\\`fr\\`' is not a two-letter ISO 639-1 code | Usage",
        "/demand a dev onsite | city: on-site work needs a city | Usage: `/demand",
        "/coshore profile tz:Mars/Base | tz: 'Mars/Base' is not a known timezone | Usage: `/coshore profile",
        "/coshore profile lang:french | lang: 'french' is not a two-letter ISO 639-1 code | Usage",
        "/coshore profile notify:sometimes | notify: 'sometimes' is not one of instant, daily or off | Usage",
        "/coshore profile hours:9-9 | hours: start and end are the same | Usage",
        "/coshore close | please give one post id | Usage: `/coshore close",
        "/coshore close p123456 | you have no open post 'p123456' | Usage",
        "/coshore close [x](https://evil.example) | you have no open post '\\[x\\](https://evil.example)' | Usage",
        "/coshore search | please say what to look for | Usage",
        "/coshore fly | I don't know 'fly' after `/coshore` | /coshore help",
        "/coshore fl`y | I don't know 'fl\\`y' after `/coshore` | /coshore help",
        "/coshore | Try `/coshore help` | help",
        "/hello | I don't know the command '/hello' | /coshore help"
      })
  void everyMistakeGetsAPoliteErrorAndTheUsage(String line, String problem, String hint) {
    String reply = network.member("console:paris:alice").types(line);

    assertTrue(reply.contains(problem), reply);
    assertTrue(reply.contains(hint), reply);
  }

  @Test
  void helpShowsWhatToWriteInTheMembersLanguage() {
    TestNetwork.TestMember alice = network.member("console:paris:alice");
    alice.types("/coshore profile lang:fr");

    String help = alice.types("/coshore help");

    assertTrue(help.contains("`/offer <ce que vous proposez> [rate:60EUR/hour]"), help);
    assertTrue(help.contains("`/coshore close <id de l’annonce>`"), help);
    assertFalse(help.matches("(?s).*<(what|words|post id|name|code)\\b.*"), help);
  }

  @Test
  void onlyAnAdminCanSetUpTheSpace() {
    String reply =
        network.member("console:paris:alice").types("/coshore setup city:Paris tz:Europe/Paris");

    assertTrue(reply.contains("only an admin of this space can set it up"), reply);
  }

  @Test
  void aMemberWhoSpamsIsToldToWait() {
    TestNetwork.TestMember alice = network.member("console:paris:alice");
    String last = "";
    for (int i = 0; i <= 100; i++) {
      last = alice.types("/coshore help");
    }

    assertTrue(last.contains("Please wait a minute and try again"), last);
  }
}
