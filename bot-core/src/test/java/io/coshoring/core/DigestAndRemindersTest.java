package io.coshoring.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.adapter.Button;
import io.coshoring.core.adapter.OutgoingMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestAndRemindersTest {

  private static final String ALICE = "console:paris:alice";
  private static final String DAVE = "console:paris:dave";
  private static final String BOB = "console:telaviv:bob";

  @TempDir Path folder;
  private final RecordingAdapter port = new RecordingAdapter();
  // Tuesday 10:00 in London, 11:00 in Paris.
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));

  @Test
  void overTheDailyCapMatchesWaitForTomorrowsDigest() {
    try (TestNetwork network = new TestNetwork(folder, port, TestNetwork.settings(1), clock)) {
      // GIVEN two React offers, and Bob who may get one match message a day
      network.member(ALICE).types("/offer Senior React and TypeScript developer, remote");
      network.member(DAVE).types("/offer React developer, freelance");
      network.member(BOB).types("/coshore profile tz:Europe/Paris");

      // WHEN Bob asks for a React developer
      network.member(BOB).types("/demand Need a React + TypeScript developer, remote");
      network.deliverAll();
      network.core.runHousekeeping();
      network.deliverAll();

      // THEN he gets one message today, the best match
      assertEquals(1, port.inbox(BOB).size());
      assertTrue(port.inbox(BOB).get(0).text().contains("Alice"), port.inbox(BOB).get(0).text());

      // AND the next morning at 09:00 in Paris, a digest with the other
      clock.advance(Duration.ofHours(21).plusMinutes(30));
      network.core.runHousekeeping();
      network.deliverAll();
      clock.advance(Duration.ofMinutes(30));
      network.core.runHousekeeping();
      network.core.runHousekeeping();
      network.deliverAll();
      List<OutgoingMessage> inbox = port.inbox(BOB);
      assertEquals(2, inbox.size(), inbox.toString());
      assertTrue(
          inbox.get(1).text().startsWith("**Your matches of the day**"), inbox.get(1).text());
      assertTrue(inbox.get(1).text().contains("Dave"), inbox.get(1).text());
      assertEquals("I'm interested #1", inbox.get(1).buttons().get(0).label());
    }
  }

  @Test
  void daysBeforeAPostExpiresItsAuthorIsAskedWhetherItIsStillOpen() {
    try (TestNetwork network = new TestNetwork(folder, port, TestNetwork.settings(5), clock)) {
      network.member(ALICE).types("/offer Illustratrice, illustrations pour le web");

      clock.advance(Duration.ofDays(27).plusHours(12));
      network.core.runHousekeeping();
      network.deliverAll();
      network.core.runHousekeeping();
      network.deliverAll();

      OutgoingMessage reminder = port.inbox(ALICE).get(0);
      assertEquals(1, port.inbox(ALICE).size());
      assertTrue(reminder.text().contains("Is it still open?"), reminder.text());
      Button stillOpen = reminder.buttons().get(0);
      assertEquals("Still open", stillOpen.label());
      assertTrue(network.member(ALICE).clicks(stillOpen).contains("stays open"));

      // Renewed: not expired when the old date passes, and searchable still.
      clock.advance(Duration.ofDays(5));
      assertTrue(
          network.member(BOB).types("/coshore search illustrations").contains("Illustratrice"));
    }
  }
}
