package io.coshoring.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.adapter.Button;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.api.Activity.Week;
import io.coshoring.core.match.EvaluationFile;
import io.coshoring.core.match.LabelExport;
import io.coshoring.core.match.MatchLabelStore;
import io.coshoring.core.match.MatchStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Did you work together?": a week after Alice and Bob are introduced, each is asked once, whatever
 * the rounds and restarts; their answers count on the activity and in the labels.
 */
class DidItWorkTest {

  private static final String ALICE = "console:paris:alice";
  private static final String BOB = "console:tlv:bob";

  @TempDir Path folder;
  private final RecordingAdapter port = new RecordingAdapter();

  /** A Wednesday: its week began on Monday 3 March. */
  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-05T10:00:00Z"));

  private TestNetwork network;

  @BeforeEach
  void aliceAndBobAreIntroduced() {
    network = start();
    network.member(ALICE).types("/offer Développeuse *React* et TypeScript, dispo 3 semaines");
    network.member(BOB).types("/demand Need a React + TypeScript dev for 3 weeks, remote");
    network.deliverAll();
    network.member(ALICE).clicks(port.inbox(ALICE).get(0).buttons().get(0));
    network.member(BOB).clicks(port.inbox(BOB).get(0).buttons().get(0));
    network.deliverAll();
  }

  @AfterEach
  void stop() {
    network.close();
  }

  @Test
  void aWeekLaterEachIsAskedOnceWhateverTheRoundsAndRestarts() {
    // GIVEN a day short of a week: nobody is asked yet
    clock.advance(Duration.ofDays(6));
    keepHouse();
    assertEquals(List.of(), questions(ALICE));

    // WHEN the week has passed, over several rounds and a restart
    clock.advance(Duration.ofDays(1));
    keepHouse();
    keepHouse();
    network.close();
    network = start();
    keepHouse();

    // THEN each got one question, naming the other and their post as text
    OutgoingMessage alice = only(questions(ALICE));
    OutgoingMessage bob = only(questions(BOB));
    assertTrue(alice.text().startsWith("A week ago you were introduced to **Bob**"), alice.text());
    assertTrue(alice.text().contains("their demand:\n> Need a React + TypeScript dev"));
    assertTrue(bob.text().contains("their offer:\n> Développeuse \\*React\\* et"), bob.text());
    assertEquals(
        List.of("Yes", "Not yet", "No"), bob.buttons().stream().map(Button::label).toList());
  }

  @Test
  void aYesConfirmsTheCollaborationForTheActivityAndTheLabels() {
    clock.advance(Duration.ofDays(7));
    keepHouse();

    // WHEN Alice says yes, twice, then no
    String yes = network.member(ALICE).clicks(yes(ALICE));
    String again = network.member(ALICE).clicks(yes(ALICE));
    String changed = network.member(ALICE).clicks(only(questions(ALICE)).buttons().get(2));

    // THEN her yes stands
    assertTrue(yes.startsWith("Wonderful! Your work with Bob now counts"), yes);
    assertEquals("You already told us you worked with Bob. Thanks!", again);
    assertEquals(again, changed);

    // AND the week of her yes, that of 10 March, counts one collaboration, as do the stats
    clock.advance(Duration.ofDays(14));
    assertEquals(
        List.of(0, 1, 0, 0),
        network.core.activity().network(4).weeks().stream().map(Week::collaborations).toList());
    String stats = network.member(BOB).types("/coshore stats");
    assertTrue(
        stats.contains(
            "In all: 2 posts, 1 match, 1 introduction, 0 project rooms, 1 collaboration"),
        stats);

    // AND the labels name the pair as one that worked together, relevant first
    EvaluationFile labels = labels();
    assertEquals(List.of(labels.offers().get(0).id()), labels.demands().get(0).collaborated());
  }

  @Test
  void notYetIsAskedAgainOnceAndNoIsNoCollaboration() {
    clock.advance(Duration.ofDays(7));
    keepHouse();

    // WHEN Bob says not yet, twice, and Alice no
    String notYet = network.member(BOB).clicks(only(questions(BOB)).buttons().get(1));
    assertEquals(notYet, network.member(BOB).clicks(only(questions(BOB)).buttons().get(1)));
    String no = network.member(ALICE).clicks(only(questions(ALICE)).buttons().get(2));

    // THEN Bob is told he will be asked once more, Alice that it counts nothing against Bob
    assertEquals("Noted. We will ask you about Alice once more in a week, and only once.", notYet);
    assertTrue(no.startsWith("Thanks for telling us."), no);

    // AND a week later Bob alone is asked again, a last time
    clock.advance(Duration.ofDays(7));
    keepHouse();
    keepHouse();
    assertEquals(1, questions(ALICE).size());
    List<OutgoingMessage> bobs = questions(BOB);
    assertEquals(2, bobs.size());
    assertTrue(bobs.get(1).text().contains("This is the last time we ask."), bobs.get(1).text());
    String last = network.member(BOB).clicks(bobs.get(1).buttons().get(1));
    assertEquals("Noted. That was our last question about Alice: we will not ask again.", last);

    // AND never a third time
    clock.advance(Duration.ofDays(7));
    keepHouse();
    assertEquals(2, questions(BOB).size());
    assertEquals(0, network.core.activity().network(4).total().collaborations());
    assertNull(labels().demands().get(0).collaborated(), "a no is not a negative either");
    assertEquals(List.of(), labels().demands().get(0).hardNegatives());
  }

  @Test
  void eachIsAskedInTheirOwnLanguage() {
    network.member(ALICE).types("/coshore profile lang:fr");
    network.member(BOB).types("/coshore profile lang:he");

    clock.advance(Duration.ofDays(7));
    keepHouse();

    OutgoingMessage french = only(questions(ALICE));
    assertTrue(
        french.text().startsWith("Il y a une semaine, vous avez été présenté·e à **Bob**"),
        french.text());
    assertTrue(french.text().endsWith("**Avez-vous travaillé ensemble ?**"), french.text());
    assertEquals(
        List.of("Oui", "Pas encore", "Non"), french.buttons().stream().map(Button::label).toList());
    OutgoingMessage hebrew = only(questions(BOB));
    assertTrue(hebrew.text().contains("**עבדתם יחד?**"), hebrew.text());
    assertEquals("עוד לא", hebrew.buttons().get(1).label());
    assertTrue(
        network.member(BOB).clicks(hebrew.buttons().get(1)).startsWith("רשמנו."),
        "answered in the clicker's language");
  }

  @Test
  void forgetMeTakesTheQuestionsWithTheIntroduction() {
    clock.advance(Duration.ofDays(7));
    keepHouse();

    network.member(BOB).types("/coshore forget-me");

    assertEquals(
        "This introduction is no longer there: one of you has left coshoring.",
        network.member(ALICE).clicks(yes(ALICE)));
    Integer left =
        network.database.read(
            handle ->
                handle
                    .createQuery("SELECT COUNT(*) FROM collaborations")
                    .mapTo(Integer.class)
                    .one());
    assertEquals(0, left, "neither Bob's question nor Alice's about him");
  }

  @Test
  void anIntroductionLongPastIsNotAskedAbout() {
    // GIVEN the bot stopped for over two weeks after the introduction, or shipped the question
    // since
    clock.advance(Duration.ofDays(15));

    keepHouse();

    assertEquals(List.of(), questions(ALICE));
  }

  private TestNetwork start() {
    return new TestNetwork(folder, port, TestNetwork.settings(5), clock);
  }

  private void keepHouse() {
    network.core.runHousekeeping();
    network.deliverAll();
  }

  /** The member's "Did you work together?" messages: those with its buttons. */
  private List<OutgoingMessage> questions(String member) {
    return port.inbox(member).stream()
        .filter(m -> m.buttons().stream().anyMatch(b -> b.actionId().startsWith("worked:")))
        .toList();
  }

  private Button yes(String member) {
    return only(questions(member)).buttons().get(0);
  }

  private EvaluationFile labels() {
    return LabelExport.of(
        new MatchLabelStore(network.database).all(),
        new MatchStore(network.database).collaborated());
  }

  private static OutgoingMessage only(List<OutgoingMessage> messages) {
    assertEquals(1, messages.size(), messages.toString());
    return messages.get(0);
  }
}
