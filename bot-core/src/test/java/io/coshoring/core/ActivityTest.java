package io.coshoring.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.api.Activity;
import io.coshoring.core.api.Activity.Figures;
import io.coshoring.core.api.Activity.Flow;
import io.coshoring.core.api.Activity.Place;
import io.coshoring.core.api.Activity.Week;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network's activity, week by week, over three spaces whose members post, are matched, say yes
 * and open a room, as they would on any platform; and {@code /coshore stats}, which says it.
 */
class ActivityTest {

  private static final String ALICE = "console:paris:alice";
  private static final String DANA = "console:paris:dana";
  private static final String BOB = "console:tlv:bob";
  private static final String CAROL = "console:berlin:carol";

  private static final Place PARIS = new Place("console:paris", "Station Paris", "Paris");
  private static final Place TLV = new Place("console:tlv", "TLV Hub", "Tel Aviv");
  private static final Place BERLIN = new Place("console:berlin", "console:berlin", null);

  @TempDir Path folder;
  private final RecordingAdapter port = new RecordingAdapter();

  /** A Wednesday: its week began on Monday 3 March. */
  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-05T10:00:00Z"));

  private TestNetwork network;

  @BeforeEach
  void aMonthOfActivity() {
    network = new TestNetwork(folder, port, TestNetwork.settings(5), clock);
    network
        .admin("console:paris:pauline")
        .types("/coshore setup city:Paris tz:Europe/Paris name:\"Station Paris\"");
    network
        .admin("console:tlv:tamar")
        .types("/coshore setup city:\"Tel Aviv\" tz:Asia/Jerusalem name:\"TLV Hub\"");

    // The week of 3 March: Alice in Paris and Bob in Tel Aviv are matched, both say yes, and
    // Alice opens a room.
    network
        .member(ALICE)
        .types("/offer Développeuse React et TypeScript freelance, dispo 3 semaines");
    network.member(BOB).types("/demand Need a React + TypeScript dev for 3 weeks, remote");
    network.deliverAll();
    network.member(ALICE).clicks(only(port.inbox(ALICE)).buttons().get(0));
    network.member(BOB).clicks(only(port.inbox(BOB)).buttons().get(0));
    network.deliverAll();
    OutgoingMessage introduction = port.inbox(ALICE).get(1);
    assertTrue(
        network.member(ALICE).clicks(introduction.buttons().get(0)).contains("project room"));

    // The week of 10 March: Carol in Berlin and Dana in Paris are matched; Dana says yes.
    clock.advance(Duration.ofDays(7));
    network.member(CAROL).types("/offer Comptable freelance : TVA, bilan, paie");
    network.member(DANA).types("/demand Need an accountant for VAT returns");
    network.deliverAll();
    network.member(DANA).clicks(only(port.inbox(DANA)).buttons().get(0));

    // The week of 17 March: Carol says yes too.
    clock.advance(Duration.ofDays(7));
    network.member(CAROL).clicks(only(port.inbox(CAROL)).buttons().get(0));
  }

  @AfterEach
  void stop() {
    network.close();
  }

  @Test
  void theNetworkCountsEachThingInTheWeekItHappened() {
    Figures figures = network.core.activity().network(4);

    assertEquals(
        List.of(
            new Week(LocalDate.parse("2025-02-24"), 0, 0, 0, 0, 0),
            new Week(LocalDate.parse("2025-03-03"), 2, 1, 1, 1, 0),
            new Week(LocalDate.parse("2025-03-10"), 2, 1, 0, 0, 0),
            // Introduced when the second yes came, a week after the match.
            new Week(LocalDate.parse("2025-03-17"), 0, 0, 1, 0, 0)),
        figures.weeks());
    assertEquals(new Week(LocalDate.parse("2025-02-24"), 4, 2, 2, 1, 0), figures.total());
    assertEquals(
        List.of(new Flow(PARIS, TLV, 1, 1), new Flow(BERLIN, PARIS, 1, 0)), figures.flows());
  }

  @Test
  void aSpaceCountsWhatItsMembersDidAndTheirFlows() {
    Activity activity = network.core.activity();

    Figures telAviv = activity.ofSpace(TLV.spaceId(), 4).orElseThrow();

    assertEquals(
        List.of(0, 1, 0, 0), telAviv.weeks().stream().map(Week::posts).toList(), "Bob's demand");
    assertEquals(new Week(LocalDate.parse("2025-02-24"), 1, 1, 1, 1, 0), telAviv.total());
    assertEquals(List.of(new Flow(PARIS, TLV, 1, 1)), telAviv.flows());
    assertEquals(2, activity.ofSpace(PARIS.spaceId(), 4).orElseThrow().flows().size());
    assertTrue(activity.ofSpace("console:nowhere", 4).isEmpty());
  }

  @Test
  void aSpaceThatKeepsItsPostsInsideIsNamedOnlyOnItsOwnFigures() {
    network.admin("console:paris:pauline").types("/coshore setup share:space");
    Activity activity = network.core.activity();

    assertEquals(
        List.of(new Flow(TLV, Place.OTHERS, 1, 1), new Flow(BERLIN, Place.OTHERS, 1, 0)),
        activity.network(4).flows());
    assertEquals(
        List.of(new Flow(TLV, Place.OTHERS, 1, 1)),
        activity.ofSpace(TLV.spaceId(), 4).orElseThrow().flows());
    assertEquals(
        List.of(new Flow(PARIS, TLV, 1, 1), new Flow(BERLIN, PARIS, 1, 0)),
        activity.ofSpace(PARIS.spaceId(), 4).orElseThrow().flows());
    String stats = network.member(BOB).types("/coshore stats");
    assertTrue(stats.contains("other spaces"), stats);
    assertFalse(stats.contains("Station Paris"), stats);
  }

  @Test
  void olderWeeksFallOutOfTheSpan() {
    // Two weeks: those of 10 and 17 March.
    Figures lastTwo = network.core.activity().network(2);

    assertEquals(new Week(LocalDate.parse("2025-03-10"), 2, 1, 1, 0, 0), lastTwo.total());
    assertEquals(List.of(new Flow(BERLIN, PARIS, 1, 0)), lastTwo.flows());
  }

  @Test
  void statsSayTheNetworksFiguresToAMember() {
    String stats = network.member(BOB).types("/coshore stats");

    assertTrue(stats.startsWith("**The network over the last 4 weeks**"), stats);
    assertTrue(
        stats.contains(
            "Week of Mar 3: 2 posts, 1 match, 1 introduction, 1 project room, 0 collaborations\n"
                + "Week of Mar 10: 2 posts, 1 match, 0 introductions, 0 project rooms,"
                + " 0 collaborations"),
        stats);
    assertTrue(
        stats.contains(
            "In all: 4 posts, 2 matches, 2 introductions, 1 project room, 0 collaborations"),
        stats);
    assertTrue(
        stats.contains(
            "Who works with whom across spaces:\n"
                + "Station Paris (Paris) ↔ TLV Hub (Tel Aviv): 1 introduction, 1 project room\n"
                + "console:berlin ↔ Station Paris (Paris): 1 introduction, 0 project rooms"),
        stats);
    assertFalse(stats.contains("TLV Hub over the last"), "a member is no admin: " + stats);
  }

  @Test
  void statsAddTheSpacesFiguresForItsAdminsInTheirLanguage() {
    network.admin("console:tlv:tamar").types("/coshore profile lang:fr");

    String stats = network.admin("console:tlv:tamar").types("/coshore stats");

    assertTrue(stats.startsWith("**Le réseau ces 4 dernières semaines**"), stats);
    assertTrue(
        stats.contains(
            "Semaine du 3 mars : 2 annonces, 1 mise en relation, 1 présentation, 1 salon de"
                + " projet, 0 collaboration"),
        stats);
    String space = stats.substring(stats.indexOf("**TLV Hub ces 4 dernières semaines**"));
    assertTrue(
        space.contains("Semaine du 24 févr. : 0 annonce, 0 mise en relation, 0 présentation"),
        space);
    assertTrue(
        space.contains("En tout : 1 annonce, 1 mise en relation, 1 présentation, 1 salon"), space);
    assertTrue(
        space.endsWith(
            "Station Paris (Paris) ↔ TLV Hub (Tel Aviv) : 1 présentation, 1 salon de projet"),
        space);
  }

  private static OutgoingMessage only(List<OutgoingMessage> inbox) {
    assertEquals(1, inbox.size(), inbox.toString());
    return inbox.get(0);
  }
}
