package io.coshoring.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.api.ButtonClick;
import io.coshoring.core.api.Request;
import io.coshoring.core.match.Answer;
import io.coshoring.core.match.MatchLabel;
import io.coshoring.core.match.MatchLabelStore;
import io.coshoring.matching.Overlap;
import io.coshoring.matching.Post;
import io.coshoring.matching.PostKind;
import io.coshoring.matching.WorkMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every answer to a match is kept once, with both posts as the engine saw them. */
class MatchLabelsTest {

  private static final String ALICE = "console:paris:alice";
  private static final String BOB = "console:telaviv:bob";

  @TempDir Path folder;
  private final RecordingAdapter port = new RecordingAdapter();

  @Test
  void eachSidesAnswerIsKeptWithBothPosts() {
    try (TestNetwork network = TestNetwork.start(folder, port)) {
      // GIVEN Alice of Paris offers and Bob of Tel Aviv asks, and both are proposed the pair
      network.member(ALICE).types("/coshore profile tz:Europe/Paris lang:fr,en hours:10-19");
      network
          .member(ALICE)
          .types("/offer Développeuse React et TypeScript freelance rate:500EUR/day overlap:live");
      network
          .member(BOB)
          .types("/demand Need a React + TypeScript dev for 3 weeks, remote budget:6000USD");
      network.deliverAll();

      // WHEN Alice says she is interested and Bob that it is not for him
      network.member(ALICE).clicks(only(port.inbox(ALICE)).buttons().get(0));
      network.member(BOB).clicks(only(port.inbox(BOB)).buttons().get(1));

      // THEN two labels are kept, oldest answer first, each with both posts
      List<MatchLabel> labels = labels(network);
      assertEquals(2, labels.size(), labels.toString());
      MatchLabel alices = labels.get(0);
      MatchLabel bobs = labels.get(1);
      assertEquals(PostKind.OFFER, alices.answeredBy());
      assertEquals(Answer.INTERESTED, alices.answer());
      assertEquals(PostKind.DEMAND, bobs.answeredBy());
      assertEquals(Answer.NOT_FOR_ME, bobs.answer());
      assertEquals(alices.matchId(), bobs.matchId());
      assertFalse(alices.answeredAt().isBefore(alices.proposedAt()));

      Post offer = bobs.offer();
      assertEquals(PostKind.OFFER, offer.kind());
      assertEquals(ALICE, offer.author());
      assertEquals("Développeuse React et TypeScript freelance", offer.text());
      assertEquals(ZoneId.of("Europe/Paris"), offer.zone());
      assertEquals("10:00-19:00", offer.hours().toString());
      assertEquals(Set.of("fr", "en"), offer.languages());
      assertEquals("500 EUR/day", offer.price().toString());
      assertEquals(Overlap.LIVE, offer.overlap());
      Post demand = alices.demand();
      assertEquals(PostKind.DEMAND, demand.kind());
      assertEquals(BOB, demand.author());
      assertEquals("Need a React + TypeScript dev for 3 weeks, remote", demand.text());
      assertEquals(WorkMode.REMOTE, demand.workMode());
      assertEquals("6000 USD/project", demand.price().toString());
      assertEquals(alices.demand(), bobs.demand());
      assertEquals(alices.offer(), bobs.offer());
    }
  }

  @Test
  void aClickSentAgainOrAnotherButtonOfTheSameMessageAddsNoLabel() {
    OutgoingMessage toBob;
    try (TestNetwork network = TestNetwork.start(folder, port)) {
      network.member(ALICE).types("/offer I edit promo videos, Premiere and After Effects, FR/EN");
      network.member(BOB).types("/demand Need a video editor for a 60 s promo video");
      network.deliverAll();
      toBob = only(port.inbox(BOB));
    }
    // Started, so that its inbox takes the platform's requests.
    try (TestNetwork network = TestNetwork.restarted(folder, port)) {
      network.core.start();

      // WHEN the platform delivers Bob's click twice, and he then clicks again, another button
      Request click =
          Request.click(
              "click-1",
              new ButtonClick(MemberRef.parse(BOB), toBob.buttons().get(0).actionId(), null),
              "reply:click-1");
      assertTrue(network.core.receive(click));
      assertFalse(network.core.receive(click), "the platform's resend");
      assertTrue(
          port.awaitReplies("reply:click-1", Duration.ofSeconds(15))
              .get(0)
              .text()
              .contains("you're interested"));
      assertTrue(
          network
              .member(BOB)
              .clicks(toBob.buttons().get(2))
              .contains("You already answered this match: interested"));

      // THEN his first answer is the one label kept
      List<MatchLabel> labels = labels(network);
      assertEquals(1, labels.size(), labels.toString());
      assertEquals(Answer.INTERESTED, labels.get(0).answer());
    }
  }

  private static List<MatchLabel> labels(TestNetwork network) {
    return new MatchLabelStore(network.database).all();
  }

  private static OutgoingMessage only(List<OutgoingMessage> inbox) {
    assertEquals(1, inbox.size(), inbox.toString());
    return inbox.get(0);
  }
}
