package io.coshoring.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.api.Wall;
import io.coshoring.core.api.WallCard;
import io.coshoring.core.api.WallQuery;
import io.coshoring.matching.PostKind;
import io.coshoring.matching.WorkMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wall shows the network's open posts that their spaces share, finds them by what a reader
 * asks, and says when one appears or goes.
 */
class WallTest {

  @TempDir Path folder;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
  private TestNetwork network;
  private final List<Wall.WallChange> heard = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    network = new TestNetwork(folder, new RecordingAdapter(), TestNetwork.settings(5), clock);
    network.core.wall().follow(heard::add);
  }

  @AfterEach
  void stop() {
    network.close();
  }

  @Test
  void showsWhatSpacesShareAndNeverWhatIsKeptInside() {
    TestNetwork.TestMember alice = network.member("console:paris:alice");
    alice.types("/offer I edit promo videos in Premiere Pro, FR/EN remote");
    alice.types("/demand Need a React developer for 3 weeks visibility:space");

    List<WallCard> cards = network.core.wall().cards(WallQuery.everything(), 50);

    assertEquals(1, cards.size(), cards.toString());
    WallCard offer = cards.get(0);
    assertEquals(PostKind.OFFER, offer.kind());
    assertEquals("Alice", offer.authorName());
    assertTrue(offer.skills().contains("Video editing"), offer.skills().toString());
    assertEquals(1, heard.stream().filter(Wall.Shown.class::isInstance).count(), heard.toString());
  }

  @Test
  void anAuthorShowsByFirstNameUntilTheyChooseTheirFullNameAndTheirCardsShowAgainAtOnce() {
    TestNetwork.TestMember alice = network.member("console:paris:alice", "Alice Martin");
    alice.types("/offer I edit promo videos in Premiere Pro, FR/EN remote");
    assertEquals(List.of("Alice"), authors(network.core.wall().cards(WallQuery.everything(), 50)));
    heard.clear();

    String answer = alice.types("/coshore profile name:full");

    assertTrue(answer.contains("on the wall: your full name"), answer);
    List<WallCard> cards = network.core.wall().cards(WallQuery.everything(), 50);
    assertEquals(List.of("Alice Martin"), authors(cards));
    assertEquals(List.of(new Wall.Shown(cards.get(0), false)), heard);
    alice.types("/coshore profile name:first");
    assertEquals(List.of("Alice"), authors(network.core.wall().cards(WallQuery.everything(), 50)));
    assertTrue(alice.types("/coshore profile name:nickname").contains("not one of first or full"));
  }

  @Test
  void aPostItsSpaceNowKeepsInsideLeavesTheWallAtOnce() {
    network.member("console:paris:alice").types("/offer I edit promo videos, FR/EN remote");
    String id = network.core.wall().cards(WallQuery.everything(), 50).get(0).id();

    network
        .admin("console:paris:pauline")
        .types("/coshore setup city:Paris tz:Europe/Paris share:space");

    assertTrue(heard.contains(new Wall.Gone(id)), heard.toString());
    assertEquals(List.of(), network.core.wall().cards(WallQuery.everything(), 50));
    assertEquals(List.of(), network.core.wall().forSpace("console:tlv", 10));
  }

  @Test
  void findsByKindWordsPlaceAndSharedHours() {
    network.member("console:paris:alice").types("/coshore profile tz:Europe/Paris hours:9-18");
    network.member("console:paris:alice").types("/offer I edit promo videos, FR/EN remote");
    network.member("console:tlv:noa").types("/coshore profile tz:Asia/Tokyo hours:9-18");
    network.member("console:tlv:noa").types("/demand Need a React developer onsite city:Tokyo");

    assertEquals(List.of("Alice"), authors(query("videos", null, null, null, 0, "Europe/Paris")));
    assertEquals(List.of("Noa"), authors(query(null, PostKind.DEMAND, null, null, 0, "UTC")));
    assertEquals(List.of("Noa"), authors(query(null, null, "tokyo", null, 0, "UTC")));
    assertEquals(
        List.of("Alice"), authors(query(null, null, null, WorkMode.REMOTE, 0, "Europe/Paris")));
    // A reader in Paris shares a whole day with Alice, and none of Noa's in Tokyo.
    assertEquals(List.of("Alice"), authors(query(null, null, null, null, 6, "Europe/Paris")));
    assertEquals(List.of("Noa"), authors(query(null, null, null, null, 6, "Asia/Tokyo")));
  }

  @Test
  void aCardGoesWhenItsPostClosesExpiresOrItsAuthorIsForgotten() {
    TestNetwork.TestMember alice = network.member("console:paris:alice");
    alice.types("/offer I edit promo videos, FR/EN remote");
    alice.types("/offer I subtitle videos in French and English remote");
    network.member("console:paris:bob").types("/offer I build React front-ends remote");
    List<WallCard> cards = network.core.wall().cards(WallQuery.everything(), 50);
    String edits = idOf(cards, "edit promo");
    String subtitles = idOf(cards, "subtitle");
    String react = idOf(cards, "React");

    alice.types("/coshore close " + edits);
    assertTrue(heard.contains(new Wall.Gone(edits)), heard.toString());

    network.member("console:paris:bob").types("/coshore forget-me");
    assertTrue(heard.contains(new Wall.Gone(react)), heard.toString());

    clock.advance(Duration.ofDays(31));
    network.core.sweepWall();
    assertTrue(heard.contains(new Wall.Gone(subtitles)), heard.toString());
    assertEquals(List.of(), network.core.wall().cards(WallQuery.everything(), 50));
  }

  @Test
  void aSpacesScreenShowsOtherSpacesCardsThoseThatFitItsMembersFirst() {
    network
        .member("console:paris:alice")
        .types("/demand Need a React developer for 3 weeks remote");
    network.member("console:paris:bob").types("/offer I subtitle videos in French and English");
    clock.advance(Duration.ofMinutes(1));
    network.member("console:tlv:noa").types("/offer I build React front-ends in TypeScript remote");
    clock.advance(Duration.ofMinutes(1));
    network.member("console:berlin:jonas").types("/offer I edit promo videos in Premiere Pro");
    clock.advance(Duration.ofMinutes(1));
    network.member("console:berlin:lena").types("/demand Need a Rust mentor visibility:space");

    List<WallCard> screen = network.core.wall().forSpace("console:paris", 10);

    // Noa's offer meets Alice's demand, so it comes before Jonas's, newer but fitting nothing;
    // Paris's own posts and what Berlin keeps inside never show.
    assertEquals(List.of("Noa", "Jonas"), authors(screen));
    assertEquals(List.of("Noa"), authors(network.core.wall().forSpace("console:paris", 1)));
    // Seen from Tel Aviv, Alice's demand fits Noa's offer; then the newest: Jonas's, not Noa's own.
    assertEquals(
        List.of("Alice", "Jonas", "Bob"), authors(network.core.wall().forSpace("console:tlv", 3)));
  }

  private List<WallCard> query(
      String text, PostKind kind, String city, WorkMode mode, int hours, String zone) {
    return network
        .core
        .wall()
        .cards(new WallQuery(text, kind, null, null, city, null, mode, hours, ZoneId.of(zone)), 50);
  }

  private static List<String> authors(List<WallCard> cards) {
    return cards.stream().map(WallCard::authorName).toList();
  }

  private static String idOf(List<WallCard> cards, String words) {
    return cards.stream()
        .filter(card -> card.text().contains(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError(words + " not in " + cards))
        .id();
  }
}
