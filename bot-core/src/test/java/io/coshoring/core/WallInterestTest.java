package io.coshoring.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.api.SignIns;
import io.coshoring.core.api.WallInterest;
import io.coshoring.core.api.WallQuery;
import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.language.Phrases;
import io.coshoring.matching.PostKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "I'm interested" on a card of the wall starts the double opt-in of the match messages, and the
 * wall's sessions outlive a restart and end with forget-me.
 */
class WallInterestTest {

  private static final String ALICE = "console:paris:alice";
  private static final String BOB = "console:telaviv:bob";
  private static final Phrases ENGLISH = Phrasebook.standard().in(Language.ENGLISH);

  @TempDir Path folder;
  private final RecordingAdapter port = new RecordingAdapter();

  @Test
  void interestFromTheWallEndsInAnIntroductionOnceTheAuthorSaysYes() {
    try (TestNetwork network = TestNetwork.start(folder, port)) {
      // GIVEN an offer and a demand the engine would not have proposed to each other
      network.member(ALICE).types("/offer I edit promo videos in Premiere Pro, FR/EN remote");
      network.member(BOB).types("/demand Need a translator English to French, 8k words remote");
      network.deliverAll();
      assertEquals(List.of(), port.inbox(ALICE));
      String card = cardOf(network, PostKind.OFFER);

      // WHEN Bob says he is interested in Alice's offer, from the wall
      WallInterest said =
          network.core.interestedFromWall(MemberRef.parse(BOB), card, null, ENGLISH);
      network.deliverAll();

      // THEN his only demand is used, and Alice is asked, with the buttons of a proposal
      assertTrue(text(said).contains("as soon as Alice says yes"), text(said));
      OutgoingMessage toAlice = only(port.inbox(ALICE));
      assertTrue(
          toAlice
              .text()
              .contains("**Bob** from console:telaviv found your offer on the network's wall"),
          toAlice.text());
      assertTrue(toAlice.text().contains("Need a translator"), toAlice.text());
      assertEquals(List.of(), port.inbox(BOB), "he answered already: no proposal for him");

      // WHEN Alice says yes from her DM, as to any proposal
      assertTrue(
          network.member(ALICE).clicks(toAlice.buttons().get(0)).contains("both interested"));
      network.deliverAll();

      // THEN both are introduced
      assertTrue(port.inbox(ALICE).get(1).text().contains("You and **Bob** are both interested"));
      assertTrue(only(port.inbox(BOB)).text().contains("You and **Alice** are both interested"));
      // And saying it again from the wall changes nothing
      assertTrue(
          text(network.core.interestedFromWall(MemberRef.parse(BOB), card, null, ENGLISH))
              .contains("already answered"));
    }
  }

  @Test
  void aMemberWithSeveralPostsOfTheOtherKindPicksOne() {
    try (TestNetwork network = TestNetwork.start(folder, port)) {
      network.member(ALICE).types("/offer I edit promo videos in Premiere Pro, FR/EN remote");
      network.member(BOB).types("/demand Need a translator English to French, 8k words remote");
      network.member(BOB).types("/demand Need a bookkeeper for our small studio, remote");
      String card = cardOf(network, PostKind.OFFER);

      WallInterest asked =
          network.core.interestedFromWall(MemberRef.parse(BOB), card, null, ENGLISH);

      List<WallInterest.OwnPost> his =
          assertInstanceOf(WallInterest.WhichPost.class, asked).posts();
      assertEquals(2, his.size(), his.toString());
      WallInterest.OwnPost picked =
          his.stream().filter(p -> p.text().contains("bookkeeper")).findFirst().orElseThrow();
      WallInterest said =
          network.core.interestedFromWall(MemberRef.parse(BOB), card, picked.id(), ENGLISH);
      network.deliverAll();

      assertTrue(text(said).contains("as soon as Alice says yes"), text(said));
      assertTrue(only(port.inbox(ALICE)).text().contains("bookkeeper"));
    }
  }

  @Test
  void withoutAPostToAnswerWithOrOnTheirOwnCardNothingIsProposed() {
    try (TestNetwork network = TestNetwork.start(folder, port)) {
      network.member(ALICE).types("/offer I edit promo videos in Premiere Pro, FR/EN remote");
      network.member(BOB).types("/offer Translations English to French, remote");
      String card =
          network.core.wall().cards(WallQuery.everything(), 10).stream()
              .filter(c -> c.text().contains("promo"))
              .findFirst()
              .orElseThrow()
              .id();

      assertTrue(
          text(network.core.interestedFromWall(MemberRef.parse(BOB), card, null, ENGLISH))
              .contains("post a demand of your own first"));
      assertEquals(
          "This is your own post.",
          text(network.core.interestedFromWall(MemberRef.parse(ALICE), card, null, ENGLISH)));
      network.deliverAll();
      assertEquals(List.of(), port.inbox(ALICE));
    }
  }

  @Test
  void sessionsOutliveARestartAndEndWithSigningOutOrForgetMe() {
    SignIns.Session kept;
    SignIns.Session closed;
    try (TestNetwork network = TestNetwork.start(folder, port)) {
      network.member(ALICE).types("/coshore profile");
      SignIns signIns = network.core.signIns();
      assertEquals(
          MemberRef.parse(ALICE), signIns.memberOf("console", "paris", "alice").orElseThrow());
      assertTrue(signIns.memberOf("console", "paris", "mallory").isEmpty());
      kept = signIns.open(MemberRef.parse(ALICE));
      closed = signIns.open(MemberRef.parse(ALICE));
      signIns.close(closed.token());
    }
    try (TestNetwork network = TestNetwork.start(folder, port)) {
      SignIns signIns = network.core.signIns();
      assertEquals(MemberRef.parse(ALICE), signIns.find(kept.token()).orElseThrow().member());
      assertEquals(kept.csrfToken(), signIns.find(kept.token()).orElseThrow().csrfToken());
      assertTrue(signIns.find(closed.token()).isEmpty());

      network.member(ALICE).types("/coshore forget-me");

      assertTrue(signIns.find(kept.token()).isEmpty());
    }
  }

  private static String cardOf(TestNetwork network, PostKind kind) {
    return network.core.wall().cards(WallQuery.everything(), 10).stream()
        .filter(card -> card.kind() == kind)
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static String text(WallInterest interest) {
    return assertInstanceOf(WallInterest.Answered.class, interest).text();
  }

  private static OutgoingMessage only(List<OutgoingMessage> messages) {
    assertEquals(1, messages.size(), messages.toString());
    return messages.get(0);
  }
}
