package io.coshoring.core;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every example the bot shows members, typed exactly as shown, is taken: from the usage lines and
 * errors of the commands, the Slack manifest's usage hints (deploy/slack/manifest.yml), and the
 * Discord options' descriptions (as the Discord adapter turns them into a command line).
 */
class UsageExamplesTest {

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
  @ValueSource(
      strings = {
        // PostRequest's errors and usage lines.
        "/offer I edit promo videos, FR/EN",
        "/demand need a React dev, 3 weeks, remote",
        "/offer I edit promo videos rate:60EUR/hour remote city:Paris until:2026-12-31"
            + " visibility:network",
        "/demand need a React dev budget:3000EUR either city:Paris visibility:space",
        // The Slack manifest's usage hints.
        "/offer I edit promo videos, FR/EN rate:60EUR/hour remote",
        "/demand need a React dev, 3 weeks, remote budget:3000EUR",
        "/coshore help",
        "/coshore mine",
        "/coshore profile tz:Europe/Paris hours:9-18",
        // SearchCommand's usage.
        "/coshore search react remote",
        // The Discord options' examples, as a command line: a value with spaces is quoted.
        "/offer I edit promo videos, FR/EN rate:\"60 EUR/hour\" until:2026-12-31",
        "/demand need a React dev budget:\"3000 EUR\"",
        "/coshore profile tz:Europe/Paris hours:9-18 lang:fr,en",
        // As members write a rate after reading "60 EUR/hour": with a space, unquoted.
        "/offer I edit promo videos rate:60 EUR/hour",
        "/demand need a React dev budget:3000 EUR",
        // Price's error examples, and the README's.
        "/offer I edit promo videos rate:2000 EUR/week",
        "/offer I edit promo videos rate:450€/day",
        "/offer I edit promo videos rate:2000EUR/week",
        "/demand need a React dev budget:3000EUR/fixed"
      })
  void anExampleTypedAsShownIsTaken(String example) {
    String reply = network.member("console:paris:alice").types(example);

    assertFalse(reply.contains("Usage"), () -> example + " was refused: " + reply);
    assertFalse(reply.toLowerCase(java.util.Locale.ROOT).contains("please"), reply);
  }
}
