package io.coshoring.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.adapter.Button;
import io.coshoring.core.adapter.OutgoingMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchToIntroductionTest {

  private static final String ALICE = "console:paris:alice";
  private static final String BOB = "console:telaviv:bob";

  @TempDir Path folder;
  private final RecordingAdapter port = new RecordingAdapter();

  @Test
  void anOfferAndADemandInTwoSpacesEndInAnIntroduction() {
    try (TestNetwork network = TestNetwork.start(folder, port)) {
      // GIVEN Alice in Paris offers, and Bob in Tel Aviv asks
      network
          .member(ALICE)
          .types("/offer Développeuse React et TypeScript freelance, dispo 3 semaines");
      network.member(BOB).types("/demand Need a React + TypeScript dev for 3 weeks, remote");
      network.deliverAll();

      // THEN both get a match message with the reasons and the three buttons
      OutgoingMessage toAlice = only(port.inbox(ALICE));
      OutgoingMessage toBob = only(port.inbox(BOB));
      assertTrue(toBob.text().contains("shared skills: react, typescript"), toBob.text());
      assertTrue(toAlice.text().contains("Need a React + TypeScript dev"), toAlice.text());
      assertEquals(
          List.of("I'm interested", "Not for me", "Mute similar"),
          toBob.buttons().stream().map(Button::label).toList());

      // WHEN both say they are interested
      assertTrue(
          network
              .member(ALICE)
              .clicks(toAlice.buttons().get(0))
              .contains("as soon as Bob says yes"));
      assertTrue(network.member(BOB).clicks(toBob.buttons().get(0)).contains("both interested"));
      network.deliverAll();

      // THEN each gets an introduction to the other
      assertTrue(port.inbox(ALICE).get(1).text().contains("You and **Bob** are both interested"));
      assertTrue(port.inbox(BOB).get(1).text().contains("You and **Alice** are both interested"));
      assertEquals(2, port.inbox(ALICE).size());
    }
  }

  @Test
  void aCityAMemberWroteIsLiteralInTheOtherMembersReasons() {
    try (TestNetwork network = TestNetwork.start(folder, port)) {
      network
          .member(ALICE)
          .types("/offer React developer onsite city:\"*Lyon* [x](https://evil.example)\"");
      network
          .member(BOB)
          .types("/demand Need a React developer onsite city:\"*Lyon* [x](https://evil.example)\"");
      network.deliverAll();

      String toBob = only(port.inbox(BOB)).text();
      assertTrue(toBob.contains("on-site in \\*Lyon\\* \\[x\\](https://evil.example)"), toBob);
    }
  }

  @Test
  void aRestartBetweenStepsLosesNothingAndSendsNothingTwice() {
    OutgoingMessage toAlice;
    OutgoingMessage toBob;
    try (TestNetwork network = TestNetwork.start(folder, port)) {
      network.member(ALICE).types("/offer I edit promo videos, Premiere and After Effects, FR/EN");
    }
    try (TestNetwork network = TestNetwork.start(folder, port)) {
      // The offer was loaded back into the engine at start.
      network.member(BOB).types("/demand Need a video editor for a 60 s promo video");
    }
    try (TestNetwork network = TestNetwork.start(folder, port)) {
      // The match messages were queued before the restart and are delivered after it.
      network.deliverAll();
      toAlice = only(port.inbox(ALICE));
      toBob = only(port.inbox(BOB));
      network.member(ALICE).clicks(toAlice.buttons().get(0));
    }
    try (TestNetwork network = TestNetwork.start(folder, port)) {
      network.member(BOB).clicks(toBob.buttons().get(0));
      network.deliverAll();
    }
    try (TestNetwork network = TestNetwork.start(folder, port)) {
      network.deliverAll();
      assertEquals(2, port.inbox(ALICE).size(), port.inbox(ALICE).toString());
      assertEquals(2, port.inbox(BOB).size(), port.inbox(BOB).toString());
      assertTrue(port.inbox(BOB).get(1).text().contains("You and **Alice** are both interested"));
    }
  }

  @Test
  void deliveriesThatFailThenRecoverArriveExactlyOnce() {
    try (TestNetwork network = TestNetwork.start(folder, port)) {
      // The platform fails three times before sending, then twice after sending (a timeout that
      // hides a delivery), then recovers.
      port.failBeforeSending(3);
      network
          .member(ALICE)
          .types("/offer Photographe produit, shooting en studio à Paris either city:Paris");
      network.member(BOB).types("/demand Need a product photographer, remote retouching is fine");
      network.deliverAll();
      port.failAfterSending(2);
      network.member(ALICE).clicks(only(port.inbox(ALICE)).buttons().get(0));
      network.member(BOB).clicks(only(port.inbox(BOB)).buttons().get(0));
      network.deliverAll();

      assertEquals(2, port.inbox(ALICE).size(), port.inbox(ALICE).toString());
      assertEquals(2, port.inbox(BOB).size(), port.inbox(BOB).toString());
      assertEquals(
          List.of("SENT"),
          network.database.read(
              h -> h.createQuery("SELECT DISTINCT state FROM outbox").mapTo(String.class).list()));
    }
  }

  @Test
  void aDeclinedPairIsNeverOfferedAgain() {
    try (TestNetwork network = TestNetwork.start(folder, port)) {
      network.member(ALICE).types("/offer Comptable freelance : TVA, bilan, paie");
      network.member(BOB).types("/demand Need an accountant for VAT returns");
      network.deliverAll();
      assertTrue(
          network
              .member(BOB)
              .clicks(only(port.inbox(BOB)).buttons().get(1))
              .contains("won't be offered"));

      network.member(BOB).types("/demand Need an accountant for our annual accounts");
      network.deliverAll();

      // The new demand is a new pair with Alice's offer, so it is offered: only the declined pair
      // is not.
      assertEquals(2, port.inbox(BOB).size());
      assertTrue(
          network
              .member(BOB)
              .clicks(port.inbox(BOB).get(1).buttons().get(2))
              .contains("won't be offered"));
      network.member(BOB).types("/demand Need an accountant for payroll");
      network.deliverAll();
      assertEquals(2, port.inbox(BOB).size(), "muted: no more of Alice's posts");
    }
  }

  private static OutgoingMessage only(List<OutgoingMessage> inbox) {
    assertEquals(1, inbox.size(), inbox.toString());
    return inbox.get(0);
  }
}
